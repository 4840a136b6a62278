"""A small corpus written for the tests: three articles about one drug and their claims file."""

from __future__ import annotations

from pathlib import Path

ALPHA = """\
# Alpha clinic notes

By Dana Reyes · Published March 3, 2024 · 5 min read

Most adults take LDN at a dose typically between 1.5 mg and 4.5 mg each night.

In one small pilot, 57% of participants reported less pain after 12 weeks.

1. Start low.
2. Go slow.
"""

BETA = """\
Beta wellness overview
Updated 2023-11-02

Doses usually range from 1.5 mg to 4.5 mg per day.
A pilot study of the drug ran for 12 weeks.
Around 400 patients were surveyed, and 99% of them felt better.
"""

GAMMA = """\
# Gamma pharmacy

The usual daily amount is 0.5 to 4.5 mg, taken at bedtime.
The trial lasted 12 weeks in total.
"""

CLAIMS = """\
version: 1
sources:
  - id: alpha
    path: articles/alpha.md
  - id: beta
    path: articles/beta.txt
  - id: gamma
    path: articles/gamma.md
subjects:
  - id: typical-dose
    label: Typical daily dose
    unit: mg
    kind: range
  - id: trial-length
    label: Pilot trial length
    unit: week
  - id: pain-responders
    label: Share reporting less pain
    unit: "%"
  - id: survey-better
    label: Share of surveyed patients who felt better
    unit: "%"
claims:
  - id: alpha-dose
    source: alpha
    subject: typical-dose
    value: 1.5-4.5 mg
    quote: typically between 1.5 mg and 4.5 mg
  - id: beta-dose
    source: beta
    subject: typical-dose
    value: 1.5-4.5 mg
    quote: range from 1.5 mg to 4.5 mg
  - id: gamma-dose
    source: gamma
    subject: typical-dose
    value: 0.5-4.5 mg
    quote: usual daily amount is 0.5 to 4.5 mg
  - id: alpha-trial
    source: alpha
    subject: trial-length
    value: 12 weeks
    quote: after 12 weeks
  - id: beta-trial
    source: beta
    subject: trial-length
    value: 12 weeks
    quote: ran for 12 weeks
  - id: gamma-trial
    source: gamma
    subject: trial-length
    value: 12 weeks
    quote: lasted 12 weeks
  - id: alpha-responders
    source: alpha
    subject: pain-responders
    value: 57%
    quote: 57% of participants reported less pain
  - id: beta-survey
    source: beta
    subject: survey-better
    value: 99%
    quote: 99% of them felt better
"""

FILES = {
    "claims.yaml": CLAIMS,
    "articles/alpha.md": ALPHA,
    "articles/beta.txt": BETA,
    "articles/gamma.md": GAMMA,
}


def write_corpus(folder: Path, files: dict[str, str] | None = None) -> Path:
    """Write the corpus (or ``files``) under ``folder``; the claims file's path."""
    for name, text in (files or FILES).items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder / "claims.yaml"


def split_by_source(text: str = CLAIMS, folder: str = "claims") -> dict[str, str]:
    """The claims file ``text`` as a folder of claims files, as `extract --per-source` keeps
    them: ``FOLDER/subjects.yaml`` and ``FOLDER/SOURCE.yaml`` (the source and its claims)."""
    import io

    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    yaml.sort_base_mapping_type_on_output = False  # type: ignore[assignment]
    data = yaml.load(text)

    def dumped(part: dict[str, object]) -> str:
        out = io.StringIO()
        yaml.dump({"version": 1, **part}, out)
        return out.getvalue()

    files = {f"{folder}/subjects.yaml": dumped({"subjects": data.get("subjects", [])})}
    for source in data["sources"]:
        moved = {**source, "path": "../" * (folder.count("/") + 1) + source["path"]}
        claims = [c for c in data.get("claims", []) if c["source"] == source["id"]]
        files[f"{folder}/{source['id']}.yaml"] = dumped({"sources": [moved], "claims": claims})
    return files
