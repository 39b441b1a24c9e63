"""Safety plans page: the plans written in Outreach (start one for an area, translate it, publish a
version, print it) and, beside them, the section and step editor of the selected plan."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from outreach_app.core.changes import Change
from outreach_app.core.plans import drafts, versions, views
from outreach_app.ui import look
from outreach_app.ui.context import touches
from outreach_app.ui.event_form import error_label, show_message
from outreach_app.ui.feedback import FAILED, call_core, page_message, replaced_by_errors
from outreach_app.ui.i18n import fill
from outreach_app.ui.models import RecordTableModel, row_table, select_record, selected_record
from outreach_app.ui.safety_plan_editor import SectionEditor
from PySide6.QtCore import QT_TRANSLATE_NOOP


class SafetyPlansTableModel(RecordTableModel):
    """Safety plans (core.plans.drafts.SafetyPlan) with their current version from the core's summary."""

    COLUMNS = [(QT_TRANSLATE_NOOP("RecordTableModel", "Plan"), "name"),
               (QT_TRANSLATE_NOOP("RecordTableModel", "Version"), "version")]

    def __init__(self, parent=None):
        super().__init__(parent)
        self.current: dict[str, int | None] = {}

    def display(self, plan, attribute: str) -> str:
        if attribute == "version":
            number = self.current.get(plan.id)
            return str(number) if number else self.tr("Draft")
        return super().display(plan, attribute)


