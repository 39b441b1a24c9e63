"""`outreach-app flyer` and `flyer-drop` through the real command line (docs/cli.md)."""

import datetime as dt
import json
import os
import time

import pytest

from tests.conftest import run_cli

from .flyer_helpers import decode_pages, page_texts

URL = "https://example.org/s/leamington-essex-safety?lang=en"
TITLE = "Leamington & Essex neighbourhood safety survey"
NEXT_YEAR = (dt.date.today() + dt.timedelta(days=365)).isoformat()


def flyer(out, *extra):
    return run_cli("flyer", "--url", URL, "--title", TITLE, "--out", out, *extra)


def refused(result, *words):
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    line = result.stderr.strip()
    assert "\n" not in line and all(word in line for word in words), line


@pytest.mark.parametrize("layout", ["poster", "handout", "cards"])
def test_flyer_writes_decodable_tracked_codes(tmp_path, layout):
    out = tmp_path / f"{layout}.pdf"
    result = flyer(out, "--layout", layout, "--source", "library", "--source", "arena", "--closes", NEXT_YEAR,
                   "--body", "Tell us what makes your neighbourhood feel safe.")
    assert result.returncode == 0, result.stderr
    pdf = out.read_bytes()
    codes = sorted(code for page in decode_pages(pdf) for code in page)
    assert codes == [f"{URL}&src=arena", f"{URL}&src=library"]
    assert TITLE in page_texts(pdf)[0]


def test_one_hundred_tracked_cards_in_under_three_seconds(tmp_path):
    out = tmp_path / "cards.pdf"
    sources = [arg for i in range(100) for arg in ("--source", f"place-{i:03d}")]
    started = time.perf_counter()
    result = flyer(out, "--layout", "cards", "--closes", NEXT_YEAR, *sources)
    elapsed = time.perf_counter() - started
    assert result.returncode == 0, result.stderr
    assert elapsed < 3.0, f"100 cards took {elapsed:.2f} s"
    pages = decode_pages(out.read_bytes())
    assert len(pages) == 10
    assert sorted(code for page in pages for code in page) == [f"{URL}&src=place-{i:03d}" for i in range(100)]


def test_french_flyer(tmp_path):
    out = tmp_path / "fr.pdf"
    result = run_cli("flyer", "--url", URL, "--title", "Sondage sur la sécurité du quartier", "--language", "fr",
                     "--closes", NEXT_YEAR, "--layout", "handout", "--source", "bibliotheque", "--out", out)
    assert result.returncode == 0, result.stderr
    text = page_texts(out.read_bytes())[0]
    assert "Sondage sur la sécurité du quartier" in text and "Ouvert jusqu’au" in text
    assert "Balayez le code QR" in text


def test_errors_are_one_clear_line_and_write_nothing(tmp_path):
    out = tmp_path / "x.pdf"
    refused(run_cli("flyer", "--url", "not a url", "--title", "X", "--out", out), "not a url", "https://")
    refused(run_cli("flyer", "--url", "ftp://example.org/s", "--title", "X", "--out", out), "ftp://example.org/s")
    refused(flyer(out, "--closes", "2020-01-01"), "2020-01-01", "past", "--allow-past")
    refused(run_cli("flyer", "--url", URL, "--title", "x" * 58, "--layout", "cards", "--out", out),
            "title", "8 characters too long", "cards")
    refused(run_cli("flyer", "--url", URL, "--title", "X", "--body", "y" * 75, "--layout", "cards", "--out", out),
            "body", "15 characters too long")
    logo = tmp_path / "logo.png"
    logo.write_text("not an image")
    refused(flyer(out, "--logo", logo), "logo", str(logo), "cannot be read")
    refused(flyer(out, "--logo", tmp_path / "missing.png"), "missing.png")
    refused(flyer(tmp_path / "no-such-folder" / "x.pdf"), "no-such-folder")
    refused(flyer("/proc/nope/x.pdf"), "/proc/nope/x.pdf")
    refused(flyer(out, "--closes", "2025-13-01"), "2025-13-01")
    refused(flyer(out, "--source", "two words"), "two words")
    assert list(tmp_path.iterdir()) == [logo]


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_read_only_folder_is_refused(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        refused(flyer(folder / "x.pdf"), str(folder / "x.pdf"))
    finally:
        folder.chmod(0o700)


def test_past_date_is_printed_with_allow_past(tmp_path):
    out = tmp_path / "late.pdf"
    result = flyer(out, "--closes", "2020-01-31", "--allow-past")
    assert result.returncode == 0, result.stderr
    assert "Open until January 31, 2020" in page_texts(out.read_bytes())[0]


def test_flyer_drop_records_lists_and_voids(tmp_path):
    db = tmp_path / "o.db"
    first = run_cli("flyer-drop", "--source", "library", "--place", "Leamington library", "--count", "50",
                    "--date", "2025-10-01", "--municipality", "Leamington", db=db, check=True).stdout.strip()
    second = run_cli("flyer-drop", "--source", "arena", "--place", "Essex arena", "--count", "40",
                     "--date", "2025-10-02", db=db, check=True).stdout.strip()
    assert len(first) == 36 and len(second) == 36
    listed = json.loads(run_cli("flyer-drop", "list", "--format", "json", db=db, check=True).stdout)
    assert [(d["source_tag"], d["place"], d["count"], d["municipality"]) for d in listed] == [
        ("arena", "Essex arena", 40, None), ("library", "Leamington library", 50, "Leamington")]
    run_cli("void", second, db=db, check=True)
    listed = json.loads(run_cli("flyer-drop", "list", "--format", "json", db=db, check=True).stdout)
    assert [d["id"] for d in listed] == [first]
    assert "Leamington library" in run_cli("flyer-drop", "list", db=db, check=True).stdout


def test_flyer_drop_refusals(tmp_path):
    db = tmp_path / "o.db"
    refused(run_cli("flyer-drop", "--source", "library", "--place", "Library", db=db), "--count", "--date")
    refused(run_cli("flyer-drop", "--source", "library", "--place", "Library", "--count", "-3", "--date", "2025-10-01",
                    db=db), "-3")
    refused(run_cli("flyer-drop", "--source", "library", "--place", "Library", "--count", "3", "--date", "yesterday",
                    db=db), "yesterday")
