"""A small consultation used by the consultation tests: the template guide, two tables of responses."""

from outreach_app.core.consultations import guides, records, responses, themes


def consultation_with_responses(conn, municipality: str = "Windsor"):
    """(consultation id, response ids): five responses to question 1 and two to question 2."""
    guide = guides.add_template_guide(conn)
    ident = records.add_consultation(conn, "Partnership council", "2019-12-03", municipality, attendees=46,
                                     guide_id=guide, lens="newcomers")
    first = responses.add_responses(conn, ident, 1, ["Feeling safe walking at night", "Knowing my neighbours",
                                                     "Police who speak my language", "Lit streets",
                                                     "Being able to call for help"], "Table 1")
    second = responses.add_responses(conn, ident, 2, ["Jobs", "Family close by"], "Table 2")
    themes.tag_response(conn, first[0], ["Safety at night"])
    themes.tag_response(conn, first[3], ["Safety at night", "Lighting"])
    themes.tag_response(conn, first[1], ["Belonging"])
    themes.tag_response(conn, second[1], ["Belonging"])
    return ident, first + second
