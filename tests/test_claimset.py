"""Claims in several files: which files a folder or several paths stand for, and loading them as
one set (ids unique across the files, references across files, every problem in its own file)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factcheck import InputError, load
from factcheck.corpus.claimset import claim_set
from tests.common import write

ARTICLES = {
    "docs/a.md": "Take 1.5 mg to 4.5 mg at night.\n",
    "docs/b.md": "The usual dose is 0.5 to 4.5 mg.\n",
}

SUBJECTS = """
version: 1
subjects:
  - id: dose
    unit: mg
    kind: range
"""

A = """
version: 1
sources:
  - id: a
    path: ../docs/a.md
claims:
  - id: a-dose
    source: a
    subject: dose
    value: 1.5-4.5 mg
    quote: 1.5 mg to 4.5 mg
"""

B = """
version: 1
sources:
  - id: b
    path: ../docs/b.md
claims:
  - id: b-dose
    source: b
    subject: dose
    value: 0.5-4.5 mg
    quote: 0.5 to 4.5 mg
"""


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder of claims files (subjects in one, a source and its claims in each other), under
    the working directory."""
    monkeypatch.chdir(tmp_path)
    write(tmp_path, {**ARTICLES, "claims/subjects.yaml": SUBJECTS, "claims/a.yaml": A,
                     "claims/b.yaml": B})  # fmt: skip
    return Path("claims")


def put(path: Path, text: str) -> None:
    path.write_text(text.lstrip("\n"), encoding="utf-8")


def problems(*paths: str | Path) -> list[str]:
    with pytest.raises(InputError) as caught:
        load(list(paths))
    return [str(p) for p in caught.value.problems]


# -- which files -------------------------------------------------------------------------------


def test_a_folder_stands_for_its_claims_files_in_path_order(tmp_path: Path) -> None:
    write(tmp_path, {"c/b.yaml": "", "c/a.yml": "", "c/.hidden.yaml": "", "c/notes.md": "",
                     "c/sub/d.yaml": "", "c/Z.YAML": ""})  # fmt: skip
    named = claim_set([str(tmp_path / "c")])
    assert [Path(p).name for p in named.files] == ["Z.YAML", "a.yml", "b.yaml"]
    assert named.several and named.shown == str(tmp_path / "c")


def test_one_file_is_the_single_form_even_if_missing(tmp_path: Path) -> None:
    named = claim_set([str(tmp_path / "nope.yaml")])
    assert not named.several and named.files == (str(tmp_path / "nope.yaml"),)


def test_files_named_in_any_order_or_twice_are_one_set(folder: Path) -> None:
    forward = claim_set(["claims/a.yaml", "claims/b.yaml", "claims/subjects.yaml"])
    backward = claim_set(["claims/subjects.yaml", "claims/b.yaml", "./claims/a.yaml", "claims"])
    assert forward.files == ("claims/a.yaml", "claims/b.yaml", "claims/subjects.yaml")
    assert [os.path.normpath(p) for p in backward.files] == list(forward.files)
    assert forward.shown == "claims/a.yaml and 2 more"


