"""Requirement versions in prose and tables: "Python 3.9 or newer", "requires Node 18+",
"PostgreSQL 12 and later", "supports Go 1.21 through 1.23", "tested on Ubuntu 22.04 LTS".

A release number right after a known product's name (``products.PRODUCTS``: Postgres, PostgreSQL
and pg are one product; two products never join) is that product's version, never a quantity: it is
drafted as a version (``values.versions``) under a subject of the product and the role its
words give it (the oldest version supported, the newest, a supported range, a version tested
on, a version dropped), or not at all when no words give it a role ("Added MySQL 8.0 as a
target").
The documented tool's own release numbers ("since 3.1", "version 3.2.0", a changelog's
headings) follow no product name, so they are never requirements.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.ids import slug
from factcheck.extract.subjects.products import NAME_RE, NAMES, PRODUCTS
from factcheck.extract.subjects.settings import column_role
from factcheck.values import versions
from factcheck.values.grammar import Qualifier

#: A release as written: "3.10", "22.04", "18", "3.x" (all of 3).
_RELEASE = r"\d{1,4}(?:\.\d{1,4}){0,2}(?!\.?\d)(?:\.[xX*])?"
#: A product's name, then its release: "Python 3.9", "Node.js v18", "PostgreSQL version 12",
#: "Python >= 3.9", a table's "| Python | 3.9+ |"; a range ("1.21 through 1.23") or a list
#: ("3.11 and 3.12") after it.
_VERSION_RE = re.compile(
    rf"(?<![\w.-])(?P<name>{NAME_RE})(?![\w-])"
    r"(?P<gap>[ \t]*(?:\|[ \t]*)?(?:(?:versions?|releases?)[ \t]+(?:is[ \t]+(?:now[ \t]+)?)?)?"
    r"[:|]?[ \t]*"
    r"(?P<op>>=|≥|=>|<=|≤|\^|~=)?[ \t]*)"
    rf"[vV]?(?P<low>{_RELEASE})(?P<plus>\+)?"
    rf"(?:[ \t]*(?P<dash>-|–|—|\bto\b|\bthrough\b|\bthru\b)[ \t]*"
    rf"(?:(?:{NAME_RE})[ \t]+)?[vV]?(?P<high>{_RELEASE})(?![\w+]))?"
    rf"(?P<list>(?:[ \t]*(?:,|\band\b|\bor\b|&)[ \t]*[vV]?{_RELEASE}(?![\w+]))+)?"
    r"(?![\w%])",
    re.IGNORECASE,
)
_LISTED_RE = re.compile(_RELEASE)
#: Any other name right before a release with a point and words only versions take ("needs
#: libvips 8.12 or newer", "requires OpenTofu 1.6 or later"): the oldest version of that product.
_NAMED_RE = re.compile(
    r"(?<![\w.-])(?P<name>[A-Za-z][\w+-]{1,30})[ \t]+[vV]?"
    r"(?P<low>\d{1,4}\.\d{1,4}(?:\.\d{1,4})?)(?![\w.]|\.\d)"
    r"[ \t]*(?:or|and)[ \t]+(?:newer|later)\b"
)
#: Words before a release that name no product ("version 8.12 or newer", "at least 1.4").
_NOTNAMES = frozenset({
    "version", "versions", "release", "releases", "v", "is", "are", "was", "be", "from", "to",
    "at", "least", "than", "since", "in", "of", "on", "for", "and", "or", "the", "a", "an", "any",
    "its", "it", "this", "that", "with", "by",
})  # fmt: skip
_HEADING_RE = re.compile(r"^[ \t]*#{1,6}[ \t]+`?([A-Za-z][\w.-]*)", re.MULTILINE)
#: Words right before a product's name that make a range of its releases a change ("upgrade
#: from PostgreSQL 11 to 12"), not the releases supported.
_FROM_RE = re.compile(r"\bfrom[ \t]+\Z", re.IGNORECASE)
#: Words after a release that make it the oldest supported ("3.9 or newer", "12 and later").
_OR_NEWER_RE = re.compile(
    r"[ \t]*(?:\(?\s*)?(?:or|and|&)[ \t]+(?:newer|later|higher|above|up|greater|more\s+recent)\b"
    r"|[ \t]+(?:onwards?|onward|upwards?|minimum)\b|[ \t]*\(?(?:minimum|min\b\.?|or\s+newer)\)?",
    re.IGNORECASE,
)
#: A word after a release that makes it one supported ("MySQL 8.0 support", a changelog's).
_SUPPORT_RE = re.compile(r"[ \t]+support\b", re.IGNORECASE)
#: Words after a release that give it its role as the clause's predicate: "Python 3.11 is now
#: the minimum supported version", "Python 3.9 is required", "Python 3.8 is no longer
#: supported", "Python 3.7 support was removed", "Python 3.12 is now supported" (round 31's
#: quilldiff d4: a changelog's "is now the minimum" against a README's "3.9 or newer").
_ROLE_AFTER = (
    ("minimum", r"(?:is|are)[ \t]+(?:now[ \t]+)?(?:the[ \t]+)?(?:new[ \t]+)?"
                r"(?:minimum|oldest|lowest|earliest)\b(?![ \t]+(?:for|of)\b)"
                r"(?:[ \t]+(?:supported|required))?(?:[ \t]+(?:version|release))?"
                r"|(?:is|are)[ \t]+(?:now[ \t]+)?(?:required|needed)\b"),
    ("maximum", r"(?:is|are)[ \t]+(?:now[ \t]+)?the[ \t]+(?:maximum|newest|highest|latest)"
                r"[ \t]+(?:supported[ \t]+)?(?:version|release)\b"),
    ("dropped", r"(?:support[ \t]+)?(?:is|are|was|were|has[ \t]+been|have[ \t]+been)[ \t]+"
                r"(?:now[ \t]+)?(?:no[ \t]+longer[ \t]+supported|dropped|removed|unsupported)\b"
                r"|(?:reached|reaches|has[ \t]+reached)[ \t]+(?:its[ \t]+)?end[ \t]+of[ \t]+life\b"),
    ("supported", r"(?:is|are)[ \t]+(?:now[ \t]+)?(?:(?:also|officially|fully)[ \t]+)?supported\b"),
)  # fmt: skip
_ROLE_AFTER_RES = tuple(
    (role, re.compile(r"[ \t]+(?:" + pattern + ")", re.IGNORECASE)) for role, pattern in _ROLE_AFTER
)
_OR_OLDER_RE = re.compile(
    r"[ \t]*(?:or|and|&)[ \t]+(?:older|earlier|lower|below)\b|[ \t]+maximum\b", re.IGNORECASE
)
#: Words before a product that give its release a role, nearest last; the clause they stand in.
_BEFORE_ROLES = (
    ("minimum", r"\b(?:at\s+least|minimum|min\.|oldest|earliest|lowest|no\s+older\s+than"
                r"|requires?|required|requiring|needs?|depends\s+on)\b"),
    ("maximum", r"\b(?:at\s+most|maximum|newest|highest|up\s+to|no\s+newer\s+than)\b"),
    ("tested", r"\b(?:tested|tests|test\s+suite|CI|verified|validated|certified)\b"),
    ("dropped", r"\b(?:(?:dropped|drops|dropping|removed|removes|ended|ends|deprecated)"
                r"(?:\s+support\s+for)?|no\s+longer\s+support(?:s|ed)?|end\s+of\s+life)\b"),
    ("supported", r"\b(?:supports?|supported|compatible|works\s+(?:on|with)|runs\s+on)\b"),
    # What a tool reads, checks or writes, not what it runs on: "It can check code written for
    # Python 3.7 and newer" beside "lintkit requires Python 3.9 or newer to run".
    ("target", r"\b(?:(?:code|scripts?|programs?|projects?|files?)\s+(?:written\s+)?(?:for|in)"
               r"|written\s+for|targets?|targeting|syntax\s+of|compiles?\s+to)\b"),
)  # fmt: skip
_CLAUSE_BREAK_RE = re.compile(r"[.;!?]\s|\n\s*\n|\|")
#: How far before a product's name the words of its role may stand (a clause, about).
_BEFORE = 60


@dataclass(frozen=True)
class Requirement:
    """One version of a product that a document requires, supports or was tested on."""

    span: tuple[int, int]
    """[start, end) of the product's name, its release(s) and the words of its bound."""
    product: str
    """The product's id: its key in ``PRODUCTS``, or the slug of a name read with
    ``_NAMED_RE``."""
    role: str
    """``minimum``, ``maximum``, ``supported``, ``tested``, ``dropped``, or ``target``: the
    versions of the code a tool reads or writes ("checks code written for Python 3.7 and newer"),
    never compared with what it runs on."""
    value: str
    """The value in the claims-file grammar: ``>=v3.9``, ``v1.21-v1.23``, ``v22.04``."""
    qualifier: Qualifier
    low: float
    """The sort key of the (first) release (``versions.key``)."""
    high: float
    """The sort key of the last release; ``low`` for one release."""
    releases: tuple[tuple[int, int], ...]
    """[start, end) of each release as written: where no number of the text is a quantity."""
    name: str = ""
    """The product's name as written, for a product outside ``PRODUCTS``."""

    @property
    def label(self) -> str:
        """The subject's label: "Minimum Python version", "Supported Go versions"."""
        name = PRODUCTS[self.product][0] if self.product in PRODUCTS else self.name
        return {
            "minimum": f"Minimum {name} version",
            "maximum": f"Newest {name} version supported",
            "supported": f"Supported {name} versions",
            "tested": f"{name} versions tested on",
            "dropped": f"{name} version dropped",
            "target": f"{name} versions of the code it handles",
        }[self.role]

    @property
    def subject_id(self) -> str:
        """The subject's id: ``python-minimum-version``; one per product and role."""
        return f"{self.product}-{self.role}-version"


