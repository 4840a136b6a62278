"""Software versions as values: ``v3.10``, ``>=v3.9``, ``v12-v15``, compared by release tuple.

A version is written with a ``v`` before its release numbers (``v3.10``; as a number, 3.10 would
be 3.1, before 3.9). It is kept in the unit ``version`` (a dimension of its own: it converts to
nothing) as a sort key, ``key``: its release tuple's parts (at most three), in places of four
digits, so that keys order as releases do (3.10 > 3.9, 3.9 == 3.9.0). A key has at most 12
digits, which value groups and fingerprints keep (``quantity.SIGNIFICANT``): 12.1.2 and 12.1.3
are two values. A version covers the releases its written
parts name, as a number covers what rounds to it: ``v3.9`` covers 3.9, 3.9.0, 3.9.2 ... up to 3.10
(not included), ``v3.9.2`` only 3.9.2 and its later parts. So ``v3.9`` agrees with ``v3.9.2``,
``v3.9.1`` conflicts with ``v3.9.2``, and ``>=v3.9`` agrees with ``v3.11`` ("3.9 or newer" vs
"tested on 3.11"). A bound is a bound on releases: ``>v3.9`` starts after every 3.9 release,
``<=v3.9`` ends after them. Parsed with ``packaging.version``: only release numbers
(``v3.12rc1`` or ``v1.0.post2`` are errors).
"""

from __future__ import annotations

import math
import re

from packaging.version import InvalidVersion, Version

UNIT = "version"
"""The unit of every version value: its sort key (``key``)."""
PARTS = 3
"""The most release parts a version may have (``v1.2.3``): a key of 12 digits at most."""
PLACE = 10_000
"""Each part takes four digits of the key: a part is at most 9,999 (calendar versions such as
2024.10 fit)."""

MAX_CHARS = 40
"""The most characters one written version may have (three parts of four digits take 14)."""

#: A version value: an optional qualifier, then ``v`` and its release, or two of them joined by
#: a dash or "to" (the second's ``v`` optional: ``v12-v15``, ``v1.21-1.23``).
_VERSION_RE = re.compile(
    r"""^(?P<q>~|≈|>=|<=|≥|≤|>|<)?\s*[vV](?P<lo>\d[\w.+!-]*?)
    (?:\s*(?:-|–|—|\bto\b)\s*[vV]?(?P<hi>\d[\w.+!-]*?))?\s*$""",
    re.VERBOSE,
)
#: How a value that is meant as a version starts: a qualifier, then ``v`` and a digit.
_STARTS = re.compile(r"^(?:~|≈|>=|<=|≥|≤|>|<)?\s*[vV]\d")


class VersionError(ValueError):
    """A version the grammar cannot read (``v3.12rc1``, ``v1.2.3.4.5``); the message says why."""


def looks_like(text: str) -> bool:
    """Whether ``text`` is written as a version value (``v3.10``, ``>=v3.9``)."""
    return _STARTS.match(text) is not None


def read(text: str) -> tuple[str | None, str, str | None] | None:
    """``(qualifier, low release as written, high release or None)`` when ``text`` is a version
    value, else None. Raises VersionError for a release ``release`` refuses."""
    match = _VERSION_RE.match(text)
    if match is None:
        return None
    for part in ("lo", "hi"):
        if match[part] is not None:
            release(match[part])
    return match["q"], match["lo"], match["hi"]


def release(written: str) -> tuple[int, ...]:
    """The release tuple of a version as written (``3.10`` is (3, 10)), read by
    ``packaging.version``; VersionError for anything but release numbers of at most ``PARTS``
    parts within ``key``'s places."""
    if len(written) > MAX_CHARS:
        raise VersionError(
            f"version 'v{written[:12]}...' is too long ({len(written):,} characters; "
            f"at most {MAX_CHARS})"
        )
    try:
        parsed = Version(written)
    except InvalidVersion:
        raise VersionError(
            f"cannot read version {'v' + written!r}: expected release numbers such as 'v3.10' or 'v12'"
        ) from None
    if parsed.is_prerelease or parsed.is_postrelease or parsed.local or parsed.epoch:
        raise VersionError(
            f"version {'v' + written!r} is not a plain release: write its release numbers only ('v3.12')"
        )
    parts = parsed.release
    if len(parts) > PARTS:
        raise VersionError(f"version {'v' + written!r} has more than {PARTS} parts")
    if any(p >= PLACE for p in parts):
        raise VersionError(
            f"version {'v' + written!r} is out of range (each part at most {PLACE - 1:,})"
        )
    return parts


def key(parts: tuple[int, ...]) -> float:
    """A release's sort key: its parts in places of ``PLACE`` (3.10 is 3*10^8 + 10*10^4)."""
    padded = (*parts, *(0,) * (PARTS - len(parts)))
    return float(sum(p * PLACE ** (PARTS - 1 - i) for i, p in enumerate(padded)))


def covers(parts: tuple[int, ...]) -> tuple[float, float]:
    """``[start, end)`` of the keys a version covers: every release its written parts name
    (``3.9`` covers 3.9.0 up to, not including, 3.10)."""
    start = key(parts)
    return start, start + PLACE ** (PARTS - len(parts))


def shown(x: float, width: float | None = None) -> str:
    """A key as a version is written: ``v3.10``. ``width`` (how much the version covers, from
    ``covers``) says how many parts were written; without it trailing zero parts are left out
    (a key cannot tell ``v8.0`` from ``v8``)."""
    if not math.isfinite(x):
        return str(x)
    whole = round(x)
    parts = [(whole // PLACE ** (PARTS - 1 - i)) % PLACE for i in range(PARTS)]
    parts[0] = whole // PLACE ** (PARTS - 1)
    count = PARTS
    if width is not None and width > 0:
        count = PARTS - round(math.log(width, PLACE))
    else:
        while count > 1 and parts[count - 1] == 0:
            count -= 1
    return "v" + ".".join(str(p) for p in parts[: max(1, min(PARTS, count))])
