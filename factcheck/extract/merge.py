"""Merge draft claims into a claims file's text with a ruamel.yaml round trip (edits survive)."""

from __future__ import annotations

import datetime
import io
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import ConstructorError, RoundTripConstructor
from ruamel.yaml.error import YAMLError
from ruamel.yaml.scalarstring import SingleQuotedScalarString

from factcheck.corpus.model import UNSURE
from factcheck.corpus.yamlprecise import nesting_problem
from factcheck.extract.drafts import Document, Draft
from factcheck.extract.grouping.reference import reference_rates
from factcheck.extract.ids import slug, unique
from factcheck.extract.rejections import DRAFTED_COMMENT, REJECTED_COMMENT, Rejected, draft_key
from factcheck.extract.spans import Spans
from factcheck.problems import Problem
from factcheck.text.documents import Text, normalize
from factcheck.values.units import CURRENCIES

_NEW_FILE_HEADER = (
    "# Claims drafted by `factcheck extract`: review each draft, fix its subject and value, then\n"
    "# set `status: reviewed` (or `ignored`). A wrong draft: delete it or set `status: rejected`;\n"
    "# extract does not draft it again. `link_chance`: how likely a draft states the same quantity\n"
    '# as the other sources\' claims of its subject; below 0.5 a conflict says "grouping unsure".\n'
)
_RATE_DIGITS = 6
_ITEM_RE = re.compile(r"^(?P<offset> *)- +(?P<key>\S)", re.MULTILINE)


@dataclass(frozen=True)
class Elsewhere:
    """What the other files of a folder of claims files hold, for merging drafts into one of
    them: ids stay unique across the files, a number another file's claim quotes is not drafted
    again, and new subjects are left for the folder's subjects file (``MergeResult.subjects``)."""

    sources: Mapping[str, str] = field(default_factory=dict)
    """Document path (as ``Document.path``) to the id of its source: declared in another file,
    or to be declared in this one under that id (then ``declare`` holds the path)."""
    declare: frozenset[str] = frozenset()
    """Document paths whose source this file declares anew."""
    source_ids: frozenset[str] = frozenset()
    """Source ids taken elsewhere."""
    subject_ids: frozenset[str] = frozenset()
    """Subjects declared elsewhere: drafts of one use it, and it is not declared again."""
    claim_ids: set[str] = field(default_factory=set)
    """Claim ids taken in the folder, shared by the merges into its files (not copied: a folder
    may hold a hundred thousand claims): the ids a merge gives are added to it."""
    claims: Mapping[str, Sequence[Mapping[str, Any]]] = field(default_factory=dict)
    """Source id to its claims in the other files (``quote`` and ``value`` as written)."""
    rejected: Mapping[str, Sequence[Mapping[str, Any]]] = field(default_factory=dict)
    """Source id to its ``rejected:`` entries in the other files (``quote``, ``value``)."""


@dataclass(frozen=True)
class NewSubject:
    """A subject that drafts need and no file declares yet, with the drafts that use it."""

    id: str
    drafts: tuple[Draft, ...]


@dataclass(frozen=True)
class MergeResult:
    """The merged claims file and what changed."""

    text: str
    """The new claims file text."""
    added_sources: int
    added_subjects: int
    added_claims: int
    skipped: int
    """Drafts left out because an existing claim already covers their span."""
    linked: int = 0
    """Added drafts the pair model put under one subject with other sources' claims."""
    unsure: int = 0
    """Of those, the ones it joined at a chance below ``UNSURE``."""
    subjects: tuple[NewSubject, ...] = ()
    """Merged with ``elsewhere``: the new subjects the added claims use, for another file."""
    rejected: int = 0
    """Drafts left out because a reviewer rejected them (``rejected:``, ``status: rejected``)."""
    deleted: int = 0
    """Drafts left out because a reviewer deleted them since an earlier extract wrote them:
    now listed under ``rejected:``."""


