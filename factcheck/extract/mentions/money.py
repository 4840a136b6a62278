"""Money amounts: currency signs and codes written before a number."""

from __future__ import annotations

import re

from factcheck.values.units import CURRENCIES

__all__ = ["CURRENCIES", "currency_before", "skip_sign"]

_SIGNS: dict[str, str] = {
    "$": "USD", "US$": "USD", "USD": "USD", "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP",
}  # fmt: skip
_SIGN = "|".join(re.escape(sign) for sign in sorted(_SIGNS, key=lambda s: (-len(s), s)))
# A sign glued to the number or one space away; "A$"/"C$" and the like are other currencies.
_SIGN_BEFORE_RE = re.compile(rf"(?<![\w$€£])(?P<sign>{_SIGN})[ \t\u00a0]?\Z")
_SIGN_AT_RE = re.compile(rf"(?P<sign>{_SIGN})[ \t\u00a0]?(?=\d)")


def currency_before(text: str, start: int) -> tuple[str, int] | None:
    """The currency code and start of a sign written right before ``start`` ("$", "US$ ")."""
    match = _SIGN_BEFORE_RE.search(text, max(0, start - 5), start)
    if match is None:
        return None
    return _SIGNS[match.group("sign")], match.start()


def skip_sign(text: str, pos: int, code: str) -> int:
    """``pos`` past a sign of currency ``code`` written there ("$10 to $20"), else ``pos``."""
    match = _SIGN_AT_RE.match(text, pos) if code else None
    return match.end() if match is not None and _SIGNS[match.group("sign")] == code else pos
