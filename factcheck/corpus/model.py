"""The validated corpus: sources, subjects and claims as immutable typed values."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck._perf import quick_init
from factcheck.text.documents import Text
from factcheck.text.filemap import FileMap, html_file_map
from factcheck.values.grammar import Value
from factcheck.values.quantity import Quantity, Tolerance
from factcheck.values.units import Conversion

if TYPE_CHECKING:
    import pandas as pd

    from factcheck.corpus.yamlread import YamlDoc


class SourceKind(StrEnum):
    ARTICLE = "article"
    """A document under review (the default)."""
    REFERENCE = "reference"
    """Primary evidence, e.g. a trial abstract: its claims are never unsupported."""


class SubjectKind(StrEnum):
    VALUE = "value"
    """One true number: claims agree if their intervals overlap."""
    RANGE = "range"
    """The quantity is itself a range: two ranges agree only if both ends match."""
    LABEL = "label"
    """Categorical: equal labels agree."""


class Review(StrEnum):
    DRAFT = "draft"
    REVIEWED = "reviewed"
    IGNORED = "ignored"


@dataclass(frozen=True)
class Source:
    """One document the claims quote."""

    id: str
    path: str
    """As written in the claims file, relative to it; in the set form (claims in several files)
    relative to where the claims were named from, as the claims file's folder joined to it."""
    file: Path
    """Resolved path on disk."""
    kind: SourceKind
    text: Text
    """What factcheck reads from the document."""
    title: str | None = None
    url: str | None = None
    markup: str | None = field(default=None, repr=False, compare=False)
    """An HTML source's own file text, to place findings in the file rather than in ``text``."""
    claims_file: int = 0
    """The claims file that declares it: an index into ``Corpus.files``."""
    date: str | None = None
    """When the document was written or last updated, ISO (``2025-03-03``) or a year; values
    such as ``~20 years ago`` count back from its year."""

    @property
    def year(self) -> int | None:
        """The year of ``date``, or None."""
        found = re.match(r"\s*(\d{4})", self.date or "")
        return int(found.group(1)) if found else None

    def file_region(self, span: tuple[int, int]) -> tuple[int, int, int, int] | None:
        """1-based (line, column, end line, end column past the end) of a [start, end) span of
        ``text`` in the file itself, when they differ (HTML); None otherwise."""
        file_map = self._file_map
        if file_map is None:
            return None
        line, column = file_map.position(span[0])
        end_line, end_column = file_map.position(max(span[0], span[1] - 1))
        return line, column, end_line, end_column + 1

    @cached_property
    def _file_map(self) -> FileMap | None:
        return html_file_map(self.markup) if self.markup is not None else None


@dataclass(frozen=True)
class Subject:
    """One quantity or category that several sources speak about."""

    id: str
    label: str
    unit: str | None
    """Canonical unit (pint syntax); None for counts, years, labels."""
    kind: SubjectKind
    tolerance: Tolerance
    terms: tuple[str, ...] = ()
    conversions: tuple[Conversion, ...] = ()
    """Its own rates for units pint cannot convert (IU to µg of one vitamin), sorted by unit."""


Context = tuple[tuple[str, str], ...]
"""Sorted (key, value) pairs, e.g. (("arm", "placebo"), ("population", "adults"))."""


@quick_init
@dataclass(frozen=True, slots=True)
class Claim:
    """What one source says about one subject, with the quote that says it."""

    id: str
    source: str
    subject: str
    value: Value
    """As written (unit as written)."""
    quantity: Quantity | None
    """The value in the subject's unit; None for labels."""
    quote: str
    context: Context = ()
    cites: tuple[str, ...] = ()
    review: Review = Review.REVIEWED
    note: str | None = None
    accept: tuple[str, ...] = ()
    """Finding kinds a reviewer accepted for this claim (reported as suppressed)."""
    index: int = 0
    """Position in its claims file's list of claims, for locating it there."""
    claims_file: int = 0
    """The claims file it is in: an index into ``Corpus.files``."""
    link_chance: float | None = None
    """How likely this claim states the same quantity as the other sources' claims of its
    subject, as the pair model that put it there judged (``link_chance:``, written by `extract`)."""

    @property
    def unsure_link(self) -> float | None:
        """The chance its grouping is right when that is below ``UNSURE`` and nobody has reviewed
        it (a reviewed claim's grouping was looked at); else None."""
        chance = self.link_chance
        if chance is None or chance >= UNSURE or self.review is not Review.DRAFT:
            return None
        return chance


