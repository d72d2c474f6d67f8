"""Takes the place of PyInstaller's own hook for PySide6.QtGui: the same collection, minus Linux Qt plugins
that a desktop session never loads. Dropping them here, before PyInstaller follows their library
dependencies, also keeps out what only they need.

- platforms eglfs, linuxfb, minimalegl, vnc, vkkhrdisplay and the egldeviceintegrations / generic
  (evdev, tuio) input plugins: framebuffer and embedded targets; they drag in QtNetwork and EGLFS.
  xcb, wayland, offscreen and minimal stay.
- platformthemes/libqgtk3.so: it would bundle this build machine's GTK 3 stack (~20 MB: gtk, gdk, atk,
  cairo, pango), which then loads the host's GTK modules and themes built against another GTK. The
  xdg-desktop-portal theme stays (native file dialogs over D-Bus).
"""

import sys
from pathlib import PurePath

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)

DROP = {
    "platforms": {"libqeglfs.so", "libqlinuxfb.so", "libqminimalegl.so", "libqvnc.so", "libqvkkhrdisplay.so"},
    "platformthemes": {"libqgtk3.so"},
    "egldeviceintegrations": None,  # None: every plugin of that kind
    "generic": None,
}


def _dropped(source: str, dest_dir: str) -> bool:
    parts = PurePath(dest_dir).parts
    if "plugins" not in parts or parts[-1] == "plugins":
        return False
    kind = parts[parts.index("plugins") + 1]
    return kind in DROP and (DROP[kind] is None or PurePath(source).name in DROP[kind])


if sys.platform.startswith("linux"):
    binaries = [(source, dest) for source, dest in binaries if not _dropped(source, dest)]