def product_versions(text: str) -> list[tuple[int, int]]:
    """[start, end) of every release that follows a product's name in ``text``: versions of
    products, none of which is a quantity (whether or not a role is read for it)."""
    return [span for match in _VERSION_RE.finditer(text) for span in _release_spans(match)]


def _release_spans(match: re.Match[str]) -> list[tuple[int, int]]:
    """[start, end) of each release a match writes: the first, a range's end, a list's."""
    spans = [match.span("low")]
    if match["high"] is not None:
        spans.append(match.span("high"))
    if match["list"] is not None:
        at = match.start("list")
        spans += [(at + m.start(), at + m.end()) for m in _LISTED_RE.finditer(match["list"])]
    return spans


def find_requirements(text: str) -> list[Requirement]:
    """The versions of products ``text`` requires, supports or was tested on, in text order."""
    found = []
    for match in _VERSION_RE.finditer(text):
        requirement = _read(text, match)
        if requirement is not None:
            found.append(requirement)
    known = [r.span for r in found] + product_versions(text)
    own = _own_name(text)
    for match in _NAMED_RE.finditer(text):
        name = match["name"]
        if name.lower() in _NOTNAMES or name.lower() in NAMES or name.lower() == own:
            continue
        if any(a < match.end() and match.start() < b for a, b in known):
            continue
        low = match["low"]
        key = versions.key(versions.release(low))
        found.append(
            Requirement(
                match.span(),
                slug(name),
                "minimum",
                f">=v{low}",
                Qualifier.GE,
                key,
                key,
                (match.span("low"),),
                name,
            )
        )
    return sorted(found, key=lambda r: r.span)


