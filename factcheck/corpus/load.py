"""Load claims.yaml: parse, validate every rule at once, read the sources, build a Corpus."""

from __future__ import annotations

import datetime
import os
import posixpath
import re
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, TypeVar, cast

from pydantic import BaseModel, TypeAdapter, ValidationError

from factcheck import files
from factcheck._perf import paused_gc
from factcheck.corpus import native
from factcheck.corpus.claimset import ClaimSet, claim_set
from factcheck.corpus.messages import structure_issues, suggest, type_name
from factcheck.corpus.model import (
    Claim,
    ClaimsFile,
    Context,
    Corpus,
    Rejection,
    Review,
    Source,
    SourceKind,
    Subject,
    SubjectKind,
)
from factcheck.corpus.schema import (
    ClaimModel,
    ClaimsFileModel,
    DraftKey,
    Id,
    RejectionModel,
    SourceModel,
    SubjectModel,
)
from factcheck.corpus.yamlread import YamlDoc, read_yaml
from factcheck.problems import InputError, Problem, YamlPath
from factcheck.text.documents import HTML_SUFFIXES, DocumentError, Text, html_text, read_file_text
from factcheck.values import clock, versions
from factcheck.values.grammar import (
    WORD_VALUES,
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
T = TypeVar("T")
_At = tuple[int, YamlPath]
"""Where an issue is: a claims file (its index) and a path in it."""

CHUNK = 256
"""Claims validated and built at a time: a million pydantic models at once would double the
memory of loading a million claims, and a few hundred stay in the processor's cache between
being validated, built and dropped (loading 100k claims takes a seventh less time than with
5,000 at a time)."""


@dataclass(frozen=True)
class _Issue:
    """A problem found in the data, located later (only invalid files pay for locating)."""

    file: int
    """Which claims file: an index into the builder's files."""
    path: YamlPath
    message: str
    key: bool = False


@dataclass(frozen=True)
class _File:
    """One parsed claims file, and the folder its source paths are relative to."""

    display: str
    document: YamlDoc
    base: Path
    """Its folder, resolved."""

    @property
    def data(self) -> Any:
        return self.document.data


UNITS_BESIDE_FROM = 1 << 20
"""Bytes of claims files from which the unit registry is made on a thread during the parse (and
their text packed on a thread while the claims are built)."""

#: Places named in one "duplicate id" problem; more are counted.
_PLACES = 3


def load(
    path: str | Path | Sequence[str | Path] | ClaimSet,
    *,
    root: str | Path | None = None,
    units: Units | None = None,
    documents: bool = True,
    content: bytes | Mapping[str, bytes] | None = None,
) -> Corpus:
    """Load and validate a claims file, or claims in several files, and the sources they name.

    ``path`` is a claims file, a folder of claims files or several paths (the set form: see
    ``claimset.claim_set``; or such a set itself), checked as one corpus: sources and subjects
    declared in one file may be used in another, ids are unique across the files.

    Raises InputError carrying every located problem. Source paths must stay inside the claims
    file's folder or ``root`` (default: the working directory), so that a change to the claims
    file cannot make CI quote files from elsewhere on the machine.

    With ``documents=False`` only the claims files are read and validated, as `check` validates
    them: the sources' files are neither looked for nor read (their text is empty), for tools
    that need subjects and claims but not the documents (`extract` drafting into them).
    ``content`` is the claims file's bytes when the caller has read them already (`extract`
    validates the very text it merges into); in the set form, each file's bytes by its path.
    """
    if isinstance(path, ClaimSet):
        named = path
    elif isinstance(path, str | os.PathLike):
        named = claim_set([os.fspath(path)])
    else:
        named = claim_set([os.fspath(p) for p in path])
    raws = _read(named, content)
    with paused_gc():
        # pint's import and registry (about 0.4 s) are made while yaml-rs parses a large file,
        # which it does mostly without holding the GIL. A small file parses in less time than
        # a thread would save, and may well be invalid (the registry would go unused).
        made_units: Callable[[], Units]
        if units is not None:
            made_units = lambda: units  # noqa: E731
        elif sum(map(len, raws)) >= UNITS_BESIDE_FROM:
            made_units = _made_beside(Units)
        else:
            made_units = Units
        parsed = _parse(named, raws)
        try:
            chosen = Path(root).resolve() if root is not None else Path.cwd().resolve()
            claims_files = [
                _File(display, document, Path(display).resolve().parent)
                for display, document in parsed
            ]
        except (OSError, RuntimeError, ValueError) as error:  # a symlink loop, a NUL
            display = parsed[0][0] if len(parsed) == 1 else named.shown
            raise InputError([Problem(display, 0, 0, f"cannot resolve a path: {error}")]) from None
        builder = _Builder(claims_files, chosen, made_units(), documents, named.several)
        corpus = builder.build(named.shown)
    if builder.issues:
        raise InputError([_locate(claims_files, issue) for issue in builder.issues])
    return corpus


def _made_beside(make: Callable[[], T]) -> Callable[[], T]:
    """``make()`` started on a thread now, for this one to do other work meanwhile; the function
    returned waits for it and gives its result (or raises what it raised)."""
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append((True, make()))
        except BaseException as error:  # handed to the caller, which raises it
            outcome.append((False, error))

    # Not a daemon: a command that fails on the input meanwhile waits for it at exit, rather
    # than ending the interpreter under an import in progress.
    thread = threading.Thread(target=run, name="factcheck-units")
    thread.start()

    def wait() -> T:
        thread.join()
        made, value = outcome[0]
        if not made:
            raise value
        return cast(T, value)

    return wait


def _read(named: ClaimSet, content: bytes | Mapping[str, bytes] | None) -> list[bytes]:
    """Each claims file's bytes; InputError with the problems of every file that cannot be read
    (the single form raises its one problem as it always did)."""
    raws: list[bytes] = []
    problems: list[Problem] = []
    for display in named.files:
        if isinstance(content, bytes):
            raws.append(content)
        elif content is not None and display in content:
            raws.append(content[display])
        else:
            try:
                raws.append(files.read_bytes(display, what="claims file"))
            except files.ReadError as error:
                if not error.missing and not named.several:
                    raise
                hint = "claims file not found (draft one from your documents: `factcheck extract"
                missing = Problem(display, 0, 0, f"{hint} DOCS -o {display}`)")
                problems += [missing] if error.missing else error.problems
    if problems:
        raise InputError(problems)
    return raws


def _parse(named: ClaimSet, raws: list[bytes]) -> list[tuple[str, YamlDoc]]:
    """Each file parsed; InputError with every file's structural problems (YAML syntax, tabs,
    aliases...), as they stop a check before its data is validated."""
    if not named.several:  # its EmptyClaimsFile as it is, which `extract -o` reads as a new file
        return [(named.files[0], read_yaml(raws[0], named.files[0]))]
    parsed: list[tuple[str, YamlDoc]] = []
    problems: list[Problem] = []
    for display, raw in zip(named.files, raws, strict=True):
        try:
            parsed.append((display, read_yaml(raw, display)))
        except InputError as error:
            problems += error.problems
    if problems:
        raise InputError(problems)
    return parsed


@cache
def _list_of(model: type[M]) -> TypeAdapter[list[M]]:
    """The validator of a list of ``model``s, built once (a folder may hold a thousand files)."""
    return TypeAdapter(list[model])  # type: ignore[valid-type]


def _locate(claims_files: Sequence[_File], issue: _Issue) -> Problem:
    file = claims_files[issue.file]
    line, column = file.document.locate(issue.path, key=issue.key)
    return Problem(file.display, line, column, issue.message)


def _where(file: _File, path: YamlPath) -> str:
    line, column = file.document.locate(path)
    return f"{file.display}:{line}:{column}"


class _Builder:
    """Checks the parsed data rule by rule, collecting issues, and builds what is valid."""

    def __init__(
        self,
        claims_files: Sequence[_File],
        root: Path,
        units: Units,
        documents: bool,
        several: bool,
    ) -> None:
        self.files = claims_files
        self.root = root
        """Where sources may be besides their claims file's folder (--root, or the working
        directory)."""
        self.units = units
        self.documents = documents
        self.several = several
        self.issues: list[_Issue] = []
        self.duplicated: dict[str, set[str]] = {}
        """Ids used more than once, by section: in the set form a claim naming one is not checked
        further."""
        self._values: dict[tuple[type, object], Value] = {}
        self._quantities: dict[tuple[int, str | None, bool, tuple[Conversion, ...]], Quantity] = {}
        # A value spelling found valid for the subjects of one kind, unit, rounding and
        # conversions (what `_value` reads of a subject), with its quantity: claims repeating it
        # (most of a large corpus) skip parsing, unit and range checks. Problems are not kept:
        # each claim reports its own.
        self._valid: dict[tuple[type, object, int], tuple[Value, Quantity | None]] = {}
        self._shapes: dict[str, int] = {}
        """Each subject's number among the distinct (kind, unit, rounding, conversions)."""
        self._source_ids: dict[str, str] = {}
        self.rejected: list[Rejection] = []
        self._known_sources: set[Any] = set()

    def fail(self, at: _At, message: str, *, key: bool = False) -> None:
        self.issues.append(_Issue(at[0], at[1], message, key))

    def build(self, shown: str) -> Corpus:
        # The corpus keeps each file to locate claims in it, not its parsed data: once the
        # corpus is built from a large file, that data is most of the memory. Packing a large
        # file's text (0.06 s per 16 MB) is done on a thread while the claims are built.
        def kept() -> tuple[ClaimsFile, ...]:
            return tuple(ClaimsFile(f.display, f.document.without_data()) for f in self.files)

        large = sum(len(f.document.body) for f in self.files) >= UNITS_BESIDE_FROM
        claims_files = _made_beside(kept) if large else kept
        maps = [n for n, f in enumerate(self.files) if self._structure(n, f.data)]
        sources = self._sources(self._unique("sources", maps, SourceModel))
        subjects = self._subjects(self._unique("subjects", maps, SubjectModel))
        claims = self._claims(sources, subjects, maps)
        self._rejections(maps)
        self._drafted(maps)
        rejected = tuple(self.rejected)
        return Corpus(shown, sources, subjects, claims, claims_files(), self.several, rejected)

    def _structure(self, file: int, data: Any) -> bool:
        """Check a file's top-level keys and version; whether it is a mapping at all."""
        if not isinstance(data, dict):
            self.fail(
                (file, ()),
                "a claims file must be a mapping with version, sources, subjects, claims",
            )
            return False
        fields = list(ClaimsFileModel.model_fields)
        for key in data:
            if key not in fields:
                self.fail(
                    (file, (key,)),
                    f'unknown top-level key "{key}"{suggest(str(key), fields)}',
                    key=True,
                )
        if "version" not in data:
            self.fail((file, ()), 'missing required key "version" (use "version: 1")')
        elif data["version"] != 1 or isinstance(data["version"], bool):
            version = repr(data["version"])
            self.fail(
                (file, ("version",)),
                f"unsupported version {version if len(version) <= 40 else shown(version)}: "
                f"this factcheck reads version 1{self._mixed_versions(file)}",
            )
        declared = [key for key in ("sources", "subjects", "claims", "rejected") if key in data]
        if not self.several and "sources" not in data:
            hint = ""
            if declared:  # one file of a set, checked alone
                folder = os.path.dirname(self.files[file].display) or "."
                hint = (
                    f" (a file of only {' and '.join(declared)} is one file of a set: check it "
                    f"with the others, e.g. `factcheck check {folder}`)"
                )
            self.fail((file, ()), f'missing required key "sources"{hint}')
        elif self.several and not declared and "version" in data:
            self.fail((file, ()), "declares no sources, subjects or claims")
        return True

    def _mixed_versions(self, file: int) -> str:
        """In the set form, which files are version 1 when this one is not."""
        if not self.several:
            return ""
        ones = [
            f.display
            for f in self.files
            if isinstance(f.data, dict)
            and f.data.get("version") == 1
            and not isinstance(f.data.get("version"), bool)
        ]
        if not ones:
            return ""
        others = f"{ones[0]} and {len(ones) - 1} more are" if len(ones) > 1 else f"{ones[0]} is"
        return f" (the set mixes versions: {others} version 1)"

    # -- structure ---------------------------------------------------------------------------

    def _items(self, file: int, section: str, model: type[M]) -> list[tuple[int, M]]:
        """Validate one list section; fast as a whole, item by item only when something is wrong."""
        return [item for part in self._validated(file, section, model, None) for item in part]

    def _validated(
        self, file: int, section: str, model: type[M], size: int | None
    ) -> Iterator[list[tuple[int, M]]]:
        """Validate one list section `size` items at a time (all at once for None): fast as a
        whole part, item by item only in a part where something is wrong."""
        for _, _, models in self._parts(file, section, model, size):
            yield models or []

    def _parts(
        self,
        file: int,
        section: str,
        model: type[M],
        size: int | None,
        *,
        release: bool = False,
        simple: Callable[[list[Any]], bool] | None = None,
    ) -> Iterator[tuple[int, list[Any], list[tuple[int, M]] | None]]:
        """A list section `size` items at a time (all at once for None), as (start, raw items,
        their valid models): the models None for a part that `simple` finds valid as it is
        (the caller reads it raw), else validated, fast as a whole part, item by item only in
        a part where something is wrong. With `release`, each part's raw items are dropped
        from the data once the next part is asked for, so that the raw claims and their models
        never all live beside the built ones."""
        raw = self.files[file].data.get(section, [])
        if raw is None:
            raw = []
        if not isinstance(raw, list):
            self.fail((file, (section,)), f'"{section}" must be a list, not {type_name(raw)}')
            return
        step = size or max(1, len(raw))
        for start in range(0, len(raw), step):
            part = raw[start : start + step]
            if simple is not None and simple(part):
                yield start, part, None
            else:
                try:
                    yield start, part, list(enumerate(_list_of(model).validate_python(part), start))
                except ValidationError:
                    yield start, part, self._one_by_one(file, section, model, part, start)
            if release:
                raw[start : start + step] = [None] * len(part)

    def _one_by_one(
        self, file: int, section: str, model: type[M], part: list[Any], start: int
    ) -> list[tuple[int, M]]:
        valid: list[tuple[int, M]] = []
        for index, item in enumerate(part, start):
            try:
                valid.append((index, model.model_validate(item)))
            except ValidationError as error:
                for path, message, key in structure_issues((section, index), item, model, error):
                    self.fail((file, path), message, key=key)
                if all(e["type"] == "extra_forbidden" for e in error.errors()):
                    # Unknown keys are reported; the rest of the item is still checked.
                    known = {k: v for k, v in item.items() if k in model.model_fields}
                    valid.append((index, model.model_validate(known)))
        return valid

    # -- sections ----------------------------------------------------------------------------

    def _raw(self, file: int, section: str) -> list[Any]:
        raw = self.files[file].data.get(section)
        return raw if isinstance(raw, list) else []

    def _unique(self, section: str, maps: list[int], model: type[M]) -> list[tuple[int, int, M]]:
        """The valid items of a section, in set order, as (file, index, item); an item whose id
        an earlier one already used is reported and dropped (the first one is kept, so that
        references to the id still resolve)."""
        dropped = self._dropped(section, maps)
        return [
            (file, index, item)
            for file in maps
            for index, item in self._items(file, section, model)
            if (file, index) not in dropped
        ]

    def _dropped(self, section: str, maps: list[int]) -> set[tuple[int, int]]:
        """The items whose id an earlier one already used, as (file, index), reported."""
        ids = [i for file in maps for i in native.ids(self._raw(file, section))]
        if len(set(ids)) == len(ids):  # no id used twice: nothing to find item by item
            self.duplicated[section] = set()
            return set()
        first: dict[str, tuple[int, int]] = {}
        places: dict[str, list[tuple[int, int]]] = {}  # of the ids used more than once
        for file in maps:
            for index, item in enumerate(self._raw(file, section)):
                item_id = item.get("id") if isinstance(item, dict) else None
                if not isinstance(item_id, str):
                    continue
                if item_id in first:
                    places.setdefault(item_id, [first[item_id]]).append((file, index))
                else:
                    first[item_id] = (file, index)
        self.duplicated[section] = set(places)
        dropped: set[tuple[int, int]] = set()
        for item_id, every in places.items():
            later = every[1:]
            dropped.update(later)
            if self.several:
                self._duplicates(section, item_id, every)
                continue
            for _, index in later:
                where = f"item {every[0][1] + 1} of {section}"
                self.fail(
                    (every[0][0], (section, index, "id")),
                    f'duplicate {section[:-1]} id "{item_id}" (first used by {where})',
                )
        return dropped

    def _duplicates(self, section: str, item_id: str, places: list[tuple[int, int]]) -> None:
        """In the set form, each place of a duplicated id names the others (in any file)."""
        shown = [_where(self.files[f], (section, i, "id")) for f, i in places]
        for n, (file, index) in enumerate(places):
            others = shown[:n] + shown[n + 1 :]
            more = f" and {len(others) - _PLACES} more" if len(others) > _PLACES else ""
            self.fail(
                (file, (section, index, "id")),
                f'duplicate {section[:-1]} id "{item_id}" (also {", ".join(others[:_PLACES])}{more})',
            )

    def _source_path(self, file: int, written: str) -> str:
        """A source's path as outputs show it: as written, or in the set form joined to its
        claims file's folder (as named), since the set's files may sit in different folders."""
        if not self.several:
            return written
        folder = posixpath.dirname(self.files[file].display.replace("\\", "/"))
        return posixpath.normpath(posixpath.join(folder, written))

    def _sources(self, items: list[tuple[int, int, SourceModel]]) -> dict[str, Source]:
        sources: dict[str, Source] = {}
        for file, index, model in items:
            at: _At = (file, ("sources", index, "path"))
            if "\0" in model.path:
                self.fail(at, f"source path {model.path!r} contains a NUL character")
                continue
            relative = Path(model.path)
            if relative.is_absolute() or model.path.startswith(("/", "\\")):
                self.fail(at, f'source path "{model.path}" must be relative to the claims file')
                continue
            base = self.files[file].base
            try:
                resolved = (base / relative).resolve()
            except (OSError, RuntimeError) as error:  # RuntimeError: a symlink loop
                reason = getattr(error, "strerror", None) or "a symbolic link loop"
                self.fail(at, f'source path "{model.path}" cannot be resolved: {reason}')
                continue
            path = self._source_path(file, model.path)
            kind = SourceKind(model.kind)
            if not self.documents:
                sources[model.id] = Source(
                    model.id, path, resolved, kind, Text(""), model.title, model.url,
                    claims_file=file, date=_date_text(model.date),
                )  # fmt: skip
                continue
            if not (resolved.is_relative_to(base) or resolved.is_relative_to(self.root)):
                self.fail(
                    at,
                    f'source path "{model.path}" is outside the claims file\'s folder and {self.root} '
                    "(use --root to widen)",
                )
                continue
            try:
                content = read_file_text(resolved)
            except DocumentError as error:
                where = f" at line {error.line}, column {error.column}" if error.line else ""
                self.fail(at, f'source "{model.path}": {error}{where}')
                continue
            html = resolved.suffix.lower() in HTML_SUFFIXES
            sources[model.id] = Source(
                model.id,
                path,
                resolved,
                kind,
                native.text(html_text(content) if html else content),
                model.title,
                model.url,
                markup=content if html else None,
                claims_file=file,
                date=_date_text(model.date),
            )
        return sources

    def _subjects(self, items: list[tuple[int, int, SubjectModel]]) -> dict[str, Subject]:
        subjects: dict[str, Subject] = {}
        for file, index, model in items:
            unit = normalize_unit(model.unit) if model.unit else None
            ok = True
            if unit is not None:
                try:
                    self.units.check(unit)
                except UnitError as error:
                    at: _At = (file, ("subjects", index, "unit"))
                    self.fail(at, f'{error} in subject "{model.id}"')
                    ok = False
            try:
                tolerance = parse_tolerance(model.tolerance)
            except ValueError as error:
                at = (file, ("subjects", index, "tolerance"))
                self.fail(at, f'{error} in subject "{model.id}"')
                ok = False
            conversions = self._conversions(file, index, model, unit)
            if ok and conversions is not None:
                subjects[model.id] = Subject(
                    model.id, model.label or model.id, unit, SubjectKind(model.kind), tolerance,
                    tuple(model.terms), conversions,
                )  # fmt: skip
        return subjects

    def _conversions(
        self, file: int, index: int, model: SubjectModel, unit: str | None
    ) -> tuple[Conversion, ...] | None:
        """A subject's own rates (``{IU: 0.025 µg}``), each checked; None after a problem."""
        found: list[Conversion] = []
        ok = True
        for written, rate in model.conversions.items():
            at: _At = (file, ("subjects", index, "conversions", written))
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
        self, sources: dict[str, Source], subjects: dict[str, Subject], maps: list[int]
    ) -> tuple[Claim, ...]:
        """The valid claims, made ``CHUNK`` at a time, each chunk's raw items dropped once it is
        used (a million claims' raw data and models are never all held). A chunk the C
        extension finds valid as it is skips pydantic, and its common claims are made in C
        (corpus/native.py); the rest here, item by item, with the same results."""
        # References resolve against every id declared, valid or not, in any file of the set:
        # an invalid source is reported once, at the source, not again at each claim.
        known_sources, known_subjects = (
            {item.get("id") for file in maps for item in self._raw(file, section)
             if isinstance(item, dict)}
            for section in ("sources", "subjects")
        )  # fmt: skip
        # Claims name their source and subject by the Source's and Subject's own id strings
        # (equal to what they wrote): the million copies the YAML parser made are then freed.
        self._source_ids = {source_id: source_id for source_id in sources}
        self._known_sources = known_sources
        dropped = self._dropped("claims", maps)
        shapes: dict[tuple[object, ...], int] = {}
        self._shapes = {
            subject_id: shapes.setdefault(
                (s.kind, s.unit, s.tolerance.exact, s.conversions), len(shapes)
            )
            for subject_id, s in subjects.items()
        }
        # In the set form a claim naming a duplicated id is skipped: left to Python.
        fast = native.enabled and not dropped and not (
            self.several and (self.duplicated["sources"] or self.duplicated["subjects"])
        )  # fmt: skip
        simple = native.simple_claims if fast else None
        claims: list[Claim] = []
        for file in maps:
            state = native.claim_state(
                known_sources, known_subjects, sources, self._source_ids, subjects, self._valid,
                self._shapes, _REVIEW, _context_text, file,
            )  # fmt: skip
            parts = self._parts(file, "claims", ClaimModel, CHUNK, release=True, simple=simple)
            for start, part, models in parts:
                if models is None:  # valid as it is: made in C up to each claim it leaves here
                    position = native.claims(part, 0, claims, state, start)
                    while position < len(part):
                        model = ClaimModel.model_validate(part[position])
                        claim = self._one_claim(
                            file, start + position, model, sources, subjects, known_subjects
                        )
                        if claim is not None:
                            claims.append(claim)
                        position = native.claims(part, position + 1, claims, state, start)
                    continue
                for index, model in models:
                    if (file, index) in dropped:
                        continue
                    claim = self._one_claim(file, index, model, sources, subjects, known_subjects)
                    if claim is not None:
                        claims.append(claim)
        return tuple(claims)

    def _one_claim(
        self,
        file: int,
        index: int,
        model: ClaimModel,
        sources: dict[str, Source],
        subjects: dict[str, Subject],
        known_subjects: set[Any],
    ) -> Claim | None:
        """One validated claim, its references checked (a problem reported), or None."""
        known_sources = self._known_sources
        if model.status == "rejected":
            # Not a claim: its subject and value are not checked (a reviewer may have
            # deleted the subject, or changed its unit, since rejecting it).
            place = ("claims", index)
            self._rejection(file, place, model.source, model.quote, model.value, model.id)
            return None
        if self.several and (
            model.source in self.duplicated["sources"]
            or model.subject in self.duplicated["subjects"]
        ):
            return None  # which file's it means is unknown; the duplicate is reported
        # Paths are made only for a problem: a million valid claims need none.
        ok = model.source in known_sources or self._reference(
            (file, ("claims", index, "source")), "source", model.source, known_sources
        )
        if model.subject not in known_subjects:
            ok = (
                self._reference(
                    (file, ("claims", index, "subject")), "subject", model.subject,
                    known_subjects,
                )
                and ok
            )  # fmt: skip
        for i, cited in enumerate(model.cites):
            at: _At = (file, ("claims", index, "cites", i))
            ok &= self._cite(at, cited, known_sources, sources)
        subject = subjects.get(model.subject)
        if not ok or subject is None or model.source not in sources:
            return None
        return self._claim(file, index, model, subject, sources[model.source])

    def _rejections(self, maps: list[int]) -> None:
        """The ``rejected:`` entries of each file: each names a known source."""
        for file in maps:
            for index, model in self._items(file, "rejected", RejectionModel):
                at = ("rejected", index)
                self._rejection(file, at, model.source, model.quote, model.value)

    def _rejection(
        self,
        file: int,
        at: tuple[str, int],
        source: str,
        quote: str,
        value: object,
        claim_id: str | None = None,
    ) -> None:
        where: _At = (file, (*at, "source"))
        if source in self._known_sources or self._reference(
            where, "source", source, self._known_sources
        ):
            written = None if value is None else str(value)
            self.rejected.append(Rejection(source, quote, written, file, at, claim_id))

    def _drafted(self, maps: list[int]) -> None:
        """``drafted:`` is `extract`'s record: only its shape is checked (its keys may name
        sources since removed)."""
        for file in maps:
            raw = self.files[file].data.get("drafted")
            if raw is None:
                continue
            if not isinstance(raw, dict):
                self.fail(
                    (file, ("drafted",)), f'"drafted" must be a mapping, not {type_name(raw)}'
                )
                continue
            try:
                _drafted_adapter().validate_python(raw)
            except ValidationError as error:
                for problem in error.errors():
                    key = problem["loc"][-1] == "[key]"
                    path = ("drafted", *problem["loc"][: 1 if key else None])
                    self.fail((file, path), _drafted_message(problem, key), key=key)

    def _parse(self, raw: str | int | float) -> Value:
        """Parse a value, once per distinct spelling (large corpora repeat a few values a lot)."""
        key = (type(raw), raw)
        value = self._values.get(key)
        if value is None:
            value = self._values[key] = parse_value(raw)
        return value

    def _reference(self, at: _At, what: str, name: str, known: set[Any]) -> bool:
        if name in known:
            return True
        names = sorted(k for k in known if isinstance(k, str))
        nowhere = f" (no claims file of {len(self.files)} declares it)" if self.several else ""
        self.fail(at, f'unknown {what} "{name}"{nowhere}{suggest(name, names)}')
        return False

    def _cite(self, at: _At, name: str, known: set[Any], sources: dict[str, Source]) -> bool:
        if not self._reference(at, "source", name, known):
            return False
        if name in sources and sources[name].kind is not SourceKind.REFERENCE:
            self.fail(
                at, f'cites "{name}", which is not a reference source (give it kind: reference)'
            )
            return False
        return True

    def _claim(
        self, file: int, index: int, model: ClaimModel, subject: Subject, source: Source
    ) -> Claim | None:
        raw = model.value
        key = (type(raw), raw, self._shapes[subject.id])
        valid = self._valid.get(key)
        if valid is None:
            valid = self._value(file, index, model, subject, source)
            if valid is None:
                return None
            if not valid[0].ago:  # an elapsed time counts back from its own source's date
                self._valid[key] = valid
        value, quantity = valid
        if model.accept and not (model.note or "").strip():
            # An acceptance is a review decision: without its reason nobody can re-check it.
            self.fail(
                (file, ("claims", index, "accept")),
                f'claim "{model.id}" accepts {", ".join(model.accept)} findings without a note: '
                'say why in "note"',
            )
            return None
        context = _context(model.context) if model.context else ()
        return Claim(
            model.id, self._source_ids[model.source], subject.id, value, quantity, model.quote,
            context, tuple(model.cites), _REVIEW[model.status], model.note, tuple(model.accept),
            index, file, model.link_chance,
        )  # fmt: skip

    def _value(
        self, file: int, index: int, model: ClaimModel, subject: Subject, source: Source
    ) -> tuple[Value, Quantity | None] | None:
        """A claim's value and its quantity in the subject's unit, or None after a problem."""
        at: _At = (file, ("claims", index, "value"))
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
        elif value.is_label and value.label in WORD_VALUES:
            pass  # "number of CPU cores": a figure in words, which conflicts with every number
        elif value.is_label:
            words = ", ".join(f'"{w}"' for w in sorted(WORD_VALUES))
            self.fail(
                at,
                f'{value.text!r} is a label, but subject "{subject.id}" is kind: {subject.kind} '
                f"(numbers only, or the words {words})",
            )
            return None
        elif subject.unit == versions.UNIT and value.unit != versions.UNIT:
            # A plain number would be read in the subject's unit: 3.10 as the key 3.1.
            self.fail(
                at,
                f"{value.text!r} is no version: write a version with a 'v' before its release "
                f"numbers ('v3.10', '>=v3.9') (subject \"{subject.id}\" is in versions)",
            )
            return None
        else:
            try:
                convert = self.units.converter(value.unit, subject.unit, subject.conversions)
            except UnitError as error:
                problem = str(error)
                if value.unit == clock.UNIT:
                    problem = (
                        f"{value.text!r} is a time of day: its subject needs unit: {clock.UNIT}"
                    )
                elif value.unit == versions.UNIT:
                    problem = (
                        f"{value.text!r} is a version: its subject needs unit: {versions.UNIT}"
                    )
                self.fail(
                    at,
                    f'{problem} (subject "{subject.id}" is in {subject.unit or "plain numbers"})',
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
        return value, quantity

    def _elapsed(
        self, at: _At, claim: str, value: Value, subject: Subject, source: Source
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
            return before(
                quantify(value, convert, rounding=subject.tolerance.exact),
                _counted_from(source, year, value, convert),
            )
        except UnitError:
            self.fail(at, f'{value.text!r} is not a time before "ago" (claim "{claim}")')
        except ValueSyntaxError as error:
            self.fail(
                at, f'value {shown(value.text, 200)} is out of range: {error} (claim "{claim}")'
            )
        return None


_REVIEW = {str(review): review for review in Review}


@cache
def _drafted_adapter() -> TypeAdapter[dict[str, list[str]]]:
    return TypeAdapter(dict[Id, list[DraftKey]])


def _drafted_message(problem: Any, key: bool) -> str:
    """What is wrong in ``drafted:``, `extract`'s record of its drafts."""
    if key:
        return f'"drafted": {shown(str(problem["loc"][0]), 60)} is not a source id (a-z 0-9 . _ -)'
    return (
        '"drafted" holds, by source id, a list of the 12-hex-digit keys `factcheck extract` '
        f"writes, not {shown(str(problem['input']), 60)} (delete the entry to reset it)"
    )


def _context(context: Mapping[str, object]) -> Context:
    return tuple(sorted((k, _context_text(v)) for k, v in context.items()))


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


def _counted_from(
    source: Source, year: int, value: Value, convert: Callable[[float], float]
) -> float:
    """Where on the axis of years an elapsed time ``value`` counts back from: the source's year
    for whole years ("20 years ago" on a page of 2026 is 2006), else its date's place in that
    year, so that "two and a half years ago" on a page of 14 November 2026 reaches May 2024. A
    year as a number covers what rounds to it (2024 is 2023.5-2024.5), so a date's place is its
    year less a half plus the share of the year gone by."""
    ends = [n.value for n in (value.low, value.high) if n is not None]
    if all(float(convert(x)).is_integer() for x in ends):
        return float(year)
    found = re.match(r"\s*(\d{4})-(\d{2})(?:-(\d{2}))?", source.date or "")
    if found is None:
        return float(year)
    try:
        day = datetime.date(int(found[1]), int(found[2]), int(found[3] or 15))
    except ValueError:
        return float(year)
    days = (datetime.date(day.year + 1, 1, 1) - datetime.date(day.year, 1, 1)).days
    return year - 0.5 + (day.timetuple().tm_yday - 0.5) / days
