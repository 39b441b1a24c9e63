"""Tracked links: src=TAG added without breaking the survey's own query or fragment."""

import pytest

from outreach_app.core.errors import InvalidInput
from outreach_app.core.flyers.links import check_tags, tracked_link


@pytest.mark.parametrize("url, expected", [
    ("https://example.org/s/safety", "https://example.org/s/safety?src=library"),
    ("https://example.org/s/safety?lang=en", "https://example.org/s/safety?lang=en&src=library"),
    ("https://example.org/s/safety?", "https://example.org/s/safety?src=library"),
    ("https://example.org/s/safety?a=1&", "https://example.org/s/safety?a=1&src=library"),
    ("https://example.org/s?lang=en#intro", "https://example.org/s?lang=en&src=library#intro"),
    ("https://example.org/s#q?x=1", "https://example.org/s?src=library#q?x=1"),
    ("https://example.org/s?src=old&lang=fr", "https://example.org/s?lang=fr&src=library"),
    ("http://example.org/s?q=a%20b&r=%C3%A9", "http://example.org/s?q=a%20b&r=%C3%A9&src=library"),
    ("  https://forms.example.ca/r/AbC123  ", "https://forms.example.ca/r/AbC123?src=library"),
])
def test_src_is_added_keeping_query_and_fragment(url, expected):
    assert tracked_link(url, "library") == expected


def test_without_a_tag_the_link_is_untouched():
    assert tracked_link("https://example.org/s?lang=en#top", None) == "https://example.org/s?lang=en#top"


@pytest.mark.parametrize("url", ["not a url", "ftp://example.org/s", "javascript:alert(1)", "mailto:a@b.ca",
                                 "https://", "example.org/s", "", "https://exa mple.org/"])
def test_links_that_are_not_web_addresses_are_refused(url):
    with pytest.raises(InvalidInput):
        tracked_link(url, "library")


@pytest.mark.parametrize("tag", ["", "two words", "a&b", "x" * 41, "a=b", "x/y", "50%"])
def test_bad_tags_are_refused(tag):
    with pytest.raises(InvalidInput):
        tracked_link("https://example.org/s", tag)


def test_the_same_tag_twice_is_refused_regardless_of_case():
    assert check_tags(["library", "pharmacy-main-st", "arena_2"]) == ["library", "pharmacy-main-st", "arena_2"]
    with pytest.raises(InvalidInput, match="twice"):
        check_tags(["library", "Library"])


def test_an_accented_tag_is_a_tag_percent_encoded_in_the_link_and_readable_in_print():
    from outreach_app.core.flyers.links import check_tag, readable_link

    link = tracked_link("https://example.org/s?a=1#top", "bibliothèque")
    assert link == "https://example.org/s?a=1&src=biblioth%C3%A8que#top"
    assert readable_link(link, "bibliothèque") == "https://example.org/s?a=1&src=bibliothèque#top"
    assert readable_link("https://example.org/s?src=library", "library") == "https://example.org/s?src=library"
    assert check_tag("bibliothe\u0300que") == "bibliothèque"  # typed with a combining accent: the same tag
    with pytest.raises(InvalidInput, match="twice"):
        check_tags(["Aréna", "are\u0301na"])


def test_the_printed_link_decodes_the_tag_the_app_added_not_a_lookalike_earlier_in_the_link():
    from outreach_app.core.flyers.links import readable_link

    link = tracked_link("https://example.org/s?ref=src=caf%C3%A9", "café")
    assert link == "https://example.org/s?ref=src=caf%C3%A9&src=caf%C3%A9"
    assert readable_link(link, "café") == "https://example.org/s?ref=src=caf%C3%A9&src=café"


def test_full_width_letters_fold_to_the_same_tag():
    from outreach_app.core.flyers.links import check_tag

    assert check_tag("ｌｉｂｒａｒｙ") == "library"
