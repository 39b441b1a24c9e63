"""The survey report: responses to date, per source (flyer place or post), per municipality and per
week, and the places where flyers brought nothing ("restock or move"). `survey report --format json`
prints survey_report() as it is (rules in docs/surveys.md)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

from outreach_app.core.validate import name_key

from .records import get_survey

SILENT_AFTER_DAYS = 14

# One line per distinct response: complete when any import saw it complete; its time the complete
# one's (a response first seen unfinished keeps its later submission time).
_RESPONSES = """SELECT max(coalesce(complete, -1)),
                       coalesce(max(CASE WHEN complete = 1 THEN submitted END), min(submitted)), max(source_tag),
                       max(answers)
                FROM survey_responses WHERE survey_id = ? GROUP BY response_key"""


def _day(stamp: str | None) -> str | None:
    return stamp[:10] if stamp else None


def _week(day: str) -> str:
    date = dt.date.fromisoformat(day)
    return (date - dt.timedelta(days=date.weekday())).isoformat()


def _places(conn: sqlite3.Connection) -> dict[str, dict]:
    """Flyer drops per tag key: the tag as first typed, place(s), flyers, first and last drop, municipality."""
    places: dict[str, dict] = {}
    rows = conn.execute(
        """SELECT d.source_tag, d.place, d.count, d.date,
                  (SELECT m2.name FROM municipalities m2 WHERE m2.id =
                     (SELECT min(m3.id) FROM municipalities m3 WHERE m3.name_key = m.name_key))
           FROM flyer_drops d LEFT JOIN municipalities m ON m.id = d.municipality_id
           WHERE d.voided = 0 ORDER BY d.date, d.id""")
    for tag, place, count, date, town in rows:
        entry = places.setdefault(name_key(tag), {"tag": tag, "places": [], "flyers": 0, "dropped": date,
                                                  "last_drop": date, "drops": [], "towns": {}})
        entry["flyers"] += count
        entry["last_drop"] = date
        entry["drops"].append(date)
        if place not in entry["places"]:
            entry["places"].append(place)
        if town:
            entry["towns"][town] = entry["towns"].get(town, 0) + count
    return places


def _posts(conn: sqlite3.Connection, survey_id: str) -> dict[str, dict]:
    posts: dict[str, dict] = {}
    for tag, channel, date in conn.execute(
            "SELECT source_tag, channel, date FROM survey_posts WHERE voided = 0 AND (survey_id IS NULL OR"
            " survey_id = ?) ORDER BY date, id", (survey_id,)):
        posts.setdefault(name_key(tag), {"tag": tag, "channel": channel, "date": date})
    return posts


def _per_100(responses: int, flyers: int) -> float | None:
    return round(100 * responses / flyers, 1) if flyers else None


def survey_report(conn: sqlite3.Connection, survey_id: str) -> dict:
    """Every figure of one survey's report (the JSON `survey report` prints)."""
    survey = get_survey(conn, survey_id)
    places, posts = _places(conn), _posts(conn, survey.id)
    counts: dict[str, dict] = {}
    weeks: dict[str, dict] = {}
    total = complete = no_source = unknown = after_closing = 0
    first = last = None
    answers: dict[str, dict[str, int]] = {}
    for done, stamp, tag, chosen in conn.execute(_RESPONSES, (survey.id,)):
        total += 1
        if chosen:
            for column, value in json.loads(chosen).items():
                answers.setdefault(column, {})[value] = answers.setdefault(column, {}).get(value, 0) + 1
        complete += done == 1
        day = _day(stamp)
        if day:
            first = day if first is None or day < first else first
            last = day if last is None or day > last else last
            week = weeks.setdefault(_week(day), {"responses": 0, "complete": 0})
            week["responses"] += 1
            week["complete"] += done == 1
            if survey.closes and day > survey.closes:
                after_closing += 1
        if tag is None:
            no_source += 1
            continue
        key = name_key(tag)
        if key not in places and key not in posts:
            unknown += 1
            continue
        entry = counts.setdefault(key, {"responses": 0, "complete": 0, "first": None, "last": None})
        entry["responses"] += 1
        entry["complete"] += done == 1
        if day:
            entry["first"] = day if entry["first"] is None or day < entry["first"] else entry["first"]
            entry["last"] = day if entry["last"] is None or day > entry["last"] else entry["last"]
    by_source = {}
    for key in sorted(set(places) | set(posts), key=lambda k: (places.get(k) or posts[k])["tag"].casefold()):
        place, post = places.get(key), posts.get(key)
        got = counts.get(key, {"responses": 0, "complete": 0, "first": None, "last": None})
        flyers = place["flyers"] if place else 0
        started = place["dropped"] if place else post["date"]
        entry = {"responses": got["responses"], "flyers": flyers, "per_100_flyers": _per_100(got["responses"], flyers),
                 "first": got["first"], "last": got["last"], "complete": got["complete"],
                 "kind": "place" if place else "post", "since": started,
                 "days_to_first": ((dt.date.fromisoformat(got["first"]) - dt.date.fromisoformat(started)).days
                                   if got["first"] else None)}
        if place:
            towns = place["towns"]
            entry.update({"place": ", ".join(place["places"]), "drops": len(place["drops"]),
                          "last_drop": place["last_drop"],
                          "municipality": max(sorted(towns), key=lambda t: towns[t]) if towns else None})
        else:
            entry.update({"channel": post["channel"], "date": post["date"]})
        by_source[(place or post)["tag"]] = entry
    silent = sorted(tag for tag, e in by_source.items() if e["kind"] == "place" and not e["responses"] and last
                    and (dt.date.fromisoformat(last) - dt.date.fromisoformat(e["last_drop"])).days >= SILENT_AFTER_DAYS)
    return {
        "survey": survey.name, "id": survey.id, "closes": survey.closes,
        "responses": total, "complete": complete, "no_source": no_source, "unknown_source": unknown,
        "first": first, "last": last, "after_closing": after_closing,
        "by_source": by_source, "silent_places": silent,
        "by_municipality": _by_municipality(by_source),
        "weeks": _weeks(weeks, places, posts, first, last),
        "answers": {column: dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
                    for column, counts in sorted(answers.items())},
    }


