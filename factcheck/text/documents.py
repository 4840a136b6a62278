"""Source documents: read .txt/.md/.html into text, index its lines, and normalize it for matching."""

from __future__ import annotations

import bisect
import html
import operator
import os
import re
from array import array
from dataclasses import dataclass, field
from html.parser import HTMLParser
from itertools import accumulate
from pathlib import Path

from factcheck import files
from factcheck.text.firstfind import FirstOccurrence

HTML_SUFFIXES = frozenset({".html", ".htm"})
TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"}) | HTML_SUFFIXES


class DocumentError(ValueError):
    """A document that cannot be read as text; ``line``/``column`` point at the problem if known."""

    def __init__(self, message: str, line: int = 0, column: int = 0) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


def decode(raw: bytes) -> str:
    """Decode UTF-8 (a BOM is dropped, CRLF and CR become LF) or raise a located DocumentError."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        start = error.start + (3 if raw.startswith(b"\xef\xbb\xbf") else 0)
        before = raw[:start]
        line = before.count(b"\n") + 1
        column = start - (before.rfind(b"\n") + 1) + 1
        bad = raw[start : start + 1].hex()
        raise DocumentError(f"not valid UTF-8 (byte 0x{bad})", line, column) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_document(path: str | os.PathLike[str]) -> str:
    """The text factcheck reads from a document: the file itself, or an HTML page's visible text."""
    return document_text(path, read_raw(path))


def read_file_text(path: str | os.PathLike[str]) -> str:
    """A document file's own text, decoded (HTML still marked up); DocumentError if unreadable."""
    return decode(read_raw(path))


def read_raw(path: str | os.PathLike[str]) -> bytes:
    """A document file's bytes, as `read_document` reads them; DocumentError if unreadable (a
    type that is no document, a missing, special or too large file)."""
    path = Path(path)
    if path.suffix.lower() not in TEXT_SUFFIXES:
        raise DocumentError(f"unsupported document type {path.suffix!r} (use .txt, .md or .html)")
    try:
        return files.read_bytes(path, role="source document")
    except files.ReadError as error:
        raise DocumentError(error.reason) from None


def document_text(path: str | os.PathLike[str], raw: bytes) -> str:
    """The text factcheck reads from the bytes ``raw`` of the document file ``path`` (read
    elsewhere, e.g. by the process that sent them to a cluster worker); DocumentError if they
    are not UTF-8."""
    text = decode(raw)
    return html_text(text) if Path(path).suffix.lower() in HTML_SUFFIXES else text


BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "tr",
        "ul",
    ]
)
HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template", "head", "title", "svg"})
_VOID_TAGS = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
    ]
)


