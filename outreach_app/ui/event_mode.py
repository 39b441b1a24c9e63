"""Event mode: one big button per thing to count, live totals, undo that says what it undid.

Every tap is committed by the core before the counters change, so closing the window loses
nothing. A tap never opens a dialog (the paper sheet asks before a very large count).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QSizePolicy, QVBoxLayout, QWidget)

from outreach_app.core.changes import Change
from outreach_app.core.records import events, tally
from outreach_app.core.records.catalogue import list_plans
from outreach_app.ui.context import touches
from outreach_app.core.wording import confidence_question
from outreach_app.ui.count_words import counts_phrase
from outreach_app.ui.feedback import FAILED, call_core
from outreach_app.ui.i18n import fill, ui_language
from outreach_app.ui.paper_counts import PaperCountsPanel
from outreach_app.ui.focus_ring import DRAWS_OWN_FOCUS
from outreach_app.ui.event_mode_look import entry_time, event_mode_stylesheet, scaled_font
from outreach_app.ui.plan_buttons import RESERVED_KEYS, PlanButton, assign_plan_keys  # noqa: F401 (re-exported)

PLAN_COLUMNS = 3
FLASH_MS = 600
FLASH_STYLE = "background: #fff1a8;"  # a counter that just changed, for a moment


class EventModeScreen(QWidget):
    """The event-day screen for one event."""

    sig_ended = Signal()
    """The user left event mode."""
    sig_event_changed = Signal()
    """The event shown changed (the window title names it)."""
    sig_export_requested = Signal()
    """The person asked for the end-of-day export (from the summary shown when an event ends)."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.current = None
        self.plans: list = []
        self.plan_names: dict[str, str] = {}
        self.plan_buttons: dict[str, PlanButton] = {}
        self.summary_dialog = None
        self._plan_shortcuts: list[QShortcut] = []
        self.setStyleSheet(event_mode_stylesheet())
        self.setProperty(DRAWS_OWN_FOCUS, True)  # its sheet marks focus; the window's focus ring stays out

        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setFont(scaled_font(1.5, bold=True))
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Active event"))
        self.end_button = self._button(self.tr("End event (Ctrl+E)"), self.tr("End event mode"), 1.1)
        banner_row = QFrame()
        banner_row.setObjectName("bannerRow")
        row = QHBoxLayout(banner_row)
        row.addWidget(self.banner, 1)
        row.addWidget(self.end_button)

        self.attendee_count = self._counter(self.tr("Attendees"))
        self.plan_count = self._counter(self.tr("Plans handed out"))
        self.confidence_count = self._counter(self.tr("More confident"))
        counters = QHBoxLayout()
        for label in (self.attendee_count, self.plan_count, self.confidence_count):
            counters.addWidget(label, 1 if label is not self.confidence_count else 2)
        self.by_plan = QLabel()
        self.by_plan.setWordWrap(True)
        self.by_plan.setFont(scaled_font(1.1))
        self.by_plan.setAccessibleName(self.tr("Plans handed out, by plan"))

        self.attendee_button = self._button(self.tr("+1 attendee\n(A)"), self.tr("Add one attendee"), 1.6)
        self.attendee_button.setObjectName("attendee")
        self.attendee_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.plan_grid = QGridLayout()
        self.no_plans = QLabel(self.tr("No plans in the catalogue: add some on the Plans page."))
        self.no_plans.setVisible(False)
        plan_box = QWidget()
        plan_layout = QVBoxLayout(plan_box)
        plan_layout.setContentsMargins(0, 0, 0, 0)
        plan_layout.addWidget(self.no_plans)
        plan_layout.addLayout(self.plan_grid)
        plan_layout.addStretch()
        plan_box.setObjectName("planBox")
        self.plan_scroll = QScrollArea()
        self.plan_scroll.setWidget(plan_box)
        self.plan_scroll.setWidgetResizable(True)
        self.plan_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.plan_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # names wrap instead
        self.plan_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the buttons, not their frame
        self.plan_scroll.setAccessibleName(self.tr("Plan buttons"))
        self.question = question = QLabel(confidence_question(ui_language()))  # the reports' wording
        question.setFont(scaled_font(1.2, bold=True))
        question.setWordWrap(True)
        self.yes_button = self._button(self.tr("Yes (Y)"), self.tr("Answer: yes, more confident"), 1.4)
        self.no_button = self._button(self.tr("No (N)"), self.tr("Answer: no, not more confident"), 1.4)
        self.unsure_button = self._button(self.tr("Not sure (U)"), self.tr("Answer: not sure"), 1.4)
        answers = QHBoxLayout()
        for button in (self.yes_button, self.no_button, self.unsure_button):
            button.setObjectName("answer")
            answers.addWidget(button)
        plans_question = QLabel(self.tr("Plan handed out:"))
        plans_question.setFont(scaled_font(1.2, bold=True))
        right = QVBoxLayout()
        right.addWidget(plans_question)
        right.addWidget(self.plan_scroll, 1)
        right.addWidget(question)
        right.addLayout(answers)
        taps = QHBoxLayout()
        taps.addWidget(self.attendee_button, 1)
        taps.addLayout(right, 3)

        self.status_line = QLabel(self.tr("Nothing recorded yet at this event."))
        self.status_line.setObjectName("statusLine")
        self.status_line.setFont(scaled_font(1.15))
        self.status_line.setWordWrap(True)
        self.status_line.setAccessibleName(self.tr("Last action"))
        self.undo_button = self._button(self.tr("Undo last (Ctrl+Z)"), self.tr("Undo the last entry"), 1.1)
        self.paper_button = self._button(self.tr("Enter counts from a paper sheet (Ctrl+P)"),
                                         self.tr("Enter counts from a paper sheet"), 1.0)
        self.paper_button.setCheckable(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_line, 1)
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.paper_button)

        main = QVBoxLayout()
        main.addLayout(counters)
        main.addWidget(self.by_plan)
        main.addLayout(taps, 1)
        main.addLayout(bottom)
        self.paper_panel = PaperCountsPanel(ctx)
        self.paper_panel.setVisible(False)
        body = QHBoxLayout()
        body.addLayout(main, 1)
        body.addWidget(self.paper_panel)
        layout = QVBoxLayout(self)
        layout.addWidget(banner_row)
        layout.addLayout(body, 1)

        self.attendee_button.clicked.connect(self.add_attendee)
        self.yes_button.clicked.connect(lambda: self.answer("yes"))
        self.no_button.clicked.connect(lambda: self.answer("no"))
        self.unsure_button.clicked.connect(lambda: self.answer("unsure"))
        self.undo_button.clicked.connect(self.undo_last)
        self.end_button.clicked.connect(self.end)
        self.paper_button.toggled.connect(self.show_paper_panel)
        self.paper_panel.sig_closed.connect(lambda: self.paper_button.setChecked(False))
        self._flash_timers: dict[QLabel, QTimer] = {}
        self.paper_panel.sig_recorded.connect(self._paper_recorded)
        for key, slot in (("A", self.add_attendee), ("Y", lambda: self.answer("yes")),
                          ("N", lambda: self.answer("no")), ("U", lambda: self.answer("unsure")),
                          (QKeySequence.StandardKey.Undo, self.undo_last), ("Ctrl+E", self.end),
                          ("Ctrl+P", self.paper_button.toggle)):
            self._shortcut(key, slot)
        ctx.sig_changed.connect(self._data_changed)

    # --- building ------------------------------------------------------------------------------

    def _button(self, text: str, accessible: str, factor: float) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        button.setFont(scaled_font(factor, bold=factor >= 1.4))
        button.setMinimumHeight(56)
        return button

    def _counter(self, accessible: str) -> QLabel:
        label = QLabel()
        label.setObjectName("counter")
        label.setFont(scaled_font(1.35, bold=True))
        label.setAccessibleName(accessible)
        label.setWordWrap(True)
        return label

    def _shortcut(self, key, slot) -> QShortcut:
        # Whole window while event mode is shown: a tap key works wherever the focus is. Text fields
        # (the paper sheet) keep their typed keys: they claim them before shortcuts are looked up.
        shortcut = QShortcut(QKeySequence(key), self, slot)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        return shortcut

    def _build_plan_buttons(self) -> None:
        for button in self.plan_buttons.values():
            button.deleteLater()
        for shortcut in self._plan_shortcuts:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self.plan_buttons, self._plan_shortcuts = {}, []
        keys = assign_plan_keys([plan.name for plan in self.plans])
        previous = self.attendee_button
        for i, (plan, key) in enumerate(zip(self.plans, keys)):
            # the name alone: the heading above says "Plan handed out" (no "Glengarry plan plan")
            button = PlanButton(plan.display_name, key, self.tr("Plan handed out: %s") % plan.name, scaled_font(1.25),
                                full_name=plan.name)
            button.setMaximumHeight(max(110, button.fontMetrics().height() * 5))
            button.clicked.connect(lambda _=False, ident=plan.id: self.hand_out(ident))
            self.plan_grid.addWidget(button, i // PLAN_COLUMNS, i % PLAN_COLUMNS)
            self.plan_buttons[plan.id] = button
            QWidget.setTabOrder(previous, button)
            previous = button
            if key:
                self._plan_shortcuts.append(self._shortcut(key, lambda ident=plan.id: self.hand_out(ident)))
        self.no_plans.setVisible(not self.plans)
        QWidget.setTabOrder(previous, self.yes_button)

    # --- showing -------------------------------------------------------------------------------

    def start(self, event_id: str) -> bool:
        """Show event mode for that event; False (with a message) if it cannot be used."""
        event = call_core(self.ctx, events.get_event, self.ctx.conn, event_id)
        if event is FAILED:
            return False
        if event.cancelled:
            self.ctx.report_error(self.tr("“%s” is cancelled; reinstate it before starting event mode.") % event.name)
            return False
        self.current = event
        self._load_plans()
        self.banner.setText(self.tr("Event mode: %s") % self.event_heading())
        self.paper_button.setChecked(False)
        self.refresh_totals()
        entries = call_core(self.ctx, tally.event_entries, self.ctx.conn, event.id, 20)
        last = next((e for e in ([] if entries is FAILED else entries) if not e.voided), None)
        self.set_status(self.tr("Last: %s %s") % (self.describe(last), entry_time(last)) if last
                        else self.tr("Nothing recorded yet at this event."))
        self.sig_event_changed.emit()
        self.attendee_button.setFocus()
        return True

    def _load_plans(self) -> None:
        every = call_core(self.ctx, list_plans, self.ctx.conn, include_retired=True)
        every = [] if every is FAILED else every
        self.plan_names = {plan.id: plan.display_name for plan in every}
        self.plans = [plan for plan in every if plan.active]
        self._build_plan_buttons()
        self.paper_panel.set_event(self.current.id, self.plans, self.plan_names)

    def event_heading(self) -> str:
        """'<event name> · <municipality> · <date>' (the window title and banner use it)."""
        if self.current is None:
            return ""
        date = QDate.fromString(self.current.date, "yyyy-MM-dd")
        day_format = self.tr("ddd MMMM d", "date in the event heading (Qt date format)")
        parts = [self.current.name, self.current.municipality, self.locale().toString(date, day_format)]
        return " · ".join(p for p in parts if p)

    def refresh_totals(self) -> None:
        totals = call_core(self.ctx, tally.event_totals, self.ctx.conn, self.current.id)
        if totals is not FAILED:
            self.show_totals(totals)

    def show_totals(self, totals, flash: bool = True) -> None:
        """Show the totals the core returned (core.records.tally.EventTotals); a counter that changed flashes."""
        number = self.locale().toString
        percent = "" if totals.percent_yes is None else " (" + self.tr("%1%").replace(
            "%1", f"{totals.percent_yes:g}".replace(".", self.locale().decimalPoint())) + ")"
        texts = {self.attendee_count: self.tr("Attendees %1").replace("%1", number(totals.attendees)),
                 self.plan_count: self.tr("Plans handed out %1").replace("%1", number(totals.plans)),
                 self.confidence_count: fill(self.tr("More confident: yes %1 · no %2 · not sure %3"),
                                             number(totals.yes), number(totals.no), number(totals.unsure)) + percent}
        for label, text in texts.items():
            if label.text() == text:
                continue
            if flash and label.text():
                self._flash(label)
            label.setText(text)
            label.setAccessibleDescription(text)
        for ident, button in self.plan_buttons.items():
            button.set_count_text(self.tr("%Ln handed out", "", totals.plans_by_plan.get(ident, 0)))
        parts = [f"{self.plan_names.get(ident, '?')} {self.locale().toString(count)}" for ident, count in
                 sorted(totals.plans_by_plan.items(), key=lambda item: self.plan_names.get(item[0], "").casefold())]
        self.by_plan.setText(self.tr("By plan: %s") % " · ".join(parts) if parts else self.tr("By plan: none yet"))

    def _flash(self, label: QLabel) -> None:
        """A short highlight on a counter that changed (one timer per counter, restarted by each change)."""
        timer = self._flash_timers.get(label)
        if timer is None:
            timer = self._flash_timers[label] = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(FLASH_MS)
            timer.timeout.connect(lambda label=label: label.setStyleSheet(""))
        if not timer.isActive():
            label.setStyleSheet(FLASH_STYLE)
        timer.start()

    def describe(self, entry) -> str:
        """A tally entry in the window's language, for the last-entry line and what Undo says it undid."""
        times = "" if entry.quantity == 1 else " × " + self.locale().toString(entry.quantity)
        if entry.kind == "attendee":
            return self.tr("%Ln attendee(s)", "", entry.quantity) if entry.quantity != 1 else self.tr("attendee")
        if entry.kind == "plan":
            return self.tr('plan "%s"') % entry.plan_name + times
        answer = {"yes": self.tr("yes"), "no": self.tr("no"), "unsure": self.tr("not sure")}.get(entry.answer, "?")
        return self.tr("more confident: %s") % answer + times

    def set_status(self, text: str, error: bool = False) -> None:
        self.status_line.setText(text)
        # A widget style sheet rather than a dynamic property + style().polish(): PySide6 6.12 loses a
        # reference to None on every polish() call from Python, which crashes the interpreter at exit.
        self.status_line.setStyleSheet("color: #a4161a; font-weight: bold;" if error else "")

    def _show_error(self, message: str) -> None:
        self.set_status(message, error=True)

    # --- recording -----------------------------------------------------------------------------

    def _record(self, function, *args) -> None:
        if self.current is None:
            return
        result = call_core(self.ctx, function, self.ctx.conn, self.current.id, *args, show=self._show_error)
        if result is FAILED:
            return
        self.show_totals(result.totals)
        self.set_status(self.tr("Last: %s %s") % (self.describe(result.entry), entry_time(result.entry)))

    @Slot()
    def add_attendee(self) -> None:
        self._record(tally.record_attendee)

    def hand_out(self, plan_id: str) -> None:
        self._record(tally.record_plan_handed_out, plan_id)

    def answer(self, answer: str) -> None:
        self._record(tally.record_confidence_answer, answer)

    @Slot()
    def undo_last(self) -> None:
        """Void the last entry this laptop made at this event and say which it was."""
        if self.current is None:
            return
        undone = call_core(self.ctx, tally.undo_last_action, self.ctx.conn, self.current.id, show=self._show_error)
        if undone is FAILED:
            return
        if undone is None:
            self.set_status(self.tr("Nothing to undo at this event."))
            return
        first = undone.entries[0]
        if undone.is_sheet:  # a paper sheet is one action: all of it went
            self.set_status(self.tr("Undid the paper sheet: %s (%s)") % (
                counts_phrase(undone.entries, self.plan_names), entry_time(first)))
        else:
            self.set_status(self.tr("Undid %s %s") % (self.describe(first), entry_time(first)))
        self.show_totals(undone.totals)

    @Slot(bool)
    def show_paper_panel(self, visible: bool) -> None:
        self.paper_panel.setVisible(visible)
        if visible:
            self.paper_panel.first_field().setFocus()
            self.paper_panel.first_field().selectAll()
        else:
            self.attendee_button.setFocus()

    @Slot(list, str)
    def _paper_recorded(self, ids: list, words: str) -> None:
        self.set_status(self.tr("Added the paper sheet: %s. Undo last (Ctrl+Z) takes it all back.") % words)
        self.refresh_totals()

    @Slot(str)
    def _data_changed(self, changes: Change) -> None:
        if self.current is None or changes == Change.ENTRIES:
            return  # this screen's own taps: the counters already show the totals each tap returned
        if touches(changes, Change.CATALOGUE | Change.ENTRIES):
            self._load_plans()
            self.refresh_totals()
        if touches(changes, Change.EVENTS):
            event = call_core(self.ctx, events.get_event, self.ctx.conn, self.current.id)
            if event is not FAILED:
                self.current = event
                self.banner.setText(self.tr("Event mode: %s") % self.event_heading())
                self.sig_event_changed.emit()

    @Slot()
    def end(self) -> None:
        """Leave event mode (everything is already saved) and show a summary of the event just ended."""
        if self.current is None:
            return
        if self.paper_panel.isVisible() and not self.paper_panel.confirm_discard():
            return
        totals = call_core(self.ctx, tally.event_totals, self.ctx.conn, self.current.id)
        heading = self.event_heading()
        self.current = None
        self.paper_panel.clear()
        self.paper_button.setChecked(False)
        self.sig_ended.emit()
        if totals is not FAILED:
            from outreach_app.ui.event_summary import show_event_summary

            show_event_summary(self, heading, totals)
