"""Numbers written as words ("ten", "twenty-five"): one table for anchoring and extraction."""

from __future__ import annotations

ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen")  # fmt: skip
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")

NUMBER_WORDS: dict[str, int] = {
    "zero": 0,
    **{word: n for n, word in enumerate(ONES, start=1)},
    **{word: n for n, word in enumerate(TEENS, start=10)},
    **{word: 20 + 10 * n for n, word in enumerate(TENS)},
}
"""zero to nineteen and the tens; compounds such as "twenty-five" add a tens word and a one."""

SCALE_WORDS: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}  # fmt: skip
"""Words that multiply the number before them ("1.5 million", "two hundred")."""