def _own_name(text: str) -> str:
    """The documented tool's name, lower case: its page's first heading's first word ("#
    queuekit"), whose releases are never requirements; "" without a heading."""
    heading = _HEADING_RE.search(text, 0, 2000)
    return heading[1].lower() if heading else ""


def _release(written: str) -> str | None:
    """A release as the grammar writes it ("3.x" is 3), or None when it is none."""
    written = re.sub(r"\.[xX*]$", "", written)
    try:
        versions.release(written)
    except versions.VersionError:
        return None
    return written


def _read(text: str, match: re.Match[str]) -> Requirement | None:
    product = NAMES[match["name"].lower()]
    spans = _release_spans(match)
    written = [_release(text[a:b]) for a, b in spans]
    if any(w is None for w in written):
        return None
    releases = [w for w in written if w is not None]
    end = match.end()
    role = ""
    qualifier = Qualifier.EQ
    op = match["op"] or ""
    single = len(releases) == 1
    after = _OR_NEWER_RE.match(text, end) if single else None
    older = _OR_OLDER_RE.match(text, end) if single else None
    if single and (match["plus"] or op in (">=", "≥", "=>", "^", "~=") or after):
        role, qualifier = "minimum", Qualifier.GE
        end = after.end() if after else end
    elif single and (op in ("<=", "≤") or older):
        role, qualifier = "maximum", Qualifier.LE
        end = older.end() if older else end
    if not role and single:
        role, end = _role_after(text, end)
        qualifier = {"minimum": Qualifier.GE, "maximum": Qualifier.LE}.get(role, Qualifier.EQ)
    start = match.start()
    said = _role_before(_clause_before(text, start))
    if not said and not role and single:
        # A table's column says it: "| Dependency | Minimum version |" above "| Python | 3.9 |".
        said = column_role(text, match.span("low"))
    if not role:
        if said in ("minimum", "maximum") and single:
            role = said
            qualifier = Qualifier.GE if said == "minimum" else Qualifier.LE
        elif said in ("tested", "supported") or (said == "dropped" and single):
            role = said
        elif _SUPPORT_RE.match(text, end):
            role = "supported"
        elif match["high"] is not None and _FROM_RE.search(text, 0, start) is None:
            role = "supported"  # "Go 1.21 to 1.23"; not "upgrade from PostgreSQL 11 to 12"
    elif said == "tested" and qualifier is Qualifier.EQ:
        role = "tested"
    if said == "target" and role:
        role = "target"  # the versions of the code it handles, whatever the bound
    if not role or (role in ("minimum", "maximum", "dropped") and not single):
        return None
    keys = sorted((versions.key(versions.release(w)), w) for w in releases)
    (low_key, low), (high_key, high) = keys[0], keys[-1]
    if match["high"] is not None and keys != [
        (versions.key(versions.release(w)), w) for w in releases
    ]:
        return None  # "12 to 9": no range
    if low_key == high_key:
        value = ("" if qualifier is Qualifier.EQ else qualifier.value) + f"v{low}"
    else:
        value = f"v{low}-v{high}"
    return Requirement(
        (start, end), product, role, value, qualifier, low_key, high_key, tuple(spans)
    )


