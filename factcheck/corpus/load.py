"""Load claims.yaml: parse, validate every rule at once, read the sources, build a Corpus."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

from factcheck import files
from factcheck._perf import paused_gc
from factcheck.corpus.messages import structure_issues, suggest, type_name
from factcheck.corpus.model import Claim, Corpus, Review, Source, SourceKind, Subject, SubjectKind
from factcheck.corpus.schema import ClaimModel, ClaimsFileModel, SourceModel, SubjectModel
from factcheck.corpus.yamlread import YamlDoc, read_yaml
from factcheck.problems import InputError, Problem, YamlPath
from factcheck.text.documents import HTML_SUFFIXES, DocumentError, Text, html_text, read_file_text
from factcheck.values.grammar import (
    Qualifier,
    Value,
    ValueSyntaxError,
    normalize_unit,
    parse_value,
    shown,
)
from factcheck.values.quantity import Quantity, before, parse_tolerance, quantify
from factcheck.values.units import Conversion, UnitError, Units

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class _Issue:
    """A problem found in the data, located later (only invalid files pay for locating)."""

    path: YamlPath
    message: str
    key: bool = False


def load(
    path: str | Path,
    *,
    root: str | Path | None = None,
    units: Units | None = None,
    documents: bool = True,
    content: bytes | None = None,
) -> Corpus:
    """Load and validate a claims file and the sources it names.

    Raises InputError carrying every located problem. Source paths must stay inside the claims
    file's folder or ``root`` (default: the working directory), so that a change to the claims
    file cannot make CI quote files from elsewhere on the machine.

    With ``documents=False`` only the claims file is read and validated, as `check` validates it:
    the sources' files are neither looked for nor read (their text is empty), for tools that
    need its subjects and claims but not the documents (`extract` drafting into it). ``content``
    is the claims file's bytes when the caller has read them already (`extract` validates the
    very text it merges into).
    """
    display = str(path)
    claims_file = Path(path)
    try:
        raw = files.read_bytes(display, what="claims file") if content is None else content
    except files.ReadError as error:
        if not error.missing:
            raise
        hint = "claims file not found (draft one from your documents: `factcheck extract DOCS -o"
        raise InputError([Problem(display, 0, 0, f"{hint} {display}`)")]) from None
    with paused_gc():
        document = read_yaml(raw, display)
        try:
            base = claims_file.resolve().parent
            roots = (base, Path(root).resolve() if root is not None else Path.cwd().resolve())
        except (OSError, RuntimeError, ValueError) as error:  # a symlink loop, a NUL
            raise InputError([Problem(display, 0, 0, f"cannot resolve a path: {error}")]) from None
        builder = _Builder(document.data, base, roots, units or Units(), documents)
        corpus = builder.build(display, document)
    if builder.issues:
        raise InputError([_locate(display, document, issue) for issue in builder.issues])
    return corpus


def _locate(display: str, document: YamlDoc, issue: _Issue) -> Problem:
    line, column = document.locate(issue.path, key=issue.key)
    return Problem(display, line, column, issue.message)


class _Builder:
    """Checks the parsed data rule by rule, collecting issues, and builds what is valid."""

    def __init__(
        self, data: Any, base: Path, roots: tuple[Path, Path], units: Units, documents: bool
    ) -> None:
        self.data = data
        self.base = base
        self.roots = roots
        self.units = units
        self.documents = documents
        self.issues: list[_Issue] = []
        self._values: dict[tuple[type, object], Value] = {}
        self._quantities: dict[tuple[int, str | None, bool, tuple[Conversion, ...]], Quantity] = {}

    def fail(self, path: YamlPath, message: str, *, key: bool = False) -> None:
        self.issues.append(_Issue(path, message, key))

    def build(self, display: str, document: YamlDoc) -> Corpus:
        data = self.data
        if not isinstance(data, dict):
            self.fail((), "a claims file must be a mapping with version, sources, subjects, claims")
            return Corpus(display, {}, {}, (), document)
        fields = list(ClaimsFileModel.model_fields)
        for key in data:
            if key not in fields:
                self.fail(
                    (key,), f'unknown top-level key "{key}"{suggest(str(key), fields)}', key=True
                )
        if "version" not in data:
            self.fail((), 'missing required key "version" (use "version: 1")')
        elif data["version"] != 1 or isinstance(data["version"], bool):
            version = repr(data["version"])
            self.fail(
                ("version",),
                f"unsupported version {version if len(version) <= 40 else shown(version)}: "
                "this factcheck reads version 1",
            )
        if "sources" not in data:
            self.fail((), 'missing required key "sources"')
        sources = self._sources(self._items("sources", SourceModel))
        subjects = self._subjects(self._items("subjects", SubjectModel))
        claims = self._claims(self._items("claims", ClaimModel), sources, subjects)
        return Corpus(display, sources, subjects, claims, document)

    # -- structure ---------------------------------------------------------------------------

    def _items(self, section: str, model: type[M]) -> list[tuple[int, M]]:
        """Validate one list section; fast as a whole, item by item only when something is wrong."""
        raw = self.data.get(section, [])
        if raw is None:
            raw = []
        if not isinstance(raw, list):
            self.fail((section,), f'"{section}" must be a list, not {type_name(raw)}')
            return []
        try:
            return list(enumerate(TypeAdapter(list[model]).validate_python(raw)))  # type: ignore[valid-type]
        except ValidationError:
            pass
        valid: list[tuple[int, M]] = []
        for index, item in enumerate(raw):
            try:
                valid.append((index, model.model_validate(item)))
            except ValidationError as error:
                for path, message, key in structure_issues((section, index), item, model, error):
                    self.fail(path, message, key=key)
                if all(e["type"] == "extra_forbidden" for e in error.errors()):
                    # Unknown keys are reported; the rest of the item is still checked.
                    known = {k: v for k, v in item.items() if k in model.model_fields}
                    valid.append((index, model.model_validate(known)))
        return valid

    # -- sections ----------------------------------------------------------------------------

    def _unique(self, section: str, items: list[tuple[int, M]]) -> list[tuple[int, M]]:
        """Drop (and report) items whose id an earlier item of the raw list already used."""
        first: dict[str, int] = {}
        duplicates: set[int] = set()
        raw = self.data.get(section)
        for index, item in enumerate(raw if isinstance(raw, list) else []):
            item_id = item.get("id") if isinstance(item, dict) else None
            if not isinstance(item_id, str):
                continue
            if item_id in first:
                where = f"item {first[item_id] + 1} of {section}"
                self.fail(
                    (section, index, "id"),
                    f'duplicate {section[:-1]} id "{item_id}" (first used by {where})',
                )
                duplicates.add(index)
            else:
                first[item_id] = index
        return [(index, item) for index, item in items if index not in duplicates]

    def _sources(self, items: list[tuple[int, SourceModel]]) -> dict[str, Source]:
        sources: dict[str, Source] = {}
        for index, model in self._unique("sources", items):
            at: YamlPath = ("sources", index, "path")
            if "\0" in model.path:
                self.fail(at, f"source path {model.path!r} contains a NUL character")
                continue
            relative = Path(model.path)
            if relative.is_absolute() or model.path.startswith(("/", "\\")):
                self.fail(at, f'source path "{model.path}" must be relative to the claims file')
                continue
            try:
                file = (self.base / relative).resolve()
            except (OSError, RuntimeError) as error:  # RuntimeError: a symlink loop
                reason = getattr(error, "strerror", None) or "a symbolic link loop"
                self.fail(at, f'source path "{model.path}" cannot be resolved: {reason}')
                continue
            if not self.documents:
                kind = SourceKind(model.kind)
                sources[model.id] = Source(
                    model.id, model.path, file, kind, Text(""), model.title, model.url,
                    date=_date_text(model.date),
                )  # fmt: skip
                continue
            if not any(file.is_relative_to(root) for root in self.roots):
                self.fail(
                    at,
                    f'source path "{model.path}" is outside the claims file\'s folder and {self.roots[1]} '
                    "(use --root to widen)",
                )
                continue
            try:
                content = read_file_text(file)
            except DocumentError as error:
                where = f" at line {error.line}, column {error.column}" if error.line else ""
                self.fail(at, f'source "{model.path}": {error}{where}')
                continue
            html = file.suffix.lower() in HTML_SUFFIXES
            sources[model.id] = Source(
                model.id,
                model.path,
                file,
                SourceKind(model.kind),
                Text(html_text(content) if html else content),
                model.title,
                model.url,
                markup=content if html else None,
                date=_date_text(model.date),
            )
        return sources

    def _subjects(self, items: list[tuple[int, SubjectModel]]) -> dict[str, Subject]:
        subjects: dict[str, Subject] = {}
        for index, model in self._unique("subjects", items):
            unit = normalize_unit(model.unit) if model.unit else None
            ok = True
            if unit is not None:
                try:
                    self.units.check(unit)
                except UnitError as error:
                    self.fail(("subjects", index, "unit"), f'{error} in subject "{model.id}"')
                    ok = False
            try:
                tolerance = parse_tolerance(model.tolerance)
            except ValueError as error:
                self.fail(("subjects", index, "tolerance"), f'{error} in subject "{model.id}"')
                ok = False
            conversions = self._conversions(index, model, unit)
            if ok and conversions is not None:
                subjects[model.id] = Subject(
                    model.id, model.label or model.id, unit, SubjectKind(model.kind), tolerance,
                    tuple(model.terms), conversions,
                )  # fmt: skip
        return subjects

    def _conversions(
        self, index: int, model: SubjectModel, unit: str | None
    ) -> tuple[Conversion, ...] | None:
        """A subject's own rates (``{IU: 0.025 µg}``), each checked; None after a problem."""
        found: list[Conversion] = []
        ok = True
        for written, rate in model.conversions.items():
            at: YamlPath = ("subjects", index, "conversions", written)
            source = normalize_unit(written)
            try:
                self.units.check(source)
            except UnitError as error:
                self.fail(at, f'{error} in the conversions of subject "{model.id}"', key=True)
                ok = False
                continue
            try:
                value = parse_value(rate)
                plain = not value.is_range and value.qualifier is Qualifier.EQ
                if not plain or value.low is None or not value.unit:
                    raise ValueSyntaxError("")
                target = normalize_unit(value.unit)
                # The rate's unit must be one the subject's values convert into.
                self.units.converter(target, unit)
            except ValueSyntaxError:
                self.fail(
                    at,
                    f'conversion {written}: {rate!r} in subject "{model.id}" must be one number '
                    "and a unit, e.g. '0.025 µg'",
                )
                ok = False
                continue
            except UnitError as error:
                self.fail(at, f'{error} in the conversions of subject "{model.id}"')
                ok = False
                continue
            found.append(Conversion(source, value.low.value, target))
        return tuple(sorted(found)) if ok else None

    def _claims(
        self,
        items: list[tuple[int, ClaimModel]],
        sources: dict[str, Source],
        subjects: dict[str, Subject],
    ) -> tuple[Claim, ...]:
        known_sources, known_subjects = (
            {s.get("id") for s in raw if isinstance(s, dict)} if isinstance(raw, list) else set()
            for raw in (self.data.get("sources"), self.data.get("subjects"))
        )
        claims = []
        for index, model in self._unique("claims", items):
            at: YamlPath = ("claims", index)
            ok = self._reference((*at, "source"), "source", model.source, known_sources)
            ok &= self._reference((*at, "subject"), "subject", model.subject, known_subjects)
            for i, cited in enumerate(model.cites):
                ok &= self._cite((*at, "cites", i), cited, known_sources, sources)
            subject = subjects.get(model.subject)
            if not ok or subject is None or model.source not in sources:
                continue
            claim = self._claim(index, model, subject, sources[model.source])
            if claim is not None:
                claims.append(claim)
        return tuple(claims)

    def _parse(self, raw: str | int | float) -> Value:
        """Parse a value, once per distinct spelling (large corpora repeat a few values a lot)."""
        key = (type(raw), raw)
        if key not in self._values:
            self._values[key] = parse_value(raw)
        return self._values[key]

    def _reference(self, at: YamlPath, what: str, name: str, known: set[Any]) -> bool:
        if name in known:
            return True
        names = sorted(k for k in known if isinstance(k, str))
        self.fail(at, f'unknown {what} "{name}"{suggest(name, names)}')
        return False

    def _cite(self, at: YamlPath, name: str, known: set[Any], sources: dict[str, Source]) -> bool:
        if not self._reference(at, "source", name, known):
            return False
        if name in sources and sources[name].kind is not SourceKind.REFERENCE:
            self.fail(
                at, f'cites "{name}", which is not a reference source (give it kind: reference)'
            )
            return False
        return True

    def _claim(
        self, index: int, model: ClaimModel, subject: Subject, source: Source
    ) -> Claim | None:
        at: YamlPath = ("claims", index, "value")
        try:
            value = self._parse(model.value)
        except ValueSyntaxError as error:
            self.fail(at, f'{error} in claim "{model.id}"')
            return None
        quantity = None
        if value.ago:
            quantity = self._elapsed(at, model.id, value, subject, source)
            if quantity is None:
                return None
        elif subject.kind is SubjectKind.LABEL:
            if not value.is_label:
                self.fail(
                    at,
                    f'subject "{subject.id}" takes labels (e.g. "bedtime"), not the number {value.text!r}',
                )
                return None
        elif value.is_label:
            self.fail(
                at,
                f'{value.text!r} is a label, but subject "{subject.id}" is kind: {subject.kind} (numbers only)',
            )
            return None
        else:
            try:
                convert = self.units.converter(value.unit, subject.unit, subject.conversions)
            except UnitError as error:
                self.fail(
                    at, f'{error} (subject "{subject.id}" is in {subject.unit or "plain numbers"})'
                )
                return None
            # Claims repeating a value in one unit share one Quantity (and group cheaply).
            # (values are cached, so one id stands for one written value)
            key = (id(value), subject.unit, subject.tolerance.exact, subject.conversions)
            if key not in self._quantities:
                try:
                    quantity = quantify(value, convert, rounding=subject.tolerance.exact)
                except ValueSyntaxError as error:  # out of range once converted
                    unit = subject.unit or "plain numbers"
                    self.fail(
                        at,
                        f"value {shown(value.text, 200)} is out of range in {unit}: {error} "
                        f'(claim "{model.id}")',
                    )
                    return None
                self._quantities[key] = quantity
            quantity = self._quantities[key]
        if model.accept and not (model.note or "").strip():
            # An acceptance is a review decision: without its reason nobody can re-check it.
            self.fail(
                ("claims", index, "accept"),
                f'claim "{model.id}" accepts {", ".join(model.accept)} findings without a note: '
                'say why in "note"',
            )
            return None
        context = tuple(sorted((k, _context_text(v)) for k, v in model.context.items()))
        return Claim(
            model.id, model.source, model.subject, value, quantity, model.quote, context,
            tuple(model.cites), Review(model.status), model.note, tuple(model.accept), index,
        )  # fmt: skip

    def _elapsed(
        self, at: YamlPath, claim: str, value: Value, subject: Subject, source: Source
    ) -> Quantity | None:
        """An elapsed time before the source's date as calendar years (``~20 years ago``)."""
        if subject.kind is SubjectKind.LABEL or subject.unit is not None:
            self.fail(
                at,
                f'{value.text!r} is a year before the source\'s date: subject "{subject.id}" must '
                f'hold years (plain numbers, no unit) (claim "{claim}")',
            )
            return None
        year = source.year
        if year is None:
            self.fail(
                at,
                f'{value.text!r} counts back from its source\'s date: give source "{source.id}" a '
                f"date (e.g. date: '2025-03-03') (claim \"{claim}\")",
            )
            return None
        try:
            # pint's decade is a logarithmic ratio, not ten years.
            decades = (value.unit or "").lower() in ("decade", "decades")
            convert = (lambda x: 10 * x) if decades else self.units.converter(value.unit, "year")
            return before(quantify(value, convert, rounding=subject.tolerance.exact), year)
        except UnitError:
            self.fail(at, f'{value.text!r} is not a time before "ago" (claim "{claim}")')
        except ValueSyntaxError as error:
            self.fail(
                at, f'value {shown(value.text, 200)} is out of range: {error} (claim "{claim}")'
            )
        return None


def _date_text(value: object) -> str | None:
    """A source's ``date`` as text: ISO for a YAML date, the digits of a year."""
    if value is None:
        return None
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value).strip()


def _context_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value).strip().casefold()
