"""What a finding kind is: the Rule every module of ``factcheck.rules`` declares, and the evidence
its finder reads."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from factcheck.corpus.model import Claim, Context, Corpus
from factcheck.report.findings import Finding, Kind, Location, Severity
from factcheck.report.results import ClaimResult, Group, Relation
from factcheck.values.quantity import Quantity, normalized


@dataclass(frozen=True)
class Evidence:
    """What the check established about a corpus: what every rule looks for findings in."""

    corpus: Corpus
    """The checked corpus."""
    results: Mapping[str, ClaimResult]
    """Every claim's result by id, in claims-file order."""
    groups: Mapping[str, tuple[Group, ...]]
    """Value groups by subject id."""
    relations: tuple[Relation, ...]
    """How comparable groups relate."""
    uncovered: Mapping[str, tuple[Location, ...]] | None = None
    """Numbers that no claim's quote covers, by source id (source order); None when coverage was
    not asked for."""
    found: tuple[Finding, ...] = ()
    """The findings of the rules before this one in the registry, acceptances applied."""


Finder = Callable[[Evidence], Iterable[Finding]]
"""A rule's finder: the findings of its kind in the evidence, fingerprinted, not suppressed."""


@dataclass(frozen=True)
class Sarif:
    """What SARIF viewers show about a finding kind (its rule in the log's driver)."""

    name: str
    """Rule name in UpperCamelCase, e.g. ``ConflictingClaims``."""
    short: str
    """``shortDescription``: one sentence."""
    full: str
    """``fullDescription``: what the finding means."""
    help: str
    """``help``: what to do about it."""


@dataclass(frozen=True)
class Section:
    """A kind the readable report has a section for, and that the summaries count."""

    title: str
    """Heading of its section in the terminal report, e.g. ``Conflicts``."""
    place: int
    """Where it comes among the report's sections and in the summaries, lowest first (the
    terminal report puts its consensus at 20 and per-source consistency at 90)."""
    counted: str
    """The word after a count of them, as the summaries print it, and the JSON ``summary`` key:
    ``conflicts``, ``unsupported``."""
    one: str
    """The word after a count of one, where the readable summary agrees in number: ``conflict``."""

    def count(self, n: int) -> str:
        """``1 conflict``, ``2 conflicts``."""
        return f"{n} {self.one if n == 1 else self.counted}"


@dataclass(frozen=True)
class Rule:
    """Everything about one finding kind that is not its finding's own data."""

    kind: Kind
    """The kind it finds (the JSON contract's name)."""
    severity: Severity
    """Its default severity: ``--fail-on`` levels and SARIF levels derive from it."""
    noun: str
    """What one finding is called in a sentence: ``conflict``, ``unanchored claim``."""
    sarif: Sarif
    """Its SARIF rule texts."""
    find: Finder
    """Its finder."""
    acceptable: bool = False
    """Whether a claim may accept it in its ``accept`` list (with a note saying why)."""
    section: Section | None = None
    """Its section in the readable report and count in the summaries; None for kinds only the
    linter-style outputs list."""


def value_identity(
    quantity: Quantity | None, label: str | None, unit: str | None, context: Context
) -> list[object]:
    """A value as fingerprints hash it: its numbers in the subject's unit (exact floats, to
    ``SIGNIFICANT`` digits), unit, qualifier and context; a label as written. Never display text,
    so that printing values differently keeps every fingerprint."""
    where = [list(pair) for pair in context]
    if quantity is None:
        return ["label", label, where]
    q = quantity
    numbers = [normalized(q.lo), normalized(q.hi)]
    return [*numbers, unit, str(q.qualifier), q.is_range, where]


def claim_identity(corpus: Corpus, claim: Claim) -> list[object]:
    """A claim's value as fingerprints hash it (``value_identity``)."""
    unit = corpus.subjects[claim.subject].unit
    return value_identity(claim.quantity, claim.value.label, unit, claim.context)


def group_identity(corpus: Corpus, group: Group) -> list[object]:
    """A value group's value as fingerprints hash it (``value_identity``)."""
    unit = corpus.subjects[group.subject].unit
    return value_identity(group.quantity, group.label, unit, group.context)
