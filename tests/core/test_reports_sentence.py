"""The update sentence in English and French for hand-made figures."""

from outreach_app.core.reports.text import update_sentence


def figures(**changes):
    base = {"from": "2025-06-19", "to": "2025-09-22", "municipality": None, "events": 14,
            "first_event": "2025-06-19", "last_event": "2025-09-22", "attendees": 612,
            "plans_distributed": 257, "plans_before": 1420, "plans_total": 1677, "plans_by_name": {},
            "confidence": {"yes": 96, "no": 3, "unsure": 1, "answered": 100, "percent_yes": 96.0},
            "by_municipality": {}}
    return {**base, **changes}


def test_the_office_sentence_in_english():
    assert update_sentence(figures()) == (
        "Attended 14 community events from June 19 to September 22; 257 safety plans distributed, in addition "
        "to the 1,420 distributed before June 19; 96% indicated they felt more confident in supporting safety "
        "related to substance use after receiving a review of the plans.")


def test_the_office_sentence_in_french_uses_canadian_spacing():
    text = update_sentence(figures(), "fr")
    assert text.startswith("Participation à 14 activités communautaires du 19 juin au 22 septembre; ")
    # "plan handed out" is "plan remis" everywhere (docs/translations.md, terms), the sentence too
    assert "257 plans de sécurité remis, en plus des 1\u00a0420 remis avant le 19 juin" in text
    assert "96\u00a0% ont indiqué se sentir plus en confiance" in text


def test_one_event_and_no_answers():
    s = figures(events=1, last_event="2025-06-19", plans_distributed=1, plans_before=0,
                confidence={"yes": 0, "no": 0, "unsure": 0, "answered": 0, "percent_yes": None})
    assert update_sentence(s) == "Attended 1 community event on June 19; 1 safety plan distributed."
    assert update_sentence(s, "fr") == "Participation à 1 activité communautaire le 19 juin; 1 plan de sécurité remis."


def test_years_are_written_when_the_events_span_two_years():
    s = figures(**{"from": "2024-12-01", "first_event": "2024-12-05", "last_event": "2025-01-20", "events": 2})
    text = update_sentence(s)
    assert "from December 5, 2024 to January 20, 2025" in text
    assert "before December 1, 2024" in text
    assert "du 5 décembre 2024 au 20 janvier 2025" in update_sentence(s, "fr")


def test_thousands_separators_and_percent_with_a_decimal():
    s = figures(events=1420, plans_distributed=12345, confidence={"yes": 955, "no": 45, "unsure": 0,
                                                                  "answered": 1000, "percent_yes": 95.5})
    assert "Attended 1,420 community events" in update_sentence(s)
    assert "12,345 safety plans" in update_sentence(s)
    assert "95.5% indicated" in update_sentence(s)
    fr = update_sentence(s, "fr")
    assert "1\u00a0420 activités" in fr and "12\u00a0345 plans" in fr and "95,5\u00a0%" in fr


def test_nothing_in_range():
    s = figures(events=0, first_event=None, last_event=None, plans_distributed=0, plans_before=0)
    assert update_sentence(s) == "No community events from June 19, 2025 to September 22, 2025."


def test_table_percentages_always_show_one_decimal():
    from outreach_app.core.reports.text import format_percent

    assert format_percent(21.0) == "21.0%"
    assert format_percent(21.5, "fr") == "21,5\u00a0%"


def test_zero_plans_is_singular_in_french_and_plural_in_english():
    s = figures(events=1, last_event="2025-06-19", plans_distributed=0, plans_before=0)
    assert "; 0 safety plans distributed;" in update_sentence(s)
    assert "; 0 plan de sécurité remis;" in update_sentence(s, "fr")


def test_the_text_report_in_french_has_french_labels_numbers_and_plurals():
    from outreach_app.core.reports.text import render_text

    s = figures(by_municipality={"Windsor": {"events": 1, "attendees": 0, "plans_distributed": 1420}},
                plans_by_name={"Glengarry": 257}, flyers={"left": 30, "drops": 1})
    text = render_text(s, "fr")
    assert text.startswith("Rapport des activités de proximité du 19 juin 2025 au 22 septembre 2025\n")
    assert "Participation à 14 activités" in text  # the sentence, in French
    lines = text.splitlines()
    assert "Activités\u00a0:" in lines[4] and lines[4].endswith("14 (du 19 juin 2025 au 22 septembre 2025)")
    assert any(line.startswith("Plans remis avant le 19 juin 2025\u00a0:") and line.endswith(" 1\u00a0420") for line in lines)
    assert any("oui 96 · non 3 · je ne sais pas 1 (96,0\u00a0% de oui)" in line for line in lines)
    assert any(line.endswith("30 dans 1 lieu visité") for line in lines)
    assert "  Windsor\u00a0: 1 activité, 0 participant, 1\u00a0420 plans remis" in lines
    for english in ("Events", "Attendees", "Plans distributed", "More confident", "yes 96", "By municipality"):
        assert english not in text


def test_the_text_report_in_english_lines_up_its_figures():
    from outreach_app.core.reports.text import render_text

    s = figures(by_municipality={"Windsor": {"events": 1, "attendees": 0, "plans_distributed": 1420}})
    lines = render_text(s).splitlines()
    assert lines[0] == "Outreach report June 19, 2025 to September 22, 2025"
    figures_block = lines[4:10]
    assert [line.split(":")[0] for line in figures_block] == [
        "Events", "Attendees", "Plans distributed", "Plans before June 19, 2025", "Plans in total", "More confident"]
    assert len({line.index(line.split(":", 1)[1].strip()) for line in figures_block}) == 1  # one column
    assert figures_block[5].endswith("yes 96 · no 3 · not sure 1 (96.0% yes)")
    assert "  Windsor: 1 event, 0 attendees, 1,420 plans" in lines
