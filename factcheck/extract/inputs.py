"""Which documents `extract` reads: files, folders, globs and @lists of paths, expanded lazily."""

from __future__ import annotations

import glob
import os
import stat
from collections.abc import Iterator, Sequence
from pathlib import Path

from factcheck.text.documents import TEXT_SUFFIXES

#: Characters that make an argument that names no file a pattern ("docs/**/*.md").
_GLOB_CHARACTERS = frozenset("*?[")


class InputsError(Exception):
    """An argument or a line of an @list that names no document; the message is located."""


def is_corpus(arguments: Sequence[str]) -> bool:
    """Whether ``arguments`` name documents other than one by one (a folder, a glob or an
    @list): then how many there are is known only once they are all read."""
    return any(_kind(argument) != "file" for argument in arguments)


def document_paths(arguments: Sequence[str]) -> Iterator[str]:
    """The documents ``arguments`` name, in order, one at a time.

    A file is itself (read errors are the reader's to report); a folder gives its documents
    (``.txt``, ``.md``, ``.html`` and their other spellings) at any depth, hidden folders and
    files aside, in name order; a glob (``'docs/**/*.md'``, ``**`` crossing folders) the
    documents and folders it matches, sorted; ``@FILE`` the paths FILE lists, one per line (``#``
    comments and blank lines allowed; each a file, folder or glob as above, relative to the
    working directory as on the command line). The list is read line by line as the documents
    are drafted, so a corpus of millions of paths is never held in memory.

    Raises InputsError for a folder without documents, a glob that matches none, or a listed
    path that does not exist (``paths.txt:3: no such file or folder: a.md``).
    """
    for argument in arguments:
        kind = _kind(argument)
        if kind == "list":
            yield from _listed(argument[1:])
        else:
            yield from _expanded(argument, kind, argument)


def _kind(argument: str) -> str:
    if os.path.isdir(argument):
        return "folder"
    if os.path.lexists(argument):
        return "file"
    if argument.startswith("@") and len(argument) > 1:
        return "list"
    if _GLOB_CHARACTERS.intersection(argument):
        return "glob"
    return "file"  # missing: reading it says so, as for any document


def _expanded(path: str, kind: str, where: str) -> Iterator[str]:
    """The documents of one file, folder or glob; ``where`` names it in errors."""
    if kind == "file":
        yield path
        return
    found = False
    matches = sorted(glob.glob(path, recursive=True)) if kind == "glob" else [path]
    for match in matches:
        if os.path.isdir(match):
            for document in _folder(match):
                found = True
                yield document
        elif _is_document(match):
            found = True
            yield match
    if not found:
        what = "no document matches" if kind == "glob" else "no .txt, .md or .html document in"
        named = "" if where == path else f"{where}: "
        raise InputsError(f"{named}{path}: {what}{'' if kind == 'glob' else ' this folder'}")


def _folder(folder: str) -> Iterator[str]:
    """A folder's documents at any depth, in name order (the same order on every machine)."""
    for top, folders, names in os.walk(folder):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(names):
            if not name.startswith(".") and _is_document(name):
                yield os.path.join(top, name)


def _is_document(name: str) -> bool:
    return Path(name).suffix.lower() in TEXT_SUFFIXES


def _listed(listing: str) -> Iterator[str]:
    """The documents an @list names, reading it one line at a time."""
    try:
        # O_NONBLOCK: a FIFO is refused below, never waited on (as every input, see files.py).
        fd = os.open(listing, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        raise InputsError(f"{listing}: list of documents not found") from None
    except OSError as error:
        raise InputsError(f"{listing}: cannot read: {error.strerror}") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise InputsError(f"{listing}: not a regular file")
    try:
        with open(fd, encoding="utf-8-sig") as lines:
            for number, line in enumerate(lines, start=1):
                path = line.strip()
                if not path or path.startswith("#"):
                    continue
                where = f"{listing}:{number}"
                kind = _kind(path)
                if kind == "file" and not os.path.lexists(path):
                    raise InputsError(f"{where}: no such file or folder: {path}")
                if kind == "list":
                    raise InputsError(f"{where}: a list cannot name another list: {path}")
                yield from _expanded(path, kind, where)
    except UnicodeDecodeError:
        raise InputsError(f"{listing}: not valid UTF-8") from None
    except OSError as error:
        raise InputsError(f"{listing}: cannot read: {error.strerror}") from None
