"""A document's normalized text: the fast paths give what the plain definitions give."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from factcheck.text.documents import (
    _COLLAPSIBLE,
    _TYPOGRAPHY,
    Text,
    _collapsible,
    _plain,
    normalize,
)

# The characters the fast paths tell apart: spaces, line breaks, other white space, typography.
_PIECES = st.text(
    alphabet=st.sampled_from(
        [
            " ",
            "\n",
            "\t",
            "\r",
            "\u00a0",
            "\u2009",
            "\u3000",
            "\u2028",
            "\x0b",
            "a",
            "7",
            "–",
            "“",
            "é",
        ]
    ),
    max_size=40,
)


@given(_PIECES)
@example("a \n\n b")
@example("\n x\n")
@example("dose: 2–4 mg.\nNext line  here")
def test_collapsible_runs_are_the_patterns_matches(text: str) -> None:
    assert _collapsible(text) == [m.span() for m in _COLLAPSIBLE.finditer(text)]
    assert _plain(text) == text.translate(_TYPOGRAPHY)


@given(_PIECES, _PIECES)
def test_a_quote_is_found_where_the_normalized_text_has_it(before: str, quote: str) -> None:
    text = Text(before + quote + "\n")
    needle = normalize(quote)
    span = text.find(quote)
    if not needle:
        assert span is None
        return
    assert span is not None
    assert normalize(text.text[span[0] : span[1]]) == needle
    assert text.normal == _COLLAPSIBLE.sub(" ", _plain(text.text))


def test_a_synthetic_article_maps_back_to_its_own_offsets() -> None:
    article = "In short, usually 2–4 mg. \n\nReaders ask.\nA figure of ~3 mg \n \nend"
    text = Text(article)
    assert text.normal == "In short, usually 2-4 mg. Readers ask. A figure of ~3 mg end"
    span = text.find("A figure of  ~3 mg")
    assert span is not None
    assert article[span[0] : span[1]] == "A figure of ~3 mg"
    assert text.position(span[0]) == (4, 1)
