"""File positions of derived text: where each character of an HTML page's visible text is in the file."""

from __future__ import annotations

import bisect
import re
from array import array
from dataclasses import dataclass, field

from factcheck.text.documents import SPACE_RUN, html_text, unescape, visible_parts

_NEWLINE = re.compile("\n")
_CHARREF = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]{0,31};?)")


@dataclass(frozen=True)
class FileMap:
    """Where the characters of a text derived from a file are in that file."""

    origins: array[int]
    """Offset in the decoded file of each character of the derived text (a character reference
    such as ``&amp;`` gives its offset to the character it decodes to)."""
    line_starts: list[int] = field(repr=False)
    """Offsets where the decoded file's lines start."""

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the file of the derived text's character at ``offset``."""
        origin = self.origins[min(max(offset, 0), len(self.origins) - 1)]
        line = bisect.bisect_right(self.line_starts, origin)
        return line, origin - self.line_starts[line - 1] + 1


def html_file_map(markup: str) -> FileMap | None:
    """The file positions of ``html_text(markup)``, or None if they cannot be traced exactly."""
    line_starts = [0] + [m.end() for m in _NEWLINE.finditer(markup)]
    joined: list[str] = []
    joined_origins = array("q")
    for text, (line_number, column) in visible_parts(markup):
        joined.append(text)
        start = line_starts[line_number - 1] + column
        joined_origins.extend(_chunk_origins(markup, start, text))
    # Replay html_text's tidying of white space, carrying every kept character's origin.
    out: list[str] = []
    origins = array("q")
    at = 0
    for line in "".join(joined).split("\n"):
        chars, kept = _collapse(line, joined_origins, at)
        at += len(line) + 1
        lead, trail = len(chars) - len(chars.lstrip()), len(chars) - len(chars.rstrip())
        chars, kept = chars[lead : len(chars) - trail], kept[lead : len(kept) - trail]
        if chars:
            out.append(chars + "\n")
            origins.extend(kept)
            origins.append(kept[-1] + 1)
    if not out:
        out.append("\n")
        origins.append(0)
    if "".join(out) != html_text(markup):
        return None
    return FileMap(origins, line_starts)


def _chunk_origins(markup: str, start: int, text: str) -> list[int]:
    """Offsets in ``markup`` of each character of ``text``, which was decoded from the markup
    at ``start`` (character references such as ``&rdquo;`` became one character)."""
    origins = []
    at, i = start, 0
    while i < len(text):
        if markup.startswith("&", at) and (ref := _CHARREF.match(markup, at)):
            decoded = unescape(ref.group())
            if decoded != ref.group() and text.startswith(decoded, i):
                origins.extend([at] * len(decoded))
                i += len(decoded)
                at = ref.end()
                continue
        origins.append(min(at, len(markup)))
        at += 1
        i += 1
    return origins


def _collapse(line: str, origins: array[int], at: int) -> tuple[str, list[int]]:
    """``SPACE_RUN.sub(" ", line)`` and each resulting character's origin."""
    chars: list[str] = []
    kept: list[int] = []
    last = 0
    for match in SPACE_RUN.finditer(line):
        chars.append(line[last : match.start()])
        kept.extend(origins[at + last : at + match.start()])
        chars.append(" ")
        kept.append(origins[at + match.start()])
        last = match.end()
    chars.append(line[last:])
    kept.extend(origins[at + last : at + len(line)])
    return "".join(chars), kept
