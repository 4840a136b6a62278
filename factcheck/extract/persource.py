"""Drafts into a folder of claims files, one file per source: which file each document's drafts
go to, and the merged texts of the files that change."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.corpus.model import Corpus
from factcheck.extract.drafts import Document, Draft
from factcheck.extract.ids import slug, unique
from factcheck.extract.merge import Elsewhere, MergeResult, NewSubject, declare_subjects, merge

SUBJECTS = "subjects"
"""The stem of the folder's file that declares new subjects (``subjects.yaml``); no new source
takes it as its id."""


@dataclass(frozen=True)
class FolderMerge:
    """What merging drafts into a folder of claims files changes."""

    texts: Mapping[str, str]
    """The new text of each file that changes or is created, by path; the subjects file first,
    so that a file's claims never name a subject not yet written."""
    added_sources: int
    added_subjects: int
    added_claims: int
    skipped: int
    linked: int
    unsure: int
    rejected: int = 0
    deleted: int = 0


def merge_per_source(
    folder: str,
    existing: Mapping[str, str],
    corpus: Corpus | None,
    documents: Sequence[Document],
    files: Sequence[Path],
) -> FolderMerge:
    """Merge each document's drafts into ``FOLDER/SOURCE.yaml``, its source's file, and the
    subjects no file declares into ``FOLDER/subjects.yaml``.

    ``existing`` holds the text of every claims file in the folder by path (``FOLDER/NAME``),
    ``corpus`` what they declare (None if they declare nothing yet), ``documents`` the drafts with
    paths relative to the folder, and ``files`` each document's resolved path, by which it is
    known as a source already (declared in any file of the folder). A new source's id is made
    unique among the folder's sources and file names, so that its file is a new one.
    """
    by_file = {s.file: s.id for s in corpus.sources.values()} if corpus else {}
    named = {Path(path).stem: path for path in sorted(existing, reverse=True)}  # .yaml over .yml
    taken = {*(corpus.sources if corpus else ()), *named, SUBJECTS}
    ids: dict[str, str] = {}
    declared: dict[str, set[str]] = {}
    targets: dict[str, list[Document]] = {}
    for document, file in zip(documents, files, strict=True):
        source_id = by_file.get(file) or ids.get(document.path)
        target = named.get(source_id) if source_id else None
        if source_id is None:
            stem = document.path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
            source_id = unique(slug(stem) or "source", taken)
        target = target or os.path.join(folder, f"{source_id}.yaml")
        if file not in by_file:
            declared.setdefault(target, set()).add(document.path)
        ids[document.path] = source_id
        targets.setdefault(target, []).append(document)
    claim_ids = {c.id for c in corpus.claims} if corpus else set()  # shared, not copied
    if corpus is not None:  # a rejected claim keeps its id
        claim_ids.update(r.id for r in corpus.rejected if r.id is not None)
    quoted, rejected = _quoted(corpus)
    sources, subjects = frozenset(taken), frozenset(corpus.subjects if corpus else ())
    results: dict[str, MergeResult] = {}
    for target, documents_there in targets.items():
        there = {ids[d.path] for d in documents_there}
        elsewhere = Elsewhere(
            sources=ids,
            declare=frozenset(declared.get(target, ())),
            source_ids=sources,
            subject_ids=subjects,
            claim_ids=claim_ids,
            claims={s: [c for f, c in quoted.get(s, ()) if f != target] for s in there},
            rejected={s: [r for f, r in rejected.get(s, ()) if f != target] for s in there},
        )
        result = merge(existing.get(target), documents_there, target, elsewhere=elsewhere)
        if target in existing or result.added_claims or result.added_sources:
            results[target] = result
    return _folder_merge(folder, existing, named, results)


_Quoted = dict[str, list[tuple[str, Mapping[str, Any]]]]


def _quoted(corpus: Corpus | None) -> tuple[_Quoted, _Quoted]:
    """Each source's claims as merge reads them, with the file each is in (claims with
    ``status: rejected`` among them: they quote the document too); and its ``rejected:``
    entries."""
    found: _Quoted = {}
    rejected: _Quoted = {}
    if corpus is None:
        return found, rejected
    for claim in corpus.claims:
        entry: dict[str, str | None] = {
            "source": claim.source,
            "quote": claim.quote,
            "value": claim.value.text,
        }
        found.setdefault(claim.source, []).append((corpus.file_of(claim), entry))
    for rejection in corpus.rejected:
        file = corpus.files[rejection.claims_file].path if corpus.files else corpus.path
        entry = {"source": rejection.source, "quote": rejection.quote, "value": rejection.value}
        listed = rejection.path[:1] == ("rejected",)
        (rejected if listed else found).setdefault(rejection.source, []).append((file, entry))
    return found, rejected


def _folder_merge(
    folder: str,
    existing: Mapping[str, str],
    named: Mapping[str, str],
    results: Mapping[str, MergeResult],
) -> FolderMerge:
    needed: dict[str, list[Draft]] = {}
    for result in results.values():
        for subject in result.subjects:
            needed.setdefault(subject.id, []).extend(subject.drafts)
    texts = {path: result.text for path, result in results.items()}
    added_subjects = 0
    if needed:
        path = named.get(SUBJECTS) or os.path.join(folder, f"{SUBJECTS}.yaml")
        base = texts.pop(path, existing.get(path))
        subjects = [NewSubject(k, tuple(v)) for k, v in needed.items()]
        texts = {path: declare_subjects(base, subjects, path).text, **texts}
        added_subjects = len(subjects)
    changed = {path: text for path, text in texts.items() if existing.get(path) != text}
    counts = [sum(getattr(r, key) for r in results.values()) for key in _COUNTS]
    sources, claims, skipped, linked, unsure, rejected, deleted = counts
    return FolderMerge(
        changed, sources, added_subjects, claims, skipped, linked, unsure, rejected, deleted
    )


_COUNTS = ("added_sources", "added_claims", "skipped", "linked", "unsure", "rejected", "deleted")