class MergeError(ValueError):
    """The existing claims file cannot be merged into (not YAML, or not a mapping)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


#: Characters of the longest integer scalar merged (Python cannot print an int of 4,300 digits).
MAX_INT_LENGTH = 1000


class _BoundedConstructor(RoundTripConstructor):
    """The round-trip constructor, refusing integers too long to be numbers anyone wrote."""

    def construct_yaml_int(self, node: Any) -> Any:
        if len(str(node.value)) > MAX_INT_LENGTH:
            raise ConstructorError(
                None, None, f"an integer of over {MAX_INT_LENGTH} digits", node.start_mark
            )
        return super().construct_yaml_int(node)


_BoundedConstructor.add_constructor("tag:yaml.org,2002:int", _BoundedConstructor.construct_yaml_int)


def _yaml_for(existing: str) -> YAML:
    """A round-trip YAML that re-emits ``existing`` with its own indentation and no re-wrapping."""
    yaml = YAML(typ="rt")
    yaml.Constructor = _BoundedConstructor
    yaml.preserve_quotes = True
    yaml.width = 1_000_000
    match = _ITEM_RE.search(existing)
    offset = len(match.group("offset")) if match else 2
    yaml.indent(mapping=2, sequence=offset + 2, offset=offset)
    yaml.explicit_start = existing.lstrip().startswith("---")
    return yaml


def merge(
    existing: str | None,
    documents: Sequence[Document],
    display: str,
    *,
    elsewhere: Elsewhere | None = None,
) -> MergeResult:
    """The claims file ``existing`` (None: a new file) with the documents' drafts added.

    A byte-order mark and CRLF line ends of the existing file are kept. With ``elsewhere`` (what
    the other files of a folder of claims files hold) the file is one of a set: new subjects are
    not declared in it but returned, and a section is added only when something goes in it.
    """
    others = elsewhere or Elsewhere()
    text = _Text.of(existing)
    yaml = _yaml_for(text.body or "")
    fresh = _new_file if elsewhere is None else _version_only
    data = _load(yaml, text.body, display, fresh) if text.body else fresh()
    if elsewhere is None:  # one claims file holds every section
        sources, subjects, claims = (_section(data, k, display) for k in _SECTIONS[1:4])
    else:
        sources, subjects, claims = (_listed(data, k, display) for k in _SECTIONS[1:4])
    rejected = _listed(data, "rejected", display)
    record = _record(data, display)
    source_ids = {str(s.get("path")): str(s.get("id")) for s in sources if isinstance(s, Mapping)}
    taken_source_ids = set(source_ids.values()) | others.source_ids
    subject_ids = {str(s.get("id")) for s in subjects if isinstance(s, Mapping)}
    subject_ids |= others.subject_ids
    claim_ids = others.claim_ids
    claim_ids.update(str(c.get("id")) for c in claims if isinstance(c, Mapping))
    tried_claim_ids: dict[str, int] = {}
    counts = dict.fromkeys(
        ("sources", "subjects", "claims", "skipped", "linked", "unsure", "rejected", "deleted"), 0
    )
    new_subjects: dict[str, list[Draft]] = {}
    # Each source's claims, found once (not by scanning every claim once per document).
    by_source: dict[object, list[Mapping[str, Any]]] = {}
    for claim in claims:
        if isinstance(claim, Mapping):
            by_source.setdefault(claim.get("source"), []).append(claim)
    refusals: dict[object, list[Mapping[str, Any]]] = {}
    for entry in rejected:
        if isinstance(entry, Mapping):
            refusals.setdefault(entry.get("source"), []).append(entry)
    for document in documents:
        source_id = source_ids.get(document.path)
        if source_id is None and document.path not in others.declare:
            source_id = others.sources.get(document.path)
        if source_id is None:
            source_id = others.sources.get(document.path) or unique(
                _slug(document.path.rsplit("/", 1)[-1].rsplit(".", 1)[0]), taken_source_ids
            )
            source_ids[document.path] = source_id
            entry = CommentedMap([("id", source_id), ("path", document.path)])
            if document.title:
                entry["title"] = _plain_spaces(document.title)
            sources.append(entry)
            counts["sources"] += 1
            record.pop(source_id, None)  # a source declared anew starts a new record
        if document.date is not None and any(d.elapsed for d in document.drafts):
            _date_source(sources, source_id, document.date)
        own = by_source.setdefault(source_id, [])
        quoted = [*own, *others.claims.get(source_id, ())]
        found = Text(document.text)
        covered = Spans(_covered_spans(quoted, source_id, found))
        # Advice in words is covered by label claims only: "4.5 mg each night" is a dose and a
        # time of day.
        labelled = Spans(_covered_spans([c for c in quoted if _label(c)], source_id, found))
        said = {(normalize(str(c.get("quote", ""))), str(c.get("value"))) for c in quoted}
        refused = Rejected(
            [*refusals.get(source_id, ()), *others.rejected.get(source_id, ())], found
        )
        written = record.get(source_id)
        keys = set(written) if isinstance(written, list) else set()
        for draft in document.drafts:
            start, end = draft.mention.span
            # Skip what a claim quotes already; an identical quote and value (text repeated
            # verbatim) would anchor to the same place, so it adds nothing either.
            same = (normalize(draft.quote), draft.value)
            spans = labelled if draft.label is not None else covered
            if same in said or spans.overlaps(start, end):
                counts["skipped"] += 1
                continue
            spans.add(start, end)
            said.add(same)
            if refused.rejects(draft):
                counts["rejected"] += 1
                continue
            key = draft_key(draft.quote, draft.value)
            if key in keys:  # written by an earlier extract, deleted since: rejected
                rejected.append(_rejection(source_id, draft))
                keys.discard(key)
                counts["deleted"] += 1
                continue
            keys.add(key)
            subject = draft.subject.id
            if subject not in subject_ids:
                new_subjects.setdefault(subject, []).append(draft)
            claim_id = unique(f"{source_id}-{subject}", claim_ids, tried_claim_ids)
            claim = _claim(claim_id, source_id, draft)
            claims.append(claim)
            own.append(claim)
            counts["claims"] += 1
            chance = draft.subject.link_chance
            if chance is not None:
                counts["linked"] += 1
                counts["unsure"] += chance < UNSURE
        if keys != set(written or ()):
            record[source_id] = _keys(written, keys)
    left: tuple[NewSubject, ...] = ()
    if elsewhere is None:
        for subject_id, members in new_subjects.items():
            subjects.append(_subject(subject_id, members))
            counts["subjects"] += 1
    else:
        left = tuple(NewSubject(k, tuple(v)) for k, v in new_subjects.items())
        for key, section in zip(_SECTIONS[1:4], (sources, subjects, claims), strict=True):
            if section and key not in data:
                _attach(data, key, section)
    kept: tuple[tuple[str, CommentedMap | CommentedSeq, str], ...] = (
        ("drafted", record, DRAFTED_COMMENT),
        ("rejected", rejected, REJECTED_COMMENT),
    )
    for key, kept_section, comment in kept:
        if kept_section and data.get(key) is None:  # new, or `key:` with nothing under it
            _attach(data, key, kept_section)
            data.yaml_add_eol_comment(comment, key, column=len(key) + 3)
    return MergeResult(
        text.dumped(yaml, data),
        counts["sources"],
        counts["subjects"],
        counts["claims"],
        counts["skipped"],
        counts["linked"],
        counts["unsure"],
        left,
        counts["rejected"],
        counts["deleted"],
    )


def _rejection(source_id: str, draft: Draft) -> CommentedMap:
    """The ``rejected:`` entry of a draft a reviewer deleted."""
    return CommentedMap(
        [
            ("source", source_id),
            ("quote", _plain_spaces(draft.quote)),
            ("value", _value(draft.value)),
        ]
    )


def _record(data: CommentedMap, display: str) -> CommentedMap:
    """The file's ``drafted:`` record (the loader checked its shape), or a new one not yet in
    the file."""
    record = data.get("drafted")
    if record is None:
        return CommentedMap()
    if not isinstance(record, CommentedMap):
        line, column = data.lc.key("drafted")
        message = "cannot merge: `drafted` is not a mapping"
        raise MergeError(Problem(display, line + 1, column + 1, message))
    return record


def _keys(written: Any, keys: set[str]) -> CommentedSeq:
    """A source's record: its keys in the order written, new ones after, on one line."""
    kept = [k for k in written or () if k in keys]
    ordered = CommentedSeq(
        SingleQuotedScalarString(k) for k in [*kept, *sorted(keys.difference(kept))]
    )
    ordered.fa.set_flow_style()
    return ordered


