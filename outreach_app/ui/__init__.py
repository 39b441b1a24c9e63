"""The PySide6 window: thin widgets and Qt models over outreach_app.core."""
