"""Screenshots for docs/user-guide.md, made from the real window off-screen with demo data.

Run from the checkout root:  python docs/make_screenshots.py [--out docs/screenshots]
Each page of the sidebar, event mode and the help window are saved as small 8-bit PNGs at 1366×768.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SIZE = (1366, 768)
MAX_BYTES = 150_000  # above this a picture is scaled to 75 %


def _settle(app, rounds: int = 8) -> None:
    from outreach_app.ui.tasks import wait_for_background_tasks

    for _ in range(rounds):
        wait_for_background_tasks()
        app.processEvents()


def save_png(pixmap, path: Path) -> int:
    """Save as an 8-bit (palette) PNG, scaled to 75 % when still large; returns the size in bytes."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    image = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")
    for scale in (1.0, 0.75):
        if scale != 1.0:
            image = image.resize((int(image.width * scale), int(image.height * scale)), Image.LANCZOS)
        small = image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
        small.save(path, optimize=True)
        if path.stat().st_size <= MAX_BYTES:
            break
    return path.stat().st_size


def make_database(path: Path):
    from outreach_app.core.records import events, setup, tally
    from outreach_app.core.store.backups import make_backup
    from outreach_app.core.records.demo import make_demo_data
    from outreach_app.core.records.catalogue import list_plans
    from outreach_app.ui.context import AppContext

    ctx = AppContext(str(path))
    setup.complete_setup(ctx.conn, "Windsor laptop 2", "Windsor")
    make_demo_data(ctx.conn, events=14, entries=600, seed=1)
    today = dt.date.today().isoformat()
    event_id = events.add_event(ctx.conn, "Glengarry community BBQ", today, "Windsor", "Glengarry Court",
                                start_time="10:00", end_time="14:00", staff_initials="jd")
    plans = list_plans(ctx.conn)
    for number in range(23):
        tally.record_tap(ctx.conn, event_id, "attendee")
        if number % 2:
            tally.record_tap(ctx.conn, event_id, "plan", plan_id=plans[number % len(plans)].id)
        if number % 3 == 0:
            tally.record_tap(ctx.conn, event_id, "confidence", answer=("yes", "yes", "no", "unsure")[number % 4])
    make_backup(ctx.conn, "start")
    return ctx, event_id


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        from PySide6.QtCore import QSettings

        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(Path(tmp) / "settings"))
        from outreach_app.ui.app import _application
        from outreach_app.ui.main_window import PAGES, MainWindow

        app = _application()
        ctx, event_id = make_database(Path(tmp) / "outreach.db")
        window = MainWindow(ctx, persist=False)
        window.resize(*SIZE)
        window.show()
        shots = []
        for row, (label, _spec) in enumerate(PAGES):
            window.show_page(row)
            _settle(app)
            shots.append((label.lower().replace(" ", "-"), window.grab()))
        window.start_event_mode(event_id)
        _settle(app)
        shots.append(("event-mode", window.grab()))
        window.end_event_mode()
        _settle(app)
        window.show_event_day_help()
        window.help_window.resize(900, 640)
        _settle(app)
        window.help_window.browser.verticalScrollBar().setValue(0)
        _settle(app)
        shots.append(("help-event-day", window.help_window.grab()))
        window.help_window.close()
        dialog = window.open_restore_dialog()
        _settle(app)
        shots.append(("restore-from-backup", dialog.grab()))
        dialog.reject()
        for name, pixmap in shots:
            size = save_png(pixmap, out / f"{name}.png")
            print(f"{out / (name + '.png')}: {pixmap.width()}x{pixmap.height()}, {size:,} bytes")
        window.close()
        _settle(app)
        ctx.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