def _label(claim: Mapping[str, Any]) -> bool:
    """Whether a claim's value is a label (no digit): advice in words."""
    value = claim.get("value")
    return isinstance(value, str) and not any(ch.isdigit() for ch in value)


def _date_source(sources: CommentedSeq, source_id: str, date: datetime.date) -> None:
    """Give the source its document's date, unless it has one: "20 years ago" counts back from
    it (a reviewer may correct it)."""
    for source in sources:
        if isinstance(source, CommentedMap) and source.get("id") == source_id:
            if "date" not in source:
                source["date"] = SingleQuotedScalarString(date.isoformat())
            return


def declare_subjects(
    existing: str | None, subjects: Sequence[NewSubject], display: str
) -> MergeResult:
    """The claims file ``existing`` (None: a new file of subjects only) with ``subjects`` added:
    the file of a folder of claims files that declares the subjects its other files' drafts need."""
    text = _Text.of(existing)
    yaml = _yaml_for(text.body or "")
    data = _load(yaml, text.body, display, _version_only) if text.body else _version_only()
    declared = _listed(data, "subjects", display)
    for subject in subjects:
        declared.append(_subject(subject.id, list(subject.drafts)))
    if declared and "subjects" not in data:
        _attach(data, "subjects", declared)
    return MergeResult(text.dumped(yaml, data), 0, len(subjects), 0, 0)


