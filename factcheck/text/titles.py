"""A document's title, as a person names it: the HTML ``<title>`` (else its first ``<h1>``), a
Markdown document's first heading, a text's first line when it reads as a title, else the
opening words of its first sentence."""

from __future__ import annotations

import re

from factcheck.text.documents import unescape

_TITLE_RE = re.compile(r"<title[^>]*>(?P<t>.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_H1_RE = re.compile(r"<h1[^>]*>(?P<t>.*?)</h1\s*>", re.IGNORECASE | re.DOTALL)
_TAG_RE = re.compile(r"<[^>]*>")
_MD_HEADING_RE = re.compile(r"^[ \t]{0,3}#{1,2}[ \t]+(?P<t>[^\n]+?)[ \t#]*$", re.MULTILINE)
_SETEXT_RE = re.compile(r"\A\s*(?P<t>[^\n]+)\n[ \t]*(?:=+|-+)[ \t]*\n")
#: Longest title kept; a longer first line is prose, not a title.
_LONGEST = 120
#: How far into a Markdown document its first heading may stand.
_HEAD = 2000


def title_of(markup: str, suffix: str) -> str | None:
    """The title of a document's file text (``suffix``: ``.html``, ``.md``, ``.txt``...), or None."""
    if suffix.lower() in (".html", ".htm"):
        found = _TITLE_RE.search(markup) or _H1_RE.search(markup)
        return _clean(unescape(_TAG_RE.sub(" ", found.group("t")))) if found else None
    if suffix.lower() in (".md", ".markdown"):
        head = markup[:_HEAD]
        found = _MD_HEADING_RE.search(head) or _SETEXT_RE.search(head)
        if found:
            return _clean(found.group("t").strip("*_ "))
    for line in markup.splitlines():
        if line.strip():
            text = line.strip()
            if text.endswith((".", ",", ";", ":")) or len(text) > _LONGEST:
                # The first line is prose: its opening words name the document better than
                # a file name such as 002-ff6738150d1a5a4d.txt does.
                return _opening(text)
            return _clean(text)
    return None


def _opening(line: str) -> str | None:
    """The first sentence of a line of prose, cut at a word to ``_OPENING`` characters with an
    ellipsis; None for fewer than ``_OPENING_WORDS`` words ("Take 4.5 mg.")."""
    sentence = _SENTENCE_END_RE.split(" ".join(line.split()), maxsplit=1)[0].rstrip(".,;: ")
    if len(sentence.split()) < _OPENING_WORDS:
        return None
    if len(sentence) > _OPENING:
        sentence = sentence[: _OPENING + 1].rsplit(" ", 1)[0].rstrip(",;:-—– ") + "…"
    return _clean(sentence)


_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s")
#: Longest opening kept as a title, and fewest words that make one.
_OPENING = 60
_OPENING_WORDS = 4


def _clean(text: str) -> str | None:
    # No control characters (a terminal's escapes), and one line.
    text = " ".join("".join(ch for ch in text if ch.isprintable() or ch.isspace()).split())
    return text if 0 < len(text) <= _LONGEST else None
