"""A background task that finishes after its screen was closed does not touch the deleted widgets."""

from PySide6.QtWidgets import QLabel

from outreach_app.ui.tasks import run_in_background, wait_for_background_tasks


def test_a_task_finishing_after_its_owner_is_gone_is_dropped(qtbot):
    label = QLabel("waiting")
    seen = []
    signals = run_in_background(lambda _progress: "done", db_path=None, owner=label,
                                on_finished=lambda result: seen.append(label.text()))
    label.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(label), timeout=2000)
    assert wait_for_background_tasks(5000)
    qtbot.wait(50)  # the queued result reaches the UI thread
    assert seen == []  # the callback would have raised on the deleted label
    del signals


def test_a_task_whose_owner_is_alive_delivers(qtbot):
    label = QLabel("waiting")
    qtbot.addWidget(label)
    signals = run_in_background(lambda _progress: "done", db_path=None, owner=label, on_finished=label.setText)
    qtbot.waitUntil(lambda: label.text() == "done", timeout=5000)
    del signals
