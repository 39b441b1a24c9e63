"""Flyer PDFs: every QR decodes (zxing-cpp, 150 dpi) to its exact tracked link; text is real text."""

import datetime as dt

import pytest

from outreach_app.core.errors import InvalidInput
from outreach_app.core.flyers.render import make_flyers, preview_pdf
from outreach_app.core.flyers.spec import FlyerSpec, check_spec
from outreach_app.core.flyers.render import render_pdf

from .flyer_helpers import decode_pages, page_texts

URL = "https://example.org/s/leamington-essex-safety?lang=en"
TITLE = "Leamington & Essex neighbourhood safety survey"
TODAY = dt.date(2025, 9, 1)


def spec(**changes) -> FlyerSpec:
    values = dict(url=URL, title=TITLE, body="Tell us what makes your neighbourhood feel safe.", closes="2025-10-31",
                  contact="Questions? 519-555-0100 · outreach@example.org")
    values.update(changes)
    return FlyerSpec(**values)


def render(flyer: FlyerSpec) -> bytes:
    return render_pdf(check_spec(flyer, today=TODAY, allow_past=False))[0]


def tags(count: int) -> tuple[str, ...]:
    return tuple(f"place-{i:02d}" for i in range(count))


@pytest.mark.parametrize("layout, count, per_page", [("poster", 2, 1), ("handout", 5, 4), ("cards", 12, 10)])
@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_every_qr_decodes_to_its_tracked_link_page_by_page(layout, count, per_page, paper):
    sources = tags(count)
    pages = decode_pages(render(spec(layout=layout, sources=sources, paper=paper)))
    expected = [f"{URL}&src={tag}" for tag in sources]
    assert pages == [sorted(expected[i:i + per_page]) for i in range(0, count, per_page)]


def test_without_sources_one_untracked_code():
    assert decode_pages(render(spec(layout="cards"))) == [[URL]]


def test_copies_repeat_each_tag_next_to_each_other():
    pages = decode_pages(render(spec(layout="handout", sources=("library", "arena"), copies=2)))
    assert pages == [sorted([f"{URL}&src=library"] * 2 + [f"{URL}&src=arena"] * 2)]


@pytest.mark.parametrize("layout", ["poster", "handout", "cards"])
def test_title_closing_date_and_tag_are_searchable_text(layout):
    texts = page_texts(render(spec(layout=layout, sources=("pharmacy-main-st",))))
    assert TITLE in texts[0]
    assert "Open until October 31, 2025" in texts[0]
    assert "pharmacy-main-st" in texts[0]
    assert "Questions? 519-555-0100 · outreach@example.org" in texts[0]


def test_qr_codes_are_vector_not_images():
    from io import BytesIO

    from pypdf import PdfReader

    pdf = render(spec(layout="cards", sources=tags(3)))
    assert all(not page.images for page in PdfReader(BytesIO(pdf)).pages)


def test_french_wording_and_accented_text():
    title = "Sondage « Sécurité à Leamington » : ça compte"
    body = "Votre avis sur la sécurité du quartier, l’œuvre de tous."
    pdf = render(spec(title=title, body=body, closes="2025-11-01", language="fr", layout="handout", sources=("bibliothèque",)))
    text = page_texts(pdf)[0]
    assert "Ouvert jusqu’au 1er novembre 2025" in text
    assert "Balayez le code QR pour répondre au sondage" in text
    assert "Sécurité à Leamington" in text and "ça compte" in text and "l’œuvre" in text and "«" in text and "»" in text
    assert decode_pages(pdf) == [[f"{URL}&src=biblioth%C3%A8que"]]  # UTF-8, percent-encoded
    poster = render(spec(language="fr", layout="poster", sources=("bibliothèque",)))
    assert "src=bibliothèque" in page_texts(poster)[0].replace("\n", "")  # the printed link reads as typed


def test_widest_text_the_contract_allows_still_fits_a_card(tmp_path):
    logo = tmp_path / "logo.png"
    from PIL import Image

    Image.new("RGB", (400, 100), "navy").save(logo)
    pdf = render(spec(layout="cards", title="W" * 50, body="W" * 60, logo=str(logo), sources=("library",),
                      contact="M" * 25 + " " + "M" * 25))
    assert decode_pages(pdf) == [[f"{URL}&src=library"]]
    assert "W" * 16 in page_texts(pdf)[0]


def test_card_text_over_the_limit_is_refused_with_how_much():
    with pytest.raises(InvalidInput, match="title is 3 characters too long for the cards layout"):
        render(spec(layout="cards", title="x" * 53))
    with pytest.raises(InvalidInput, match="body is 1 characters too long for the cards layout"):
        render(spec(layout="cards", body="y" * 61))


def test_text_too_long_for_a_handout_says_how_much_instead_of_overflowing():
    with pytest.raises(InvalidInput, match=r"body is \d+ characters too long for the handout layout"):
        render(spec(layout="handout", body="Tell us what makes you feel safe. " * 20))


def test_link_too_long_for_a_readable_card_code_is_refused():
    long_url = "https://example.org/s?" + "&".join(f"field{i}=value{i}" for i in range(40))
    with pytest.raises(InvalidInput, match="too long for a QR code a phone can read on cards"):
        render(spec(layout="cards", url=long_url, sources=("library",)))


def test_logo_is_drawn_and_an_unreadable_logo_refused(tmp_path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGBA", (300, 300), (200, 30, 30, 255)).save(logo)
    pdf = render(spec(layout="poster", logo=str(logo), sources=("library",)))
    assert decode_pages(pdf) == [[f"{URL}&src=library"]]
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\nnot really")
    with pytest.raises(InvalidInput, match="logo .*broken.png cannot be read"):
        render(spec(logo=str(broken)))


def test_past_closing_date_refused_unless_allowed():
    with pytest.raises(InvalidInput, match="in the past"):
        check_spec(spec(closes="2025-08-31"), today=TODAY, allow_past=False)
    assert check_spec(spec(closes="2025-08-31"), today=TODAY, allow_past=True).closes_in_past


def test_failed_render_leaves_an_existing_file_untouched(tmp_path):
    out = tmp_path / "flyers.pdf"
    out.write_bytes(b"previous flyers")
    with pytest.raises(InvalidInput):
        make_flyers(spec(layout="cards", title="x" * 60), out, today=TODAY)
    assert out.read_bytes() == b"previous flyers"
    result = make_flyers(spec(layout="cards", sources=("library",)), out, today=TODAY)
    assert result.pages == 1 and out.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["flyers.pdf"]


def test_preview_is_the_first_page_only():
    pdf = preview_pdf(spec(layout="poster", sources=("library", "arena"), closes="2020-01-01"), today=TODAY)
    assert decode_pages(pdf) == [[f"{URL}&src=library"]]


def test_same_input_gives_the_same_bytes():
    assert render(spec(layout="cards", sources=tags(3))) == render(spec(layout="cards", sources=tags(3)))


def test_a_tag_the_flyer_font_cannot_print_is_refused_not_printed_as_boxes():
    with pytest.raises(InvalidInput, match="source tag holds the character '図'"):
        render(spec(layout="cards", sources=("図書館",)))
