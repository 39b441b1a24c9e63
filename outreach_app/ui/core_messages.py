"""The window's wording of what the core says: its errors (each raised with a message template and
values, see outreach_app/core/errors.py; the templates are in the catalogue under an empty context)
and the lines of an import. The core, which has no Qt, words them in English for the CLI."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject

from outreach_app.ui.i18n import fill

CONTEXT = "CoreMessages"

# The names of values the core puts at the start of its messages ("event name must not be empty").
WHAT = {
    "date": QT_TRANSLATE_NOOP("CoreMessages", "date"),
    "time": QT_TRANSLATE_NOOP("CoreMessages", "time"),
    "event name": QT_TRANSLATE_NOOP("CoreMessages", "event name"),
    "event date": QT_TRANSLATE_NOOP("CoreMessages", "event date"),
    "start time": QT_TRANSLATE_NOOP("CoreMessages", "start time"),
    "end time": QT_TRANSLATE_NOOP("CoreMessages", "end time"),
    "from date": QT_TRANSLATE_NOOP("CoreMessages", "from date"),
    "to date": QT_TRANSLATE_NOOP("CoreMessages", "to date"),
    "municipality": QT_TRANSLATE_NOOP("CoreMessages", "municipality"),
    "site": QT_TRANSLATE_NOOP("CoreMessages", "site"),
    "place": QT_TRANSLATE_NOOP("CoreMessages", "place"),
    "plan name": QT_TRANSLATE_NOOP("CoreMessages", "plan name"),
    "short name": QT_TRANSLATE_NOOP("CoreMessages", "short name"),
    "device name": QT_TRANSLATE_NOOP("CoreMessages", "laptop name"),
    "laptop name": QT_TRANSLATE_NOOP("CoreMessages", "laptop name"),
    "attendees": QT_TRANSLATE_NOOP("CoreMessages", "attendees"),
    "plan count": QT_TRANSLATE_NOOP("CoreMessages", "plan count"),
    "quantity": QT_TRANSLATE_NOOP("CoreMessages", "quantity"),
    "count": QT_TRANSLATE_NOOP("CoreMessages", "count"),
    "name": QT_TRANSLATE_NOOP("CoreMessages", "name"),
    "plans": QT_TRANSLATE_NOOP("CoreMessages", "plans"),
    "baseline date": QT_TRANSLATE_NOOP("CoreMessages", "baseline date"),
    "confident-yes count": QT_TRANSLATE_NOOP("CoreMessages", "confident-yes count"),
    "confident-no count": QT_TRANSLATE_NOOP("CoreMessages", "confident-no count"),
    "confident-unsure count": QT_TRANSLATE_NOOP("CoreMessages", "confident-unsure count"),
    "id": QT_TRANSLATE_NOOP("CoreMessages", "id"),
    "event id": QT_TRANSLATE_NOOP("CoreMessages", "event id"),
    "entry id": QT_TRANSLATE_NOOP("CoreMessages", "entry id"),
    "drop id": QT_TRANSLATE_NOOP("CoreMessages", "drop id"),
    "drop date": QT_TRANSLATE_NOOP("CoreMessages", "drop date"),
    "flyer count": QT_TRANSLATE_NOOP("CoreMessages", "flyer count"),
    "copies": QT_TRANSLATE_NOOP("CoreMessages", "copies"),
    "closing date": QT_TRANSLATE_NOOP("CoreMessages", "closing date"),
    "title": QT_TRANSLATE_NOOP("CoreMessages", "title"),
    "body": QT_TRANSLATE_NOOP("CoreMessages", "body"),
    "contact line": QT_TRANSLATE_NOOP("CoreMessages", "contact line"),
    "backups kept": QT_TRANSLATE_NOOP("CoreMessages", "backups kept"),
    "wording": QT_TRANSLATE_NOOP("CoreMessages", "wording"),
    "source tag": QT_TRANSLATE_NOOP("CoreMessages", "source tag"),
    "survey name": QT_TRANSLATE_NOOP("CoreMessages", "survey name"),
    "survey id": QT_TRANSLATE_NOOP("CoreMessages", "survey id"),
    "channel": QT_TRANSLATE_NOOP("CoreMessages", "channel"),
    "post date": QT_TRANSLATE_NOOP("CoreMessages", "post date"),
    "response id": QT_TRANSLATE_NOOP("CoreMessages", "response id"),
    "submission time": QT_TRANSLATE_NOOP("CoreMessages", "submission time"),
    "text": QT_TRANSLATE_NOOP("CoreMessages", "text"),
    "project name": QT_TRANSLATE_NOOP("CoreMessages", "project name"),
    "purpose": QT_TRANSLATE_NOOP("CoreMessages", "purpose"),
    "key activities": QT_TRANSLATE_NOOP("CoreMessages", "key activities"),
    "action items": QT_TRANSLATE_NOOP("CoreMessages", "action items"),
    "step": QT_TRANSLATE_NOOP("CoreMessages", "step"),
    "step id": QT_TRANSLATE_NOOP("CoreMessages", "step id"),
    "done date": QT_TRANSLATE_NOOP("CoreMessages", "done date"),
    "meeting date": QT_TRANSLATE_NOOP("CoreMessages", "meeting date"),
    "notes": QT_TRANSLATE_NOOP("CoreMessages", "notes"),
    "note": QT_TRANSLATE_NOOP("CoreMessages", "note"),
    "reason": QT_TRANSLATE_NOOP("CoreMessages", "reason"),
    "partners": QT_TRANSLATE_NOOP("CoreMessages", "partners"),
    "staff initials": QT_TRANSLATE_NOOP("CoreMessages", "staff initials"),
    "address": QT_TRANSLATE_NOOP("CoreMessages", "address"),
    "area": QT_TRANSLATE_NOOP("CoreMessages", "area"),
    "language": QT_TRANSLATE_NOOP("CoreMessages", "language"),
    # consultations
    "consultation title": QT_TRANSLATE_NOOP("CoreMessages", "consultation title"),
    "consultation date": QT_TRANSLATE_NOOP("CoreMessages", "consultation date"),
    "facilitator initials": QT_TRANSLATE_NOOP("CoreMessages", "facilitator initials"),
    "lens or audience": QT_TRANSLATE_NOOP("CoreMessages", "lens or audience"),
    "guide name": QT_TRANSLATE_NOOP("CoreMessages", "guide name"),
    "theme name": QT_TRANSLATE_NOOP("CoreMessages", "theme name"),
    "response": QT_TRANSLATE_NOOP("CoreMessages", "response"),
    "table label": QT_TRANSLATE_NOOP("CoreMessages", "table label"),
    "question number": QT_TRANSLATE_NOOP("CoreMessages", "question number"),
    "status date": QT_TRANSLATE_NOOP("CoreMessages", "status date"),
    "sector": QT_TRANSLATE_NOOP("CoreMessages", "sector"),
    "organisation name": QT_TRANSLATE_NOOP("CoreMessages", "organisation name"),
    "contact phone": QT_TRANSLATE_NOOP("CoreMessages", "contact phone"),
}
# Values the core names by a fixed English word, worded in the window's language like `what`.
NAMED_VALUES = {
    "layout": {"poster": QT_TRANSLATE_NOOP("CoreMessages", "poster"),
               "handout": QT_TRANSLATE_NOOP("CoreMessages", "handout"),
               "cards": QT_TRANSLATE_NOOP("CoreMessages", "cards")},
    "kind": {"an email address": QT_TRANSLATE_NOOP("CoreMessages", "an email address"),  # privacy/free_text.py
             "a phone number": QT_TRANSLATE_NOOP("CoreMessages", "a phone number"),
             "an apartment or unit number": QT_TRANSLATE_NOOP("CoreMessages", "an apartment or unit number"),
             "a person's name": QT_TRANSLATE_NOOP("CoreMessages", "a person's name")},
    "local_form": {"DD/MM/YYYY": QT_TRANSLATE_NOOP("CoreMessages", "DD/MM/YYYY"),
                   "MM/DD/YYYY": QT_TRANSLATE_NOOP("CoreMessages", "MM/DD/YYYY")},
}
CORE_TEMPLATES = ""
"""The catalogue context of the core's message templates (lupdate extracts them with none)."""