UNSURE = 0.5
"""A draft the pair model joined to other sources' claims below this chance: a conflict it is in
says "grouping unsure" (and `extract` counts it as worth a look)."""


@dataclass(frozen=True, slots=True)
class Rejection:
    """A draft a reviewer rejected (``status: rejected``) or deleted (then listed under
    ``rejected:`` by `extract`): not a claim, so `check` leaves it out, and `extract` does not
    draft it again."""

    source: str
    quote: str
    value: str | None
    """The value rejected as written; None for every figure the quote states."""
    claims_file: int = 0
    path: tuple[str | int, ...] = ()
    """Where it is in its claims file: ``("claims", 3)`` or ``("rejected", 0)``."""
    id: str | None = None
    """A rejected claim's id (no new claim may take it); None for a ``rejected:`` entry."""


CHANGE = "change"
"""The context key of a change: ``change: up`` for "rose 5%", ``change: down`` for "fell 5%".
A claim without it states a level, and a change never compares with a level or with a change
the other way ("rose 5%" and "the rate is 5%" agree on no quantity): as with every key (see
``compatible``)."""


def compatible(a: Context, b: Context) -> bool:
    """Whether two claims with these contexts are compared: when they agree on every key either
    defines. A key that only one of them has makes that claim a special case (a condition, a
    phase, a population, the source of the figure) of what the other states in general, so the
    two are related, never in conflict: marking one claim ``condition: dermatology`` takes it out
    of the general comparison. So is ``CHANGE``: a change never compares with a level."""
    return a == b


@dataclass(frozen=True)
class ClaimsFile:
    """One claims file of a corpus."""

    path: str
    """As the user named it, or as found in a folder the user named."""
    document: YamlDoc | None = None
    """The parsed file, to locate claims in it (e.g. for unanchored quotes)."""


@dataclass(frozen=True)
class Corpus:
    """Loaded, validated claims (from one claims file or several) and the documents they quote."""

    path: str
    """The claims as the user named them: the claims file, or in the set form a folder (or the
    first of several files and how many more)."""
    sources: Mapping[str, Source]
    subjects: Mapping[str, Subject]
    claims: tuple[Claim, ...]
    files: tuple[ClaimsFile, ...] = ()
    """The claims files, in the order their claims come in ``claims``."""
    several: bool = False
    """The set form: the claims were named as a folder or several files. Source paths are then
    relative to where they were named from (``Source.path``)."""
    rejected: tuple[Rejection, ...] = ()
    """Drafts rejected by a reviewer: not claims; their quotes count as covered (reviewed)."""

    @property
    def document(self) -> YamlDoc | None:
        """The parsed claims file (the first one, in the set form)."""
        return self.files[0].document if self.files else None

    def file_of(self, item: Claim | Source) -> str:
        """The path of the claims file a claim is in, or that declares a source."""
        return self.files[item.claims_file].path if self.files else self.path

    def locate_claim(self, claim: Claim, key: str, *inner: str | int) -> tuple[int, int]:
        """1-based (line, column) of a claim's key (or an item in it, e.g. ``"accept", 1``) in its
        claims file, or (0, 0) if unknown."""
        document = self.files[claim.claims_file].document if self.files else None
        if document is None:
            return 0, 0
        return document.locate(("claims", claim.index, key, *inner))

    def to_frame(self) -> pd.DataFrame:
        """One row per claim: id, source, subject, value, low, high, unit, context, review."""
        import pandas as pd

        rows = [
            {
                "id": c.id,
                "source": c.source,
                "subject": c.subject,
                "value": c.value.text,
                "low": c.quantity.lo if c.quantity else None,
                "high": c.quantity.hi if c.quantity else None,
                "unit": self.subjects[c.subject].unit,
                "label": c.value.label,
                "context": ", ".join(f"{k}={v}" for k, v in c.context),
                "review": str(c.review),
                "quote": c.quote,
            }
            for c in self.claims
        ]
        return pd.DataFrame(rows, columns=list(rows[0]) if rows else None)


def reviewed_only(corpus: Corpus) -> Corpus:
    """The corpus without its drafts (nor ignored claims): what reviewers have accepted."""
    kept = tuple(c for c in corpus.claims if c.review is Review.REVIEWED)
    return replace(corpus, claims=kept)