def _role_after(text: str, end: int) -> tuple[str, int]:
    """The role the predicate right after a release gives it, and where those words end; ("",
    ``end``) when none: "Python 3.11 is now the minimum supported version" (``minimum``), "Node
    18 reached end of life" (``dropped``)."""
    for role, pattern in _ROLE_AFTER_RES:
        said = pattern.match(text, end)
        if said is not None:
            return role, said.end()
    return "", end


def _clause_before(text: str, start: int) -> str:
    """Up to ``_BEFORE`` characters before ``start``, from the last clause break in them."""
    window = text[max(0, start - _BEFORE) : start]
    breaks = list(_CLAUSE_BREAK_RE.finditer(window))
    return window[breaks[-1].end() :] if breaks else window


_ROLE_RES = tuple((role, re.compile(pattern, re.IGNORECASE)) for role, pattern in _BEFORE_ROLES)


def _role_before(before: str) -> str:
    """The role the words nearest before a product's name give its release, or "". Words of a
    bound outrank "supported" in one clause: "the minimum supported Rust version"."""
    best = ("", -1)
    bounds = ""
    for role, pattern in _ROLE_RES:
        for match in pattern.finditer(before):
            if role in ("minimum", "maximum") and not bounds:
                bounds = role
            if match.end() > best[1]:  # the nearest; of two ending together, the first
                best = (role, match.end())
    return bounds if best[0] == "supported" and bounds else best[0]
