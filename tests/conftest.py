import os

# Qt needs a platform even without a screen; set before pytest-qt creates the QApplication.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OUTREACH_BUSY_TIMEOUT_MS", "300")