class _VisibleText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[tuple[str, tuple[int, int]]] = []
        """Visible text pieces, each with the (1-based line, 0-based column) where it starts."""
        self._hidden: list[str] = []

    def _add(self, text: str) -> None:
        self.parts.append((text, self.getpos()))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in HIDDEN_TAGS:
            self._hidden.append(tag)
        elif tag in BLOCK_TAGS:
            self._add("\n")
        if tag in _VOID_TAGS and tag in HIDDEN_TAGS:
            self._hidden.pop()

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN_TAGS and tag in self._hidden:
            while self._hidden.pop() != tag:
                pass
        elif tag in BLOCK_TAGS:
            self._add("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self._add(data)


# A decimal character reference too long for int() (Python refuses over 4,300 digits).
_LONG_DECIMAL_REF = re.compile(r"&#([0-9]{100,})")


def _hex_ref(match: re.Match[str]) -> str:
    """The same reference in hexadecimal and of the same length (offsets stay): the character
    it stands for, or U+FFFD for a number past Unicode, as html.unescape gives."""
    digits = match[1]
    significant = digits.lstrip("0")
    code = int(significant or "0") if len(significant) <= 7 else 0x110000
    return "&#x" + f"{code:X}".rjust(len(digits) - 1, "0")


def bounded_refs(markup: str) -> str:
    """``markup`` with decimal character references of 100 digits or more rewritten in hexadecimal
    (same length, same meaning), which Python's HTML parser reads without a length limit."""
    return _LONG_DECIMAL_REF.sub(_hex_ref, markup) if "&#" in markup else markup


def unescape(text: str) -> str:
    """``html.unescape`` for any text, a character reference of 5,000 digits included."""
    return html.unescape(bounded_refs(text))


def visible_parts(markup: str) -> list[tuple[str, tuple[int, int]]]:
    """An HTML page's visible text pieces before white space is tidied, each with the
    (1-based line, 0-based column) in ``markup`` where it starts."""
    parser = _VisibleText()
    parser.feed(bounded_refs(markup))
    parser.close()
    return parser.parts


SPACE_RUN = re.compile(r"[ \t\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\s*\n\s*")


def html_text(markup: str) -> str:
    """The visible text of an HTML page: no script/style contents, entities decoded, one line per block."""
    joined = "".join(text for text, _ in visible_parts(markup))
    lines = (SPACE_RUN.sub(" ", line).strip() for line in joined.split("\n"))
    return "\n".join(line for line in lines if line) + "\n"


# Typographic characters mapped one-to-one so that offsets survive translation.
_TYPOGRAPHY = str.maketrans(
    {
        "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'",
        "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"',
        "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-",
        "\u00a0": " ", "\u202f": " ", "\u2009": " ",
    }
)  # fmt: skip
_TYPOGRAPHIC = re.compile("[" + "".join(chr(c) for c in _TYPOGRAPHY) + "]")
_WHITESPACE = re.compile(r"\s+")
_COLLAPSIBLE = re.compile(r"\s{2,}|[^\S ]")
"""White space that normalizing changes: runs, and any single character other than a space."""


_TYPOGRAPHIC_PAIRS = tuple((chr(code), str(plain)) for code, plain in _TYPOGRAPHY.items())
_NEWLINE_RUN = re.compile(r"\n[\n ]*")
_ONE_MORE = (1).__add__
_ONE_LESS = (-1).__add__


def _plain(text: str) -> str:
    """``text`` with typographic characters mapped (translate is slow, and so is a substitution
    calling back per character; one ``replace`` per character present is neither)."""
    if text.isascii():
        return text
    for typographic, plain in _TYPOGRAPHIC_PAIRS:
        if typographic in text:
            text = text.replace(typographic, plain)
    return text


def _collapsible(text: str) -> list[tuple[int, int]]:
    """The spans of ``_COLLAPSIBLE``'s matches in ``text``.

    In most documents the only white space other than single spaces is line breaks: then the
    runs to collapse are the runs of spaces and line breaks holding a line break, found from
    the line breaks (a pattern led by one literal character scans several times faster than
    ``_COLLAPSIBLE``), each widened by the one space that may stand before it."""
    if "  " in text or not text.replace("\n", "").isprintable():
        return [match.span() for match in _COLLAPSIBLE.finditer(text)]
    return [
        (start - 1 if start and text[start - 1] == " " else start, end)
        for start, end in map(re.Match.span, _NEWLINE_RUN.finditer(text))
    ]


def normalize(text: str) -> str:
    """Text as quotes are matched: typographic quotes and dashes made plain, white space collapsed."""
    if text.isascii() and text.isprintable() and "  " not in text:
        return text.strip()  # nothing to map, and spaces are its only white space: most quotes
    return _WHITESPACE.sub(" ", _plain(text)).strip()


@dataclass(frozen=True)
class Text:
    """A document's text with its line index and a normalized copy for quote matching."""

    text: str
    """The text as factcheck reads it (HTML: the visible text)."""
    # Offsets are kept in arrays of machine integers, not lists of int objects: a third of the
    # memory of a large corpus's documents went to them.
    _line_starts: array[int] = field(init=False, repr=False, compare=False)
    _normal: str = field(init=False, repr=False, compare=False)
    _break_normal: array[int] = field(init=False, repr=False, compare=False)
    """Where normalized offsets jump (ascending), and the offset in ``text`` each jumps to."""
    _break_original: array[int] = field(init=False, repr=False, compare=False)
    _search: FirstOccurrence = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Built with C-level iteration (map, accumulate): a corpus's sources have millions of
        # lines and white space runs.
        lines = self.text.split("\n")
        starts = array("q", accumulate(map(_ONE_MORE, map(len, lines[:-1])), initial=0))
        translated = _plain(self.text)
        # Collapse white space like normalize(), remembering where normalized offsets jump:
        # after the k-th run, to its end in the text, less what the runs up to it removed.
        runs = _collapsible(translated)
        run_starts: list[int | None] = [start for start, _ in runs]
        ends = [end for _, end in runs]
        removed = accumulate(map(_ONE_LESS, map(operator.sub, ends, run_starts)))
        break_normal = array("q", [0, *map(operator.sub, ends, removed)])
        break_original = array("q", [0, *ends])
        pieces = [translated[a:b] for a, b in zip([0, *ends], [*run_starts, None], strict=True)]
        object.__setattr__(self, "_line_starts", starts)
        object.__setattr__(self, "_normal", " ".join(pieces))
        object.__setattr__(self, "_break_normal", break_normal)
        object.__setattr__(self, "_break_original", break_original)
        # Quotes are looked up once per claim or draft: an index, not a scan from the start each.
        object.__setattr__(self, "_search", FirstOccurrence(self._normal))

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset."""
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    def find(self, quote: str) -> tuple[int, int] | None:
        """[start, end) offsets in ``text`` of the first occurrence of ``quote``, normalized, or None."""
        needle = normalize(quote)
        if not needle:
            return None
        at = self._search.find(needle)
        if at < 0:
            return None
        return self.original_span(at, at + len(needle))

    @property
    def normal(self) -> str:
        """The text as quotes are matched in it (see ``normalize``)."""
        return self._normal

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """[start, end) in ``text`` of a non-empty [start, end) range of ``normal``."""
        return self._original(start), self._original(end - 1) + 1

    def _original(self, normal_offset: int) -> int:
        index = bisect.bisect_right(self._break_normal, normal_offset) - 1
        return self._break_original[index] + (normal_offset - self._break_normal[index])