def test_a_folder_without_claims_files_says_so(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    write(tmp_path, {"nested/topic/a.yaml": A})
    assert problems(tmp_path / "empty") == [
        f"{tmp_path / 'empty'}: no claims files (*.yaml, *.yml) in this folder"
    ]
    (message,) = problems(tmp_path / "nested")
    assert message == (
        f"{tmp_path / 'nested'}: no claims files (*.yaml, *.yml) in this folder, only in its "
        f"subfolders (topic), which are not read: name them, e.g. {tmp_path / 'nested'}/*/*.yaml"
    )


# -- one corpus --------------------------------------------------------------------------------


def test_sources_and_subjects_declared_in_one_file_are_used_in_another(folder: Path) -> None:
    corpus = load(folder)
    assert corpus.several and corpus.path == "claims"
    assert [f.path for f in corpus.files] == [
        "claims/a.yaml",
        "claims/b.yaml",
        "claims/subjects.yaml",
    ]
    assert [c.id for c in corpus.claims] == ["a-dose", "b-dose"]  # file by file, in path order
    assert [corpus.file_of(c) for c in corpus.claims] == ["claims/a.yaml", "claims/b.yaml"]
    # Source paths are relative to the file that declares them; outputs show them as named.
    assert corpus.sources["a"].text.text == ARTICLES["docs/a.md"]
    assert corpus.sources["a"].path == "docs/a.md"
    assert corpus.file_of(corpus.sources["b"]) == "claims/b.yaml"
    assert corpus.locate_claim(corpus.claims[1], "quote") == (10, 12)


def test_a_source_declared_in_another_folder_is_relative_to_its_own_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    declares = "version: 1\nsources:\n  - id: a\n    path: a.md\n"
    uses = A.replace("sources:\n  - id: a\n    path: ../docs/a.md\n", "")
    write(tmp_path, {"team/a.md": ARTICLES["docs/a.md"], "team/sources.yaml": declares,
                     "claims/a.yaml": uses, "claims/subjects.yaml": SUBJECTS})  # fmt: skip
    corpus = load(["team/sources.yaml", "claims"])
    assert corpus.sources["a"].path == "team/a.md"
    assert corpus.file_of(corpus.claims[0]) == "claims/a.yaml"


def test_a_duplicate_id_is_located_in_both_files(folder: Path) -> None:
    put(folder / "b.yaml", B.replace("id: b-dose", "id: a-dose"))
    assert problems(folder) == [
        'claims/a.yaml:6:9: duplicate claim id "a-dose" (also claims/b.yaml:6:9)',
        'claims/b.yaml:6:9: duplicate claim id "a-dose" (also claims/a.yaml:6:9)',
    ]


def test_duplicates_of_sources_and_subjects_across_files_too(folder: Path) -> None:
    put(
        folder / "more.yaml",
        "version: 1\nsources:\n  - id: a\n    path: ../docs/b.md\n"
        "subjects:\n  - id: dose\n  - id: dose\n",
    )
    # Claims naming a duplicated id are not checked further: which one they mean is unknown.
    assert problems(folder) == [
        'claims/a.yaml:3:9: duplicate source id "a" (also claims/more.yaml:3:9)',
        'claims/more.yaml:3:9: duplicate source id "a" (also claims/a.yaml:3:9)',
        'claims/more.yaml:6:9: duplicate subject id "dose" (also claims/more.yaml:7:9, '
        "claims/subjects.yaml:3:9)",
        'claims/more.yaml:7:9: duplicate subject id "dose" (also claims/more.yaml:6:9, '
        "claims/subjects.yaml:3:9)",
        'claims/subjects.yaml:3:9: duplicate subject id "dose" (also claims/more.yaml:6:9, '
        "claims/more.yaml:7:9)",
    ]


def test_a_subject_declared_nowhere_is_located_at_the_claim(folder: Path) -> None:
    put(folder / "b.yaml", B.replace("subject: dose", "subject: doze"))
    assert problems(folder) == [
        'claims/b.yaml:8:14: unknown subject "doze" (no claims file of 3 declares it) — '
        'did you mean "dose"?'
    ]


def test_a_source_declared_in_another_file_is_found_but_must_exist_somewhere(
    folder: Path,
) -> None:
    # b's claims move to a.yaml: its source stays declared in b.yaml.
    moved = A + B.split("claims:\n", 1)[1]
    put(folder / "a.yaml", moved)
    put(folder / "b.yaml", "version: 1\nsources:\n  - id: b\n    path: ../docs/b.md\n")
    corpus = load(folder)
    assert [(c.id, corpus.file_of(c)) for c in corpus.claims] == [
        ("a-dose", "claims/a.yaml"),
        ("b-dose", "claims/a.yaml"),
    ]
    (folder / "b.yaml").unlink()
    assert problems(folder) == [
        'claims/a.yaml:12:13: unknown source "b" (no claims file of 2 declares it)'
    ]


def test_every_file_is_read_and_validated_before_problems_are_told(folder: Path) -> None:
    put(folder / "a.yaml", A.replace("value: 1.5-4.5 mg", "value: 1.5-4.5 blorps"))
    put(folder / "b.yaml", B.replace("version: 1", "version: 1\nextra: 1"))
    put(folder / "c.yaml", "version: 1\nclaims: [\n")
    # YAML that cannot be read stops the check first, as in one file; every file's is told.
    (message,) = problems(folder)
    assert message.startswith("claims/c.yaml:3:1: ")
    (folder / "c.yaml").unlink()
    assert problems(folder) == [
        "claims/a.yaml:9:12: unknown unit 'blorps' (subject \"dose\" is in mg)",
        'claims/b.yaml:2:1: unknown top-level key "extra"',
    ]


def test_a_mix_of_versions_names_the_files_of_version_1(folder: Path) -> None:
    put(folder / "b.yaml", B.replace("version: 1", "version: 2"))
    assert problems(folder) == [
        "claims/b.yaml:1:10: unsupported version 2: this factcheck reads version 1 (the set "
        "mixes versions: claims/a.yaml and 1 more are version 1)"
    ]


def test_a_file_of_only_subjects_belongs_to_a_set(folder: Path) -> None:
    assert set(load(folder).subjects) == {"dose"}
    assert problems(folder / "subjects.yaml") == [
        'claims/subjects.yaml:1:1: missing required key "sources" (a file of only subjects is '
        "one file of a set: check it with the others, e.g. `factcheck check claims`)"
    ]


def test_a_file_of_the_set_that_declares_nothing_is_told(folder: Path) -> None:
    put(folder / "empty.yaml", "version: 1\n")
    assert problems(folder) == ["claims/empty.yaml:1:1: declares no sources, subjects or claims"]
    put(folder / "blank.yaml", "# nothing yet\n")
    assert problems(folder) == [
        "claims/blank.yaml:1:1: the claims file is empty (draft one with `factcheck extract DOCS "
        "-o FILE`)",
    ]


def test_a_missing_file_among_several_is_told_with_the_others(folder: Path) -> None:
    assert problems("claims/a.yaml", "claims/gone.yaml", "claims/subjects.yaml") == [
        "claims/gone.yaml: claims file not found (draft one from your documents: `factcheck "
        "extract DOCS -o claims/gone.yaml`)"
    ]


def test_content_may_be_given_for_each_file(folder: Path) -> None:
    content = {"claims/b.yaml": B.replace("0.5-4.5 mg", "1-4.5 mg").encode()}
    corpus = load(folder, documents=False, content=content)
    assert [c.value.text for c in corpus.claims] == ["1.5-4.5 mg", "1-4.5 mg"]