_SECTIONS = ("version", "sources", "subjects", "claims", "drafted", "rejected")


@dataclass(frozen=True)
class _Text:
    """An existing claims file's text as merged (BOM and CRLF taken off), and how to give them back."""

    body: str | None
    """None for a new file."""
    bom: str
    newline: str

    @classmethod
    def of(cls, existing: str | None) -> _Text:
        if existing is None:
            return cls(None, "", "\n")
        bom = "\ufeff" if existing.startswith("\ufeff") else ""
        newline = "\r\n" if "\r\n" in existing else "\n"
        return cls(existing.removeprefix("\ufeff").replace("\r\n", "\n"), bom, newline)

    def dumped(self, yaml: YAML, data: CommentedMap) -> str:
        out = io.StringIO()
        if self.body is None:
            out.write(_NEW_FILE_HEADER)
        yaml.dump(data, out)
        return self.bom + out.getvalue().replace("\n", self.newline)


def _load(
    yaml: YAML, existing: str, display: str, fresh: Callable[[], CommentedMap]
) -> CommentedMap:
    # ruamel.yaml composes nodes recursively: 100,000 nested brackets would end in a
    # RecursionError. Check the depth first, without recursion, and say where it is too deep.
    deep = nesting_problem(existing, display)
    if deep is not None:
        raise MergeError(replace(deep, message=f"cannot merge: {deep.message}"))
    try:
        data = yaml.load(existing)
    except RecursionError:
        # Only if libyaml could not read what ruamel.yaml then nested too deep.
        raise MergeError(Problem(display, 0, 0, "cannot merge: nesting too deep")) from None
    except YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)
        message = getattr(error, "problem", None) or "not valid YAML"
        raise MergeError(Problem(display, line, column, f"cannot merge: {message}")) from None
    if data is None:  # comments only
        return fresh()
    if not isinstance(data, CommentedMap):
        raise MergeError(Problem(display, 1, 1, "cannot merge: the claims file is not a mapping"))
    return data


