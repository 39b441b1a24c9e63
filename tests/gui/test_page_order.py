"""The sidebar's order and its Ctrl+digit shortcuts, and the numbers the guides print for them."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtGui import QKeySequence

from outreach_app.ui.pages import PAGES

ROOT = Path(__file__).resolve().parents[2]
LABELS = [label for label, _ in PAGES]
# "**Reports** (Ctrl+9)", "**Consultations** page (Ctrl+3)", "**Fin de journée** (Ctrl+5)"
NAMED_SHORTCUT = re.compile(r"\*\*([^*]+)\*\*(?: page| page)? \(Ctrl\+(\d)\)")


def test_the_sidebar_follows_the_teams_work():
    assert LABELS[:2] == ["Events", "Activities"]
    assert set(LABELS[2:4]) == {"Consultations", "Trainings"}  # the other kinds of activity
    assert LABELS[-3:] == ["End of day", "Import", "Settings"]
    assert LABELS.index("Safety plans") < LABELS.index("Reports")


def test_ctrl_digits_open_the_first_nine_pages_once_each(window):
    go_menu = window.menuBar().actions()[1].menu()
    shortcuts = {action.text(): action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
                 for action in go_menu.actions()}
    assert list(shortcuts) == LABELS  # the Go menu lists every page, in the sidebar's order
    numbered = [key for key in shortcuts.values() if key]
    assert numbered == [f"Ctrl+{n}" for n in range(1, 10)]  # unique, in order, none skipped
    for number in (1, 4, 9):
        go_menu.actions()[number - 1].trigger()
        assert window.nav.currentRow() == number - 1


def french_labels() -> dict[str, str]:
    tree = ET.parse(ROOT / "resources" / "translations" / "outreach_fr.ts")
    for context in tree.getroot():
        if context.findtext("name") == "MainWindow":
            return {m.findtext("translation"): m.findtext("source") for m in context.iter("message")}
    return {}


def test_every_shortcut_number_in_the_guides_opens_the_page_it_names():
    french = french_labels()
    guides = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")), *sorted((ROOT / "resources").rglob("*.md"))]
    seen = []
    for guide in guides:
        for name, number in NAMED_SHORTCUT.findall(guide.read_text(encoding="utf-8")):
            label = french.get(name, name)
            if label in LABELS:
                seen.append(name)
                assert LABELS[int(number) - 1] == label, f"{guide.name}: **{name}** (Ctrl+{number})"
    assert {"Reports", "Consultations", "Stakeholders"} <= set(seen)


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text or "")
    return found.group(1).lower() if found else None


def test_on_every_page_each_buttons_alt_letter_is_its_own(qapp, ctx, qtbot):
    """Alt+letter presses a button only when no other control or menu in sight shares the letter (Qt
    otherwise only moves the focus between them): 'Ca&ncel consultation' beside '&New…' never opened a new
    one. Labels may share a letter among themselves (it just moves the focus to a field)."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget

    from outreach_app.ui.i18n import apply_language
    from outreach_app.ui.main_window import MainWindow

    clashes = set()
    for language in ("en", "fr"):
        apply_language(qapp, language)
        try:
            window = MainWindow(ctx, persist=False)
            qtbot.addWidget(window)
            window.resize(1358, 692)
            window.show()
            menus = [(_mnemonic(a.text()), a.text()) for a in window.menuBar().actions()]
            for label in [name for name, _ in PAGES]:
                page = window.page(page_class_named(label))
                window.show_page(window.page_widgets.index(page))
                tab_widgets = page.findChildren(QTabWidget)
                for tabs, index in [(None, 0)] + [(t, i) for t in tab_widgets for i in range(t.count())]:
                    if tabs is not None:
                        tabs.setCurrentIndex(index)
                    qapp.processEvents()
                    shown = [w for w in page.findChildren(QAbstractButton) if w.isVisibleTo(page)]
                    buttons = [(_mnemonic(b.text()), b.text()) for b in shown]
                    for each in tab_widgets:
                        if each.isVisibleTo(page):
                            buttons += [(_mnemonic(each.tabText(i)), each.tabText(i)) for i in range(each.count())]
                    labels = [(_mnemonic(w.text()), w.text()) for w in page.findChildren(QLabel) if w.isVisibleTo(page)]
                    labels += [(_mnemonic(g.title()), g.title()) for g in page.findChildren(QGroupBox)
                               if g.isVisibleTo(page)]
                    everything = buttons + labels + menus
                    for letter, text in buttons + menus:
                        others = sorted({t for k, t in everything if k == letter and t != text})
                        if letter and others:
                            clashes.add(f"{language} {label}: {text!r} and {others}")
        finally:
            apply_language(qapp, "en")
    assert sorted(clashes) == [], "\n".join(sorted(clashes))


def page_class_named(label: str):
    from outreach_app.ui.pages import page_class

    return page_class(dict(PAGES)[label])
