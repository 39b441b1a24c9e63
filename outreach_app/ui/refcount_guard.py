"""Work around a PySide6 6.12 defect on Python 3.11: calls that return None (and some returning
bools) drop a reference to None/True/False that they never took. On 3.12+ these objects are
immortal and nothing happens; on 3.11 the count reaches zero after a few thousand calls and the
interpreter aborts ("Fatal Python error: none_dealloc") — mid-event, or at exit.

The guard tops the reference counts of None, True and False up from a timer, long before they
could reach zero. It is a no-op on Python 3.12 and later.
"""

from __future__ import annotations

import sys

FLOOR = 1 << 22
TOP_UP = 1 << 28
INTERVAL_MS = 1000
_timer = None


AFFECTED_PYSIDE = (6, 12, 0)


def needed() -> bool:
    """Only CPython before 3.12 (mortal None) with the PySide6 release known to have the defect."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    import PySide6

    return tuple(PySide6.__version_info__[:3]) == AFFECTED_PYSIDE


def top_up() -> None:
    """Raise the counts of the singletons that the defect wears down, if they have run low."""
    import ctypes  # here, not at start-up: the first top-up runs when the event loop first turns

    for singleton in (None, True, False):
        if sys.getrefcount(singleton) < FLOOR:
            ctypes.c_ssize_t.from_address(id(singleton)).value += TOP_UP


def install(app) -> None:
    """Top up as soon as the event loop runs, then every second (idempotent). Building the window
    leaves thousands of references (None about 7,000, True and False about 800), so the first top-up
    can wait until the window is up."""
    global _timer
    if not needed() or _timer is not None:
        return
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, top_up)
    _timer = QTimer(app)
    _timer.setInterval(INTERVAL_MS)
    _timer.timeout.connect(top_up)
    _timer.start()