def _new_file() -> CommentedMap:
    return CommentedMap([("version", 1), ("sources", CommentedSeq()),
                         ("subjects", CommentedSeq()), ("claims", CommentedSeq())])  # fmt: skip


def _listed(data: CommentedMap, key: str, display: str) -> CommentedSeq:
    """The file's list under ``key``, or a new one not yet in the file (see ``_attach``)."""
    if data.get(key) is None:
        return CommentedSeq()
    return _section(data, key, display)


def _attach(data: CommentedMap, key: str, section: CommentedSeq | CommentedMap) -> None:
    """Put a new section in the file after the sections that come before it (version, sources,
    subjects, claims), and before those that come after it."""
    data.pop(key, None)  # `key:` with nothing under it
    later = _SECTIONS[_SECTIONS.index(key) + 1 :]
    keys = list(data)
    position = next((keys.index(k) for k in keys if k in later), len(keys))
    data.insert(position, key, section)


def _version_only() -> CommentedMap:
    return CommentedMap([("version", 1)])


def _section(data: CommentedMap, key: str, display: str) -> CommentedSeq:
    section = data.get(key)
    if section is None:
        section = CommentedSeq()
        data[key] = section
    if not isinstance(section, CommentedSeq):
        line, column = data.lc.key(key) if key in data else (0, 0)
        problem = Problem(display, line + 1, column + 1, f"cannot merge: `{key}` is not a list")
        raise MergeError(problem)
    return section


def _covered_spans(
    claims: Sequence[Mapping[str, Any]], source_id: str, text: Text
) -> list[tuple[int, int]]:
    """Spans of the document that existing claims of the source quote."""
    spans = []
    for claim in claims:
        if isinstance(claim, Mapping) and claim.get("source") == source_id:
            span = text.find(str(claim.get("quote", "")))
            if span is not None:
                spans.append(span)
    return spans


_BREAKS = re.compile(r"[ \t\u00a0]*[\n\r\x85\u2028\u2029][\s\x85\u2028\u2029]*")


def _plain_spaces(text: str) -> str:
    """Document text fit for the claims file, on one line: a line break and the white space
    around it become one space. A quote over a table's cells ("timeout_ms int 2000", one cell a
    line in a page's text) or a wrapped Markdown line reads as a phrase, and quote matching,
    which folds white space, still finds it; NEL, LS and PS (line breaks to YAML 1.1, so the
    claims reader refuses them) go with the rest."""
    return _BREAKS.sub(" ", text)


def _value(value: str) -> str:
    """A drafted value as the file writes it: a time of day quoted ('22:00'), which a YAML 1.1
    reader would take for a number of minutes (1320)."""
    return SingleQuotedScalarString(value) if ":" in value else value


def _claim(claim_id: str, source_id: str, draft: Draft) -> CommentedMap:
    claim = CommentedMap(
        [("id", claim_id), ("source", source_id), ("subject", draft.subject.id),
         ("value", _value(draft.value)), ("quote", _plain_spaces(draft.quote))]
    )  # fmt: skip
    if draft.subject.context:
        claim["context"] = CommentedMap(sorted(draft.subject.context.items()))
    claim["status"] = "draft"
    if draft.subject.link_chance is not None:
        claim["link_chance"] = round(draft.subject.link_chance, 2)
        claim.yaml_add_eol_comment("# same quantity as other sources?", "link_chance")
    return claim