class SafetyPlansScreen(QWidget):
    """Write, publish and print neighbourhood safety plans."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = SafetyPlansTableModel(self)
        self.proxy, self.table = row_table(self.model, self, self.tr("Safety plans"))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        title = QLabel(self.tr("Safety plans"))
        look.mark_title(title)
        self.area = self._line(self.tr("Area of the new plan"), self.tr("e.g. Leamington North"))
        self.municipality = self._line(self.tr("Municipality of the new plan"), self.tr("e.g. Leamington"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the new plan"))
        self.language.addItem("English", "en")  # each language by its own name, as the other screens do
        self.language.addItem("Français", "fr")
        self.add_button = QPushButton(self.tr("Start &plan"))
        self.add_button.setAccessibleName(self.tr("Start a plan with the starter sections"))
        self.add_error = error_label()
        box = QGroupBox(self.tr("New plan"))
        form = QFormLayout(box)
        for text, field in ((self.tr("&Area"), self.area), (self.tr("M&unicipality"), self.municipality),
                            (self.tr("&Language"), self.language)):
            label = QLabel(text)
            label.setBuddy(field)
            if field is self.language:  # the button beside the last field: the page fits 1280×720
                field = QHBoxLayout()
                field.addWidget(self.language, 1)
                field.addWidget(self.add_button)
            form.addRow(label, field)
        form.addRow("", self.add_error)
        self.publish_button = QPushButton(self.tr("Pu&blish version"))
        self.publish_button.setAccessibleName(self.tr("Publish the selected plan as its next version"))
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.print_button.setAccessibleName(self.tr("Save the selected plan as a print-ready PDF"))
        self.layout_choice = QComboBox()
        self.layout_choice.setAccessibleName(self.tr("Print layout"))
        self.layout_choice.addItem(self.tr("Handout, 3 panels"), ("handout", 3))
        self.layout_choice.addItem(self.tr("Handout, 2 panels"), ("handout", 2))
        self.layout_choice.addItem(self.tr("Poster"), ("poster", 3))
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.addItem(self.tr("Letter"), "letter")
        self.paper.addItem(self.tr("A4"), "a4")
        self.translate_button = QPushButton(self.tr("Tra&nslate"))
        self.translate_button.setAccessibleName(self.tr("Make a linked translation in the other language"))
        self.postal = self._line(self.tr("Postal areas of the selected plan"), self.tr("e.g. N8H N8X"))
        self.url = self._line(self.tr("Web copy of the selected plan (the QR code's link)"), "https://…")
        self.partners = self._line(self.tr("Partners printed on the selected plan"), self.tr("e.g. Town of Leamington"))
        self.save_details_button = QPushButton(self.tr("Sa&ve details"))
        self.save_details_button.setAccessibleName(self.tr("Save the postal areas, web copy and partners"))
        actions = QGroupBox(self.tr("Selected plan"))
        grid = QVBoxLayout(actions)
        details = QFormLayout()
        for text, field in ((self.tr("P&ostal areas"), self.postal), (self.tr("&Web copy"), self.url),
                            (self.tr("Partners"), self.partners)):
            label = QLabel(text)
            label.setBuddy(field)
            details.addRow(label, field)
        details.addRow("", self.save_details_button)
        grid.addLayout(details)
        row = QHBoxLayout()
        row.addWidget(self.publish_button)
        row.addWidget(self.translate_button)
        grid.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.layout_choice, 1)
        row.addWidget(self.paper)
        row.addWidget(self.print_button)
        grid.addLayout(row)
        self.editor = SectionEditor(ctx)
        self.message = page_message(QLabel(wordWrap=True))
        replaced_by_errors(ctx, self.message)
        look.mark_message(self.message)
        self.message.setAccessibleName(self.tr("Message"))
        side = QVBoxLayout()
        side.addWidget(self.table, 1)
        side.addWidget(box)
        side.addWidget(actions)
        body = QHBoxLayout()
        body.addLayout(side, 2)
        body.addWidget(self.editor, 5)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)

        self.add_button.clicked.connect(self.add_plan)
        for line in (self.area, self.municipality):
            line.returnPressed.connect(self.add_plan)
        self.publish_button.clicked.connect(self.publish)
        self.translate_button.clicked.connect(self.translate)
        self.print_button.clicked.connect(self.print_plan)
        self.save_details_button.clicked.connect(self.save_details)
        for line in (self.postal, self.url, self.partners):
            line.returnPressed.connect(self.save_details)
        self.editor.sig_message.connect(self.message.setText)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        ctx.sig_changed.connect(self._data_changed)
        self._tasks = set()
        self.refresh()

    def _line(self, accessible: str, placeholder: str) -> QLineEdit:
        line = QLineEdit()
        line.setAccessibleName(accessible)
        line.setPlaceholderText(placeholder)
        return line

    @Slot(object)
    def _data_changed(self, changes: Change) -> None:
        if touches(changes, Change.SAFETY_PLANS | Change.CATALOGUE | Change.ORGANISATIONS):
            self.refresh()

    def refresh(self) -> None:
        keep = self.selected_plan()
        plans = call_core(self.ctx, drafts.list_safety_plans, self.ctx.conn)
        plans = [] if plans is FAILED else plans
        self.model.current = {p.id: versions.current_version(self.ctx.conn, p.id) for p in plans}
        self.model.set_rows(plans)
        if keep or plans:
            self.select_plan(keep.id if keep else self.model.row_at(0).id)
        self._selection_changed()

    def select_plan(self, ident: str) -> None:
        select_record(self.table, self.proxy, self.model, ident)

    def selected_plan(self):
        return selected_record(self.table)

    @Slot()
    def _selection_changed(self, *_) -> None:
        plan = self.selected_plan()
        for widget in (self.publish_button, self.translate_button, self.print_button, self.layout_choice, self.paper,
                       self.postal, self.url, self.partners, self.save_details_button):
            look.explain_disabled(widget, self.tr("Select a plan in the list first."))
            widget.setEnabled(plan is not None)
        self.postal.setText(" ".join(plan.postal_areas) if plan else "")
        self.url.setText(plan.url or "" if plan else "")
        self.partners.setText(plan.partners or "" if plan else "")
        self.editor.show_plan(plan.id if plan else None)

    @Slot()
    def add_plan(self) -> None:
        show_message(self.add_error, "")
        ident = call_core(self.ctx, drafts.add_safety_plan, self.ctx.conn, self.area.text(), self.municipality.text(),
                          language=self.language.currentData(), show=lambda m: show_message(self.add_error, m))
        if ident is FAILED:
            return
        self.area.clear()
        self.municipality.clear()
        self.refresh()
        self.select_plan(ident)
        self.message.setText(self.tr("Plan started with the starter sections; edit them, then publish."))

    @Slot()
    def save_details(self) -> None:
        plan = self.selected_plan()
        if plan is None:
            return
        if call_core(self.ctx, drafts.edit_safety_plan, self.ctx.conn, plan.id,
                     postal_areas=self.postal.text().replace(",", " ").split(), url=self.url.text(),
                     partners=self.partners.text(), show=lambda m: self.message.setText(m)) is not FAILED:
            self.message.setText(self.tr("Details saved; they show in the next version."))

    @Slot()
    def publish(self) -> None:
        plan = self.selected_plan()
        if plan is None:
            return
        number = call_core(self.ctx, versions.publish, self.ctx.conn, plan.id,
                           show=lambda m: self.message.setText(m))
        if number is not FAILED:
            self.message.setText(fill(self.tr("Published version %1 of “%2”: event buttons now hand it out."),
                                      number, plan.name))

    @Slot()
    def translate(self) -> None:
        plan = self.selected_plan()
        if plan is None:
            return
        other = "fr" if plan.language == "en" else "en"
        ident = call_core(self.ctx, views.translate, self.ctx.conn, plan.original_id or plan.id, other,
                          show=lambda m: self.message.setText(m))
        if ident is not FAILED:
            self.refresh()
            self.select_plan(ident)
            self.message.setText(self.tr("Translation made: the starter text is translated; translate the rest."))

    @Slot()
    def print_plan(self) -> None:
        from outreach_app.ui.file_dialogs import save_file
        from outreach_app.ui.tasks import run_in_background

        plan = self.selected_plan()
        if plan is None:
            return
        layout, panels = self.layout_choice.currentData()
        path = save_file(self, "plans", self.tr("Save the plan as PDF"), f"{plan.name} {layout}.pdf",
                         self.tr("PDF files (*.pdf)"))
        if not path:
            return
        paper, plan_id = self.paper.currentData(), plan.id

        def work(conn, progress):
            from outreach_app.core.plans.pdf import write_plan_pdf

            return write_plan_pdf(conn, plan_id, path, layout=layout, paper=paper, panels=panels)

        def finished(result):
            self._tasks.discard(signals)
            self.message.setText(fill(self.tr("Saved %1."), result.path))

        def failed(message):
            self._tasks.discard(signals)
            self.message.setText(message)

        self.message.setText(self.tr("Making the PDF…"))
        signals = run_in_background(work, db_path=self.ctx.db_path, on_finished=finished, on_failed=failed, owner=self)
        self._tasks.add(signals)
