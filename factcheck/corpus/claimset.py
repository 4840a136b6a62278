"""Which claims files CLAIMS names: one file, several files, or a folder of them, in set order."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck import files
from factcheck.problems import InputError, Problem

SUFFIXES = (".yaml", ".yml")
"""What a claims file in a named folder is called (its own subfolders are not read)."""


@dataclass(frozen=True)
class ClaimSet:
    """The claims files one run reads, as the user named them."""

    files: tuple[str, ...]
    """Each file's path as named, or as found in a named folder; in set order, each file once."""
    several: bool
    """Whether CLAIMS named a folder or several files (the set form), rather than one file."""
    shown: str
    """The claims in a message or a title: the one file or folder named, else the first file
    and how many more."""


def claim_set(named: Sequence[str]) -> ClaimSet:
    """The claims files that ``named`` (files and folders) stand for.

    A folder stands for the ``*.yaml`` and ``*.yml`` files directly in it, hidden ones aside.
    The set is ordered by path, so that naming the same files in another order (or through a
    folder) gives the same corpus, and each file is read once however often it is named. Raises
    InputError for a folder without claims files. One name that is not a folder is the
    single-file form, whether or not the file exists (``load`` reports a missing file).
    """
    if len(named) == 1 and not os.path.isdir(named[0]):
        return ClaimSet((named[0],), several=False, shown=named[0])
    found: list[str] = []
    problems: list[Problem] = []
    for name in named:
        if os.path.isdir(name):
            files.remember_folder(name, SUFFIXES, "claims file")  # no output lands there
            inside = files_in(name)
            if not inside:
                problems.append(Problem(name, 0, 0, _no_claims_files(name)))
            found += inside
        else:
            found.append(name)
    if problems:
        raise InputError(problems)
    chosen = tuple(sorted(_once(found), key=_order))
    shown = named[0] if len(named) == 1 else f"{chosen[0]} and {len(chosen) - 1} more"
    return ClaimSet(chosen, several=True, shown=shown)


def files_in(folder: str) -> list[str]:
    """The claims files directly in ``folder`` (``FOLDER/NAME``), by name; none if unreadable."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return []
    return [
        os.path.join(folder, entry.name)
        for entry in entries
        if not entry.name.startswith(".")
        and entry.name.lower().endswith(SUFFIXES)
        and not entry.is_dir()
    ]


def _no_claims_files(folder: str) -> str:
    """Say that a folder holds no claims files, and where some are when its subfolders hold them."""
    message = "no claims files (*.yaml, *.yml) in this folder"
    try:
        nested = sorted(
            entry.name
            for entry in os.scandir(folder)
            if entry.is_dir() and not entry.name.startswith(".") and files_in(entry.path)
        )
    except OSError as error:
        return f"cannot read the folder: {error.strerror}"
    if nested:
        names = ", ".join(nested[:3]) + (", …" if len(nested) > 3 else "")
        example = os.path.join(folder, "*", "*.yaml")
        message += (
            f", only in its subfolders ({names}), which are not read: name them, e.g. {example}"
        )
    return message


def _once(paths: list[str]) -> list[str]:
    """Each file once (by the file it resolves to), under the first name given for it."""
    seen: set[str] = set()
    kept = []
    for path in paths:
        try:
            real = os.path.realpath(path)
        except (OSError, ValueError):  # a NUL: reading it reports the problem
            real = path
        if real not in seen:
            seen.add(real)
            kept.append(path)
    return kept


def _order(path: str) -> tuple[str, ...]:
    """Path order, folder by folder (``a/b.yaml`` before ``a-b.yaml``, as a file browser lists)."""
    return tuple(path.replace("\\", "/").split("/"))
