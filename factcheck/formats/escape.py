"""Untrusted text escaped for where it lands: terminals, CI logs, workflow commands, CSV, JSON."""

from __future__ import annotations

import re

_NONCHARACTERS = "\ufdd0-\ufdef\ufffe\uffff" + "".join(
    f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(1, 17)
)
_UNSAFE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f"
    f"\ufeff\ufff9-\ufffb\ud800-\udfff\U000e0000-\U000e007f{_NONCHARACTERS}]"
)
"""What a terminal would act on or a reader could not see: C0 controls but tab, line feed and
carriage return (ESC starts CSI, OSC 8 link, OSC 52 clipboard and window-title sequences; NUL,
BEL, backspace), DEL and the C1 controls (CSI and OSC as one byte), bidi controls and marks,
zero-width and invisible characters, line and paragraph separators, byte order marks, interlinear
annotations, tag characters, lone surrogates and the noncharacters (U+FFFE, U+FDD0…)."""


def _shown(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def visible(text: str) -> str:
    """Every unsafe character as a visible escape (``\\x1b``, ``\\u202e``); tabs and line breaks
    are left to the caller."""
    return _UNSAFE.sub(_shown, text)


def safe(text: str) -> str:
    """Text shown literally on one line: unsafe characters become visible escapes (``\\x1b``),
    runs of white space one space. Rich markup in it is never parsed: callers build ``Text``."""
    return " ".join(visible(text).split())


def plain(text: str) -> str:
    """One line of plain-text output (a terminal or a CI log): unsafe characters and line breaks
    as visible escapes, and never a workflow command: a line that would open with ``::`` (after
    white space) shows its first colon as ``\\x3a``, and ``##[`` anywhere shows as ``##\\x5b``."""
    shown = visible(text).replace("\r", "\\x0d").replace("\n", "\\x0a").replace("##[", "##\\x5b")
    indent = len(shown) - len(shown.lstrip())
    if shown.startswith("::", indent):
        shown = shown[:indent] + "\\x3a" + shown[indent + 1 :]
    return shown


def terminal(text: str) -> str:
    """Whole output bound for a terminal: unsafe characters and carriage returns that do not end
    a line as visible escapes; line feeds and tabs kept."""
    return re.sub("\r(?!\n)", r"\\x0d", visible(text))


def github_data(text: str) -> str:
    """A workflow command's message, escaped as the runner requires (``%``, CR, LF)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github_property(text: str) -> str:
    """A workflow command property's value: like a message, plus ``:`` and ``,``."""
    return github_data(text).replace(":", "%3A").replace(",", "%2C")


#: Cell openings a spreadsheet would run as a formula (CSV injection), full-width forms too.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_PLAIN_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")


def csv_cell(cell: object) -> object:
    """A CSV cell a spreadsheet cannot run: text opening like a formula gets a leading ``'``
    (a plain number such as ``-4.5`` stays a number); other values are left as they are."""
    if isinstance(cell, str) and cell.startswith(_FORMULA_START):
        return cell if _PLAIN_NUMBER.fullmatch(cell) else "'" + cell
    return cell


def _json_escape(match: re.Match[str]) -> str:
    return _u_escape(match.group())


def _u_escape(char: str) -> str:
    """One character as a JSON ``\\u`` escape (a surrogate pair past the BMP)."""
    code = ord(char)
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def json_text(text: str) -> str:
    """JSON text (from ``json.dumps(..., ensure_ascii=False)``) with the unsafe characters it
    leaves raw (DEL, C1, bidi controls, noncharacters…) as ``\\u`` escapes: the same JSON value,
    harmless on a terminal. Such characters can only stand inside JSON strings."""
    return _UNSAFE.sub(_json_escape, text)


#: ``_UNSAFE`` as UTF-8, one pattern per lead byte (a literal first byte makes a fast scan), for
#: the characters a JSON encoder leaves raw: C0 controls are always escaped, and surrogates cannot
#: be UTF-8 at all.
_UNSAFE_UTF8 = {
    lead: re.compile(pattern)
    for lead, pattern in (
        (b"\x7f", rb"\x7f"),
        (b"\xc2", rb"\xc2[\x80-\x9f]"),  # C1 controls
        (b"\xd8", rb"\xd8\x9c"),  # U+061C
        (b"\xe1", rb"\xe1\xa0\x8e"),  # U+180E
        # U+200B-200F, U+2028-202E, U+2060-206F
        (b"\xe2", rb"\xe2(?:\x80[\x8b-\x8f\xa8-\xae]|\x81[\xa0-\xaf])"),
        # U+FEFF, U+FDD0-FDEF, U+FFF9-FFFB, U+FFFE-FFFF
        (b"\xef", rb"\xef(?:\xbb\xbf|\xb7[\x90-\xaf]|\xbf[\xb9-\xbb\xbe\xbf])"),
        # U+nFFFE and U+nFFFF of planes 1-16; tag characters U+E0000-E007F
        (b"\xf0", rb"\xf0[\x9f\xaf\xbf]\xbf[\xbe\xbf]"),
        (b"\xf1", rb"\xf1[\x8f\x9f\xaf\xbf]\xbf[\xbe\xbf]"),
        (b"\xf2", rb"\xf2[\x8f\x9f\xaf\xbf]\xbf[\xbe\xbf]"),
        (b"\xf3", rb"\xf3(?:[\x8f\x9f\xaf\xbf]\xbf[\xbe\xbf]|\xa0[\x80\x81][\x80-\xbf])"),
        (b"\xf4", rb"\xf4\x8f\xbf[\xbe\xbf]"),
    )
}


def _json_escape_utf8(match: re.Match[bytes]) -> bytes:
    return _u_escape(match.group().decode("utf-8")).encode("ascii")


def json_bytes(data: bytes) -> bytes:
    """``json_text`` for UTF-8 JSON text from an encoder that escapes C0 controls (orjson):
    the same escapes, at memchr speed when no lead byte of an unsafe character occurs."""
    if data.isascii():  # one fast pass: DEL is the only unsafe ASCII character left raw
        lead = b"\x7f"
        return _UNSAFE_UTF8[lead].sub(_json_escape_utf8, data) if lead in data else data
    for lead, pattern in _UNSAFE_UTF8.items():
        if lead in data:
            data = pattern.sub(_json_escape_utf8, data)
    return data


_SCRIPT_UNSAFE = re.compile("[<>&]")


def script_json_text(text: str) -> str:
    """``json_text`` that is also safe verbatim inside a ``<script>`` element: ``<``, ``>`` and
    ``&`` become ``\\u003c``, ``\\u003e``, ``\\u0026`` so ``</script>`` or ``<!--`` in article text
    cannot end it (U+2028/2029 are escaped too, for older JavaScript parsers)."""
    return _SCRIPT_UNSAFE.sub(_json_escape, json_text(text))
