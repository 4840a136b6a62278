"""Money amounts: currency signs and codes written before a number ("$", "A$", "HK$", "RM", "¥")."""

from __future__ import annotations

import re

from factcheck.values.units import CURRENCIES

__all__ = ["CURRENCIES", "SIGNS", "currency_before", "skip_sign"]

# Signs written before a number, by ISO 4217 code. "$" alone is the US dollar; a dollar of
# another country says so ("A$", "$A", "NZ$", "C$", "HK$", "S$"), and "US$"/"$US" is the US one.
_SIGNS: dict[str, str] = {
    "$": "USD", "US$": "USD", "$US": "USD", "A$": "AUD", "$A": "AUD", "AU$": "AUD",
    "NZ$": "NZD", "$NZ": "NZD", "C$": "CAD", "CA$": "CAD", "$C": "CAD", "HK$": "HKD",
    "S$": "SGD", "NT$": "TWD", "R$": "BRL", "Mex$": "MXN", "€": "EUR", "£": "GBP", "¥": "JPY",
    "CN¥": "CNY", "RMB": "CNY", "₹": "INR", "Rs": "INR", "Rs.": "INR", "₪": "ILS", "NIS": "ILS",
    "₩": "KRW", "₦": "NGN", "RM": "MYR", "฿": "THB", "Rp": "IDR", "₱": "PHP", "₽": "RUB",
    "KSh": "KES", "R": "ZAR", **{code: code for code in CURRENCIES},
}  # fmt: skip
#: The signs written before a number, by ISO 4217 code (read by the stated exchange rates too).
SIGNS = _SIGNS
_SIGN = "|".join(re.escape(sign) for sign in sorted(_SIGNS, key=lambda s: (-len(s), s)))
# A sign glued to the number or one space away, not the end of a word ("CARS 5", "AR$").
_SIGN_BEFORE_RE = re.compile(rf"(?<![\w$€£¥₹₪₩₦])(?P<sign>{_SIGN})[ \t\u00a0]?\Z")
_SIGN_AT_RE = re.compile(rf"(?P<sign>{_SIGN})[ \t\u00a0]?(?=\d)")
_SIGN_FIRST = frozenset(sign[-1] for sign in _SIGNS)
# The rand's "R" only glued to a figure that is clearly money: a scale ("R2.5bn", "R4 million")
# or thousands ("R12,500"); "R2" alone is a name as often ("an R2 rating").
_RAND_FIGURE_RE = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:bn|m|k|[ \t\u00a0]+(?:million|billion|thousand))\b"
)


def currency_before(text: str, start: int) -> tuple[str, int] | None:
    """The currency code and start of a sign written right before ``start`` ("$", "US$ ",
    "A$", "RM", "CHF ")."""
    if start < 1:
        return None
    last = text[start - 1]
    if last not in _SIGN_FIRST and not (
        last in " \t\u00a0" and start >= 2 and text[start - 2] in _SIGN_FIRST
    ):
        return None  # most numbers: no sign's last character before them
    match = _SIGN_BEFORE_RE.search(text, max(0, start - 6), start)
    if match is None:
        return None
    sign = match.group("sign")
    if sign == "R" and (match.end("sign") != start or not _RAND_FIGURE_RE.match(text, start)):
        return None
    return _SIGNS[sign], match.start()


def skip_sign(text: str, pos: int, code: str) -> int:
    """``pos`` past a sign of currency ``code`` written there ("$10 to $20"), else ``pos``."""
    match = _SIGN_AT_RE.match(text, pos) if code else None
    return match.end() if match is not None and _SIGNS[match.group("sign")] == code else pos