def _subject(subject_id: str, members: list[Draft]) -> CommentedMap:
    first = members[0]
    subject = CommentedMap([("id", subject_id), ("label", _plain_spaces(first.subject.label))])
    if first.label is not None:  # advice in words
        subject["kind"] = "label"
        terms: Any = CommentedSeq(_plain_spaces(term) for term in first.subject.terms)
        terms.fa.set_flow_style()
        subject["terms"] = terms
        return subject
    # The first unit written: a bare number among them takes it ("5" beside "10 mg"). An
    # elapsed time ("~20 years ago") is a calendar year: years have no unit.
    unit = next(
        (d.mention.amount.unit for d in members if d.mention.amount.unit and d.elapsed is None), ""
    )
    if unit:
        subject["unit"] = unit
    ranged = any(not d.mention.amount.single for d in members)
    subject["kind"] = "range" if ranged else "value"
    if first.subject.terms:
        terms = CommentedSeq(_plain_spaces(term) for term in first.subject.terms)
        terms.fa.set_flow_style()
        subject["terms"] = terms
    rates = sorted({rate for d in members for rate in d.subject.rates})
    if rates:
        # The claims-file syntax: {IU: 0.025 µg}, the factor to _RATE_DIGITS significant digits.
        conversions: Any = CommentedMap(
            (rate.unit, f"{rate.factor:.{_RATE_DIGITS}g} {rate.other}") for rate in rates
        )
        conversions.fa.set_flow_style()
        subject["conversions"] = conversions
        reference = [rate for rate in rates if rate.source and _money(rate.unit) in CURRENCIES]
        if reference:
            # A rate no document states (a reference rate) drifts: the subject compares within
            # the pair's drift, and the file says where the rate comes from.
            found = reference_rates()
            tolerance = max(found.tolerance_for(_money(r.unit), _money(r.other)) for r in reference)
            subject["tolerance"] = f"{tolerance * 100:g}%"
            sources = ", ".join(sorted({rate.source for rate in reference}))
            subject.yaml_add_eol_comment(
                f"# reference rate, {sources}; no document states one", "conversions"
            )
        elif molar := sorted({rate.source for rate in rates if rate.source}):
            # A concentration converted by its analyte's molar mass: exact, so no tolerance.
            subject.yaml_add_eol_comment(f"# {'; '.join(molar)}", "conversions")
    if "tolerance" not in subject and (rounded := _rounding_tolerance(members)):
        # "19,000 feet" and "5,800 metres" are one altitude, each rounded as it was written:
        # figures in two units compare as far as their digits say.
        subject["tolerance"] = f"{rounded * 100:.2g}%"
        subject.yaml_add_eol_comment(
            "# figures in two units, as far as they are rounded", "tolerance"
        )
    return subject


#: The widest tolerance a subject takes from the rounding of its figures (``_rounding_tolerance``).
_ROUNDED_AT_MOST = 0.05


def _rounding_tolerance(members: list[Draft]) -> float:
    """How far apart, relative to them, round figures written in two units of one measure may
    lie and still be one amount: the coarsest figure's rounding, half the place of its last
    non-zero digit ("19,000 feet" stands for 18,500 to 19,500, 2.6 %; "5,800 metres" 0.86 %), at
    most ``_ROUNDED_AT_MOST``. None (0) unless every figure ends in zeros: a subject without a
    tolerance compares each number by its own rounding ("2 miles" is 1.5 to 2.5 miles), which a
    declared tolerance replaces; nor for figures in one unit, or in money (a rate's drift is
    ``reference_rates``')."""
    units = {_money(d.mention.amount.unit) for d in members if d.mention.amount.unit}
    if len(units) < 2 or not units.isdisjoint(CURRENCIES):
        return 0.0
    rounded = [_rounded(x) for d in members for x in {d.mention.amount.low, d.mention.amount.high}]
    return 0.0 if not all(rounded) else min(_ROUNDED_AT_MOST, max(rounded))


def _rounded(x: float) -> float:
    """Half the place of a whole figure's last non-zero digit, relative to it, when it ends in
    zeros (``500 / 19000`` for 19,000); 0 for any other figure (7, 4.5, 0)."""
    written = f"{abs(x):.12g}"
    if not x or "e" in written or "." in written or not written.endswith("0"):
        return 0.0
    return 0.5 * 10.0 ** (len(written) - len(written.rstrip("0"))) / abs(x)


def _money(unit: str) -> str:
    """The currency a money unit counts in (pence are pounds)."""
    return {"GBp": "GBP", "USc": "USD", "sen": "MYR", "paisa": "INR"}.get(unit, unit)


def _slug(text: str) -> str:
    return slug(text) or "source"