def _by_municipality(by_source: dict) -> dict:
    towns: dict[str, dict] = {}
    for entry in by_source.values():
        town = entry.get("municipality")
        if town:
            row = towns.setdefault(town, {"places": 0, "flyers": 0, "responses": 0})
            row["places"] += 1
            row["flyers"] += entry["flyers"]
            row["responses"] += entry["responses"]
    for row in towns.values():
        row["per_100_flyers"] = _per_100(row["responses"], row["flyers"])
    return dict(sorted(towns.items(), key=lambda kv: kv[0].casefold()))


def _weeks(weeks: dict, places: dict, posts: dict, first: str | None, last: str | None) -> list[dict]:
    """Every week (Monday) from the first response, drop or post to the last, with its drops and posts
    (with responses: those from eight weeks before the first response to the last one)."""
    low = (dt.date.fromisoformat(first) - dt.timedelta(weeks=8)).isoformat() if first else "0000"
    high = last or "9999"

    def shown(date: str) -> bool:
        return low <= date <= high

    drops: dict[str, list] = {}
    for place in places.values():
        for date in filter(shown, place["drops"]):
            tags = drops.setdefault(_week(date), [])
            if place["tag"] not in tags:
                tags.append(place["tag"])
    posted: dict[str, list] = {}
    for post in filter(lambda p: shown(p["date"]), posts.values()):
        posted.setdefault(_week(post["date"]), []).append(post["tag"])
    marks = set(weeks) | set(drops) | set(posted)
    if not marks:
        return []
    start, end = dt.date.fromisoformat(min(marks)), dt.date.fromisoformat(max(marks))
    result = []
    while start <= end:
        key = start.isoformat()
        got = weeks.get(key, {"responses": 0, "complete": 0})
        result.append({"week": key, "responses": got["responses"], "complete": got["complete"],
                       "drops": sorted(drops.get(key, []), key=str.casefold),
                       "posts": sorted(posted.get(key, []), key=str.casefold)})
        start += dt.timedelta(days=7)
    return result
