"""What each survey platform's export calls its columns, and how to find its header row.

FIELDS are what an import reads: `id` (the response id), `submitted` (its time), `complete` (a
completion column) and `source` (the src=TAG the link carried). A preset lists, for each field, the
column names that platform uses (matched ignoring case and surrounding spaces), first match wins.
"""

from __future__ import annotations

from dataclasses import dataclass, field

FIELDS = ("id", "submitted", "complete", "source")
REQUIRED = ("id", "submitted")
_SOURCE = ("src", "source", "source tag", "utm_source")


@dataclass(frozen=True)
class Preset:
    name: str
    label: str
    columns: dict[str, tuple[str, ...]]
    marks: tuple[str, ...]  # columns whose presence (any one) recognises the platform
    extra_header_rows: int = 0  # rows after the header that may hold labels, not responses
    header_search_rows: int = 1  # the header may be this many rows down (Qualtrics' legacy V1… row)
    all_complete: bool = False  # the platform exports finished responses only
    complete_when_submitted: bool = False  # complete exactly when `submitted` is filled (LimeSurvey)
    fallback_time: tuple[str, ...] = ()  # for an incomplete response without `submitted`
    derived_id: bool = False  # no id column: one is derived from the row's content
    id_shape: str = ""  # a regex every response id matches: a row under the header whose id does not is labels
    notes: tuple[str, ...] = field(default=())


PRESETS: dict[str, Preset] = {p.name: p for p in (
    Preset("qualtrics", "Qualtrics",
           {"id": ("ResponseId", "ResponseID", "_recordId"), "submitted": ("RecordedDate", "EndDate"),
            "complete": ("Finished",), "source": _SOURCE + ("ExternalReference", "ExternalDataReference")},
           marks=("ResponseId", "ResponseID"), extra_header_rows=2, header_search_rows=2, id_shape=r"R_\w+"),
    Preset("surveymonkey", "SurveyMonkey",
           {"id": ("Respondent ID", "RespondentID"), "submitted": ("End Date", "EndDate"), "complete": (),
            "source": _SOURCE + ("Custom Data 1", "Custom Data", "custom_variable", "Collector ID")},
           marks=("Respondent ID", "RespondentID", "Collector ID"), extra_header_rows=1, all_complete=True),
    Preset("limesurvey", "LimeSurvey",
           {"id": ("id", "Response ID"), "submitted": ("submitdate", "Date submitted"), "complete": (),
            "source": _SOURCE + ("refurl", "Referrer URL")},
           marks=("submitdate", "Date submitted"), complete_when_submitted=True,
           fallback_time=("datestamp", "Date last action", "startdate", "Date started")),
    Preset("kobotoolbox", "KoboToolbox",
           {"id": ("_uuid", "_id"), "submitted": ("_submission_time",), "complete": (), "source": _SOURCE},
           marks=("_submission_time", "_uuid"), all_complete=True),
    Preset("microsoft-forms", "Microsoft Forms",
           {"id": ("ID",), "submitted": ("Completion time",), "complete": (), "source": _SOURCE},
           marks=("Completion time",), all_complete=True),
    Preset("google-forms", "Google Forms",
           {"id": (), "submitted": ("Timestamp", "Horodateur", "Horodatage"), "complete": (), "source": _SOURCE},
           marks=("Timestamp", "Horodateur", "Horodatage"), all_complete=True, derived_id=True),
)}


def _key(name) -> str:
    return " ".join(str(name).split()).casefold()


def header_index(header: list) -> dict[str, int]:
    """Column name (folded: case and spacing ignored) -> its first position."""
    index: dict[str, int] = {}
    for position, name in enumerate(header):
        index.setdefault(_key(name), position)
    return index


def column_of(header_keys: dict[str, int], names) -> int | None:
    for name in names:
        position = header_keys.get(_key(name))
        if position is not None:
            return position
    return None


def recognise(rows: list[list]) -> tuple[Preset, int] | None:
    """The preset whose marks the first rows show, and the header row's position; None when no
    platform's columns are there. Google Forms (a bare Timestamp column) is tried last."""
    for preset in PRESETS.values():
        for position, row in enumerate(rows[:preset.header_search_rows]):
            if column_of(header_index(row), preset.marks) is not None:
                return preset, position
    return None


def find_header(rows: list[list], preset: Preset) -> int | None:
    """Where preset's header row is among the first rows (it must name the preset's id or time column)."""
    wanted = preset.columns["id"] or preset.columns["submitted"]
    for position, row in enumerate(rows[:preset.header_search_rows]):
        if column_of(header_index(row), wanted) is not None:
            return position
    return None


def preset_names() -> list[str]:
    return list(PRESETS)
