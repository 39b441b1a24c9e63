"""Before the window starts: can Qt load here? A missing system library is named in one line with the
Debian/Ubuntu package that provides it, instead of a Python traceback (a library PySide6 links) or
Qt's own abort (a library of its X11 platform plugin). No Qt is imported by this module itself."""

from __future__ import annotations

import os
import re
import sys

# What PySide6's Qt libraries and its X11 plugin link, and the Debian 12 / Ubuntu package of each
# (`dpkg -S` on a machine where the window runs). The README's first command installs all of them.
DEBIAN_PACKAGES = {
    "libGL.so.1": "libgl1", "libEGL.so.1": "libegl1", "libOpenGL.so.0": "libopengl0", "libGLX.so.0": "libglx0",
    "libfontconfig.so.1": "libfontconfig1", "libfreetype.so.6": "libfreetype6",
    "libxkbcommon.so.0": "libxkbcommon0", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0", "libdbus-1.so.3": "libdbus-1-3",
    "libX11.so.6": "libx11-6", "libX11-xcb.so.1": "libx11-xcb1", "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0", "libxcb-shape.so.0": "libxcb-shape0", "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xkb.so.1": "libxcb-xkb1", "libxcb-randr.so.0": "libxcb-randr0", "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1", "libxcb-xfixes.so.0": "libxcb-xfixes0", "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-xinput.so.0": "libxcb-xinput0", "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libSM.so.6": "libsm6", "libICE.so.6": "libice6", "libz.so.1": "zlib1g", "libzstd.so.1": "libzstd1",
    "libstdc++.so.6": "libstdc++6", "libgcc_s.so.1": "libgcc-s1", "libgssapi_krb5.so.2": "libgssapi-krb5-2",
}

_LIBRARY = re.compile(r"([\w.+-]+\.so(?:\.[\d.]+)?): cannot open shared object file")


def missing_library(message: str) -> str | None:
    """The shared library a loader error names ("libEGL.so.1: cannot open shared object file…"), or None."""
    found = _LIBRARY.search(message)
    return found.group(1) if found else None


def library_advice(library: str) -> str:
    """One line: the missing library and how to install it."""
    package = DEBIAN_PACKAGES.get(library)
    if package:
        how = f"install it with: apt-get install {package}"
    else:
        how = f"install the package that provides it (apt-file search {library})"
    return f"cannot open the window: Qt needs {library}, which is not installed; {how}"


def _qt_import_problem() -> str | None:
    try:
        import PySide6.QtGui  # noqa: F401
        import PySide6.QtWidgets  # noqa: F401
    except ImportError as exc:
        library = missing_library(str(exc))
        if library:
            return library_advice(library)
        if isinstance(exc, ModuleNotFoundError) and (exc.name or "").split(".")[0] in ("PySide6", "shiboken6"):
            return ("cannot open the window: PySide6 is not installed (the command line works without it); "
                    "install the window with: pip install 'outreach-app[gui]'")
        return f"cannot open the window: Qt does not load: {exc}"
    return None


def _x11_plugin_problem() -> str | None:
    """Qt aborts the process when its X11 plugin cannot load; loading the plugin first names what it lacks."""
    import PySide6

    plugin = os.path.join(os.path.dirname(PySide6.__file__), "Qt", "plugins", "platforms", "libqxcb.so")
    if not os.path.exists(plugin):
        return None
    import _ctypes  # the C part of ctypes only (~0.5 ms): dlopen is all this needs

    try:
        _ctypes.dlopen(plugin, os.RTLD_LAZY | os.RTLD_LOCAL)  # Qt loads this same file next; nothing is doubled
    except OSError as exc:
        library = missing_library(str(exc))
        return library_advice(library) if library else None
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        return ("cannot open the window: no display (DISPLAY is not set); start it from a desktop session, "
                "or check the install off-screen with: outreach-app --self-test")
    return None


def window_problem(self_test: bool) -> str | None:
    """Why the window cannot start on this machine, in one line; None when Qt can load."""
    problem = _qt_import_problem()
    if problem or not sys.platform.startswith("linux"):
        return problem
    platform = os.environ.get("QT_QPA_PLATFORM", "offscreen" if self_test else "")
    if platform == "" and os.environ.get("WAYLAND_DISPLAY"):
        return None  # Qt may pick its Wayland plugin; it then needs no X11 library
    if platform.split(":")[0] in ("", "xcb"):
        return _x11_plugin_problem()
    return None
