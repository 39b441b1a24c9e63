"""The sidebar's pages (one registry list, in the order of the team's work) and the menu items the main
window builds from it. Kept apart from main_window.py so a screen is added with one line here."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction

# Every page of the sidebar in the order of the team's work (Ctrl+1…9 open the first nine, the Go menu all):
# (label, "module:Class" built as Class(ctx)). A page's module is imported and the page built the first
# time it is shown, so start-up pays only for the first page (reportlab, QtCharts load with their screens).
PAGES = [
    (QT_TRANSLATE_NOOP("MainWindow", "Events"), "outreach_app.ui.events_screen:EventsScreen"),
    (QT_TRANSLATE_NOOP("MainWindow", "Activities"), "outreach_app.ui.activities_screen:ActivitiesScreen"),
    (QT_TRANSLATE_NOOP("MainWindow", "Consultations"), "outreach_app.ui.consultations_screen:ConsultationsScreen"),
    (QT_TRANSLATE_NOOP("MainWindow", "Trainings"), "outreach_app.ui.trainings_screen:TrainingsScreen"),
    (QT_TRANSLATE_NOOP("MainWindow", "Plans"), "outreach_app.ui.plans_screen:PlansScreen"),
    (QT_TRANSLATE_NOOP("MainWindow", "Safety plans"), "outreach_app.ui.safety_plans_screen:SafetyPlansScreen"),
    (QT_TRANSLATE_NOOP("MainWindow", "Contacts"), "outreach_app.ui.plan_contacts_screen:PlanContactsScreen"),
    (QT_TRANSLATE_NOOP("MainWindow", "Stakeholders"), "outreach_app.ui.stakeholders_screen:StakeholdersScreen"),
    (QT_TRANSLATE_NOOP("MainWindow", "Reports"), "outreach_app.ui.reports_screen:ReportsScreen"),
    (QT_TRANSLATE_NOOP("MainWindow", "Surveys"), "outreach_app.ui.surveys_screen:SurveysScreen"),
    (QT_TRANSLATE_NOOP("MainWindow", "Flyers"), "outreach_app.ui.flyers_screen:FlyersScreen"),
    (QT_TRANSLATE_NOOP("MainWindow", "Project"), "outreach_app.ui.project_screen:ProjectScreen"),
    (QT_TRANSLATE_NOOP("MainWindow", "End of day"), "outreach_app.ui.end_of_day_screen:EndOfDayScreen"),
    (QT_TRANSLATE_NOOP("MainWindow", "Import"), "outreach_app.ui.import_screen:ImportScreen"),
    (QT_TRANSLATE_NOOP("MainWindow", "Settings"), "outreach_app.ui.settings_screen:SettingsScreen"),
]


def page_class(spec: str):
    """The class named by a PAGES entry, importing its module on first use."""
    import importlib

    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name)


def add_action(menu, text: str, slot, shortcut=None) -> QAction:
    """A menu item. menu.addAction(text) rather than QAction(text, parent): the latter's overloads make
    PySide6 build QIcon's Python enums first (~2 ms of start-up)."""
    action = menu.addAction(text)
    if shortcut is not None:
        action.setShortcut(shortcut)
    action.triggered.connect(slot)
    return action