translate = QCoreApplication.translate


class ImportDetails(QObject):
    """The translation context of import wording with counts: ImportDetails.tr, because pyside6-lupdate
    6.11 reads plural forms only from tr() calls."""


def _core_text(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def translate_what(what: str) -> str:
    """The window's name for a value the core names in its messages ("event name")."""
    return _core_text(WHAT.get(what, what))


def localized_error(exc: BaseException, with_where: bool = True) -> str:
    """A core error (or Notice) in the window's language: its template from the catalogue, filled with
    its values (a value naming what was wrong, `what`, is translated too). Untranslated: the English.
    with_where=False leaves out the file it names in front."""
    template = getattr(exc, "template", None)
    if template is None:
        return str(exc)
    wording = translate(CORE_TEMPLATES, template)
    values = dict(getattr(exc, "values", {}))
    if "what" in values:
        values["what"] = translate_what(str(values["what"]))
    for key, names in NAMED_VALUES.items():
        if values.get(key) in names:
            values[key] = _core_text(names[values[key]])
    for key, value in values.items():
        if isinstance(value, int) and not isinstance(value, bool):  # 1,420 / 1 420, as the window's locale writes it
            values[key] = QLocale().toString(value)
        elif getattr(value, "template", None) is not None:  # a Notice given as the reason of an error
            values[key] = localized_error(value)
    try:
        text = wording.format(**values) if values else wording
    except (KeyError, IndexError, ValueError):  # a translation that lost or broke a placeholder
        return str(exc)
    if exc.where is None or not with_where:
        return text
    separator = translate("CoreMessages", "%1: %2")
    return fill(separator, exc.where, text)


TABLES = {
    "devices": QT_TRANSLATE_NOOP("ImportDetails", "devices"),
    "municipalities": QT_TRANSLATE_NOOP("ImportDetails", "municipalities"),
    "sites": QT_TRANSLATE_NOOP("ImportDetails", "sites"),
    "plans": QT_TRANSLATE_NOOP("ImportDetails", "plans"),
    "events": QT_TRANSLATE_NOOP("ImportDetails", "events"),
    "surveys": QT_TRANSLATE_NOOP("ImportDetails", "surveys"),
    "tally_entries": QT_TRANSLATE_NOOP("ImportDetails", "tally_entries"),
    "voids": QT_TRANSLATE_NOOP("ImportDetails", "voids"),
    "baselines": QT_TRANSLATE_NOOP("ImportDetails", "baselines"),
    "flyer_drops": QT_TRANSLATE_NOOP("ImportDetails", "flyer_drops"),
    "project": QT_TRANSLATE_NOOP("ImportDetails", "project"),
    "project_steps": QT_TRANSLATE_NOOP("ImportDetails", "project_steps"),
    "trainings": QT_TRANSLATE_NOOP("ImportDetails", "trainings"),
    "training_attendance": QT_TRANSLATE_NOOP("ImportDetails", "training_attendance"),
    "training_ratings": QT_TRANSLATE_NOOP("ImportDetails", "training_ratings"),
}


def import_details(result, number=str) -> str:
    """The Import screen's line for one file (core.sync.importer.FileResult), worded like its line()."""
    if result.refused:
        return fill(translate("ImportDetails", "refused %1"), localized_error(result.refusal))
    who = fill(translate("ImportDetails", "bundle #%1 from %2 (%3)"), result.sequence, result.device_name,
               (result.device_id or "")[:8])
    from outreach_app.core.sync.importer import ImportOutcome

    if result.outcome is ImportOutcome.OWN_BUNDLE:
        own = translate("ImportDetails", "%1: %2 is this installation's own bundle; nothing to import")
        return fill(own, result.path, who)
    if result.date_from:
        span = fill(translate("ImportDetails", "%1 to %2"), result.date_from, result.date_to)
    else:
        span = translate("ImportDetails", "no dated records")
    changed = []
    for table, counts in result.counts.items():
        if counts["new"] or counts["updated"]:
            name = translate("ImportDetails", TABLES[table]) if table in TABLES else table
            text = fill(translate("ImportDetails", "%1 %2 new"), name, number(counts["new"]))
            if counts["updated"]:
                text += translate("ImportDetails", " %1 updated").replace("%1", number(counts["updated"]))
            changed.append(text)
    if changed:
        verb = translate("ImportDetails", "would add %1") if result.dry_run else translate("ImportDetails", "added %1")
        body = verb.replace("%1", "; ".join(changed))
    elif result.dry_run:
        body = translate("ImportDetails", "would change nothing")
    else:
        body = translate("ImportDetails", "nothing new")
    again = translate("ImportDetails", " (already imported)") if result.outcome is ImportOutcome.ALREADY_IMPORTED else ""
    line = translate("ImportDetails", "%1: %2, %3: %4; %5 unchanged%6")
    return fill(line, result.path, who, span, body, number(result.totals()["unchanged"]), again)


def import_headline(result) -> str:
    """What importing one file did, in a few words, from its typed outcome (core.sync.importer):
    "Imported 3 events, 120 entries", "Already imported", "Nothing new: this is this laptop's own
    bundle", "Refused: <reason>"; a preview says "Preview: would import …"."""
    from outreach_app.core.sync.importer import ImportOutcome

    from outreach_app.core.sync.importer import UnknownDevice, UnknownSigningKey

    outcome = result.outcome
    if outcome is ImportOutcome.REFUSED and isinstance(result.refusal, UnknownSigningKey):
        # the core's wording is the command line's ("import again with --accept-key"): the window has a button
        device = result.refusal.values["device"]
        if isinstance(result.refusal, UnknownDevice):
            return fill(translate("ImportDetails", "Refused for now: first bundle from “%1”. Compare its key, then "
                                                   "press Accept a device's key…"), device)
        return fill(translate("ImportDetails", "Refused for now: “%1” signs with a new key. Check it, then press "
                                               "Accept a device's key…"), device)
    if outcome is ImportOutcome.REFUSED:
        return fill(translate("ImportDetails", "Refused: %1"), localized_error(result.refusal, with_where=False))
    if outcome is ImportOutcome.OWN_BUNDLE:
        return translate("ImportDetails", "Nothing new: this is this laptop's own bundle")
    if outcome is ImportOutcome.ALREADY_IMPORTED:
        return translate("ImportDetails", "Already imported: nothing new")
    if outcome is ImportOutcome.NOTHING_NEW:
        return translate("ImportDetails", "Nothing new: every record is already here")
    changes = result.changed_counts()
    parts = [ImportDetails.tr("%Ln event(s)", "", changes["events"]) if changes["events"] else "",
             ImportDetails.tr("%Ln entry(ies)", "", changes["entries"]) if changes["entries"] else "",
             ImportDetails.tr("%Ln other record(s)", "", changes["other"]) if changes["other"] else ""]
    counts = ", ".join(p for p in parts if p)
    verb = translate("ImportDetails", "Preview: would import %1") if result.dry_run \
        else translate("ImportDetails", "Imported %1")
    return verb.replace("%1", counts)
