"""The first-run dialog keeps its rows where they are when an error appears; a long error makes the
dialog taller instead of squeezing the fields."""

import pytest

from outreach_app.ui.first_run import FirstRunDialog


def rows(dialog):
    fields = (dialog.device_name, dialog.municipality, dialog.folder)
    return [(f.mapTo(dialog, f.rect().topLeft()).y(), f.height()) for f in fields if f.isVisible()]


@pytest.mark.parametrize("choose_folder", [True, False], ids=["first start", "name this laptop"])
def test_an_error_does_not_move_or_squeeze_the_rows(qtbot, choose_folder):
    dialog = FirstRunDialog(["Windsor"], choose_folder=choose_folder)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before, height = rows(dialog), dialog.height()
    dialog.device_name.clear()
    dialog.start()  # an empty laptop name
    qtbot.wait(10)
    assert dialog.error.isVisible() and dialog.error.text() == "laptop name must not be empty"
    assert rows(dialog) == before and dialog.height() == height
    assert dialog.error.height() >= dialog.error.heightForWidth(dialog.error.width())

    dialog.show_error("a problem worded at length, " * 12)
    qtbot.wait(10)
    assert rows(dialog) == before
    assert dialog.error.height() >= dialog.error.heightForWidth(dialog.error.width())  # all of it shows
    assert dialog.height() > height


def test_a_refused_name_is_not_left_beside_the_new_municipality_question(qtbot, monkeypatch):
    """Field test: after "laptop name must not be empty", the name was typed and a new municipality asked
    about; the old refusal stayed under the fields while the question was open and after "No"."""
    from outreach_app.ui import look

    shown = []
    monkeypatch.setattr(look, "ask", lambda *args, **kwargs: shown.append(dialog.error.text()) or False)
    dialog = FirstRunDialog(["Windsor"], choose_folder=False)
    qtbot.addWidget(dialog)
    dialog.device_name.clear()
    dialog.start()
    assert dialog.error.text() == "laptop name must not be empty"
    dialog.device_name.setText("Windsor laptop 2")
    dialog.municipality.setCurrentText("Windsr")
    dialog.start()
    assert shown == [""] and dialog.error.text() == ""
