"""Tests for factcheck.extract.inputs: files, folders, globs and @lists, expanded lazily."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.inputs import InputsError, document_paths, is_corpus


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """docs/ with documents at two depths, a hidden folder and files that are no documents."""
    monkeypatch.chdir(tmp_path)
    for name in (
        "docs/b.md", "docs/a.txt", "docs/sub/c.html", "docs/sub/d.MD", "docs/z/e.htm",
        "docs/.git/x.md", "docs/.hidden.md", "docs/notes.pdf", "docs/claims.yaml",
    ):  # fmt: skip
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("5 mg\n", encoding="utf-8")
    return tmp_path


FOLDER = ["docs/a.txt", "docs/b.md", "docs/sub/c.html", "docs/sub/d.MD", "docs/z/e.htm"]


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (["docs"], FOLDER),
        (["docs/b.md", "docs/sub"], ["docs/b.md", "docs/sub/c.html", "docs/sub/d.MD"]),
        (["docs/**/*.html"], ["docs/sub/c.html"]),
        (["docs/*"], ["docs/a.txt", "docs/b.md", *FOLDER[2:]]),
        (["docs/notes.pdf"], ["docs/notes.pdf"]),  # named: reading it says it is no document
        (["missing.md"], ["missing.md"]),  # named: reading it says it is missing
    ],
)
def test_arguments_expand_in_order(tree: Path, arguments: list[str], expected: list[str]) -> None:
    assert list(document_paths(arguments)) == expected


def test_a_list_names_files_folders_and_globs(tree: Path) -> None:
    (tree / "paths.txt").write_text(
        "\ufeff# the corpus\n\n  docs/b.md  \ndocs/z\n# more\ndocs/sub/*.html\n", encoding="utf-8"
    )
    assert list(document_paths(["@paths.txt"])) == ["docs/b.md", "docs/z/e.htm", "docs/sub/c.html"]
    assert is_corpus(["@paths.txt"]) and is_corpus(["docs"]) and is_corpus(["docs/*.md"])
    assert not is_corpus(["docs/b.md", "missing.md"])


def test_a_list_is_read_as_documents_are_asked_for(tree: Path) -> None:
    (tree / "paths.txt").write_text("docs/b.md\nnot/there.md\n", encoding="utf-8")
    documents = document_paths(["@paths.txt"])
    assert next(documents) == "docs/b.md"  # before the missing line is read
    with pytest.raises(InputsError, match=r"^paths\.txt:2: no such file or folder: not/there\.md$"):
        next(documents)


@pytest.mark.parametrize(
    ("listed", "message"),
    [
        ("docs/b.md\n\nnope/*.md\n", "paths.txt:3: nope/*.md: no document matches"),
        ("@other.txt\n", "paths.txt:1: a list cannot name another list: @other.txt"),
        ("docs/sub\nempty\n", "paths.txt:2: empty: no .txt, .md or .html document in this folder"),
    ],
)
def test_list_problems_are_located(tree: Path, listed: str, message: str) -> None:
    (tree / "empty").mkdir()
    (tree / "paths.txt").write_text(listed, encoding="utf-8")
    with pytest.raises(InputsError) as caught:
        list(document_paths(["@paths.txt"]))
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("argument", "message"),
    [
        ("@absent.txt", "absent.txt: list of documents not found"),
        ("docs/**/*.rst", "docs/**/*.rst: no document matches"),
        ("empty", "empty: no .txt, .md or .html document in this folder"),
    ],
)
def test_arguments_naming_no_document_are_errors(tree: Path, argument: str, message: str) -> None:
    (tree / "empty").mkdir()
    with pytest.raises(InputsError) as caught:
        list(document_paths([argument]))
    assert str(caught.value) == message
