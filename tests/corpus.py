"""Corpora written to disk for export tests: a small hostile LDN corpus, and one at any scale."""

from __future__ import annotations

from pathlib import Path

#: Markup a hostile source carries in its text and its title; it must never run.
HOSTILE = '</script><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'

_FILES = {
    "clinic-faq.md": """\
# LDN questions answered

When used in much lower doses, typically between 1.5 mg and 4.5 mg, naltrexone acts differently.
The FDA approved naltrexone in 1984 for addiction treatment.
""",
    "wellness-guide.md": """\
Low dose naltrexone is used at reduced dosages: typically between 0.5 mg and 4.5 mg daily.
Some doctors have seen pain relief from as little as 0.1 mg a day.
Naltrexone was first approved in 1984.
""",
    "pharmacy-blog.txt": f"""\
At very low doses (about 0.5–4.5 mg) it behaves differently.
{HOSTILE} We saw that 99% of 400 MS patients improved. =HYPERLINK("http://x")
""",
    "trial.txt": "Participants took 4.5 mg nightly for eight weeks.\n",
}

_CLAIMS = f"""\
version: 1
sources:
  - id: clinic-faq
    path: clinic-faq.md
    title: LDN questions answered
    url: https://example.org/ldn
  - id: wellness-guide
    path: wellness-guide.md
    title: A wellness guide
  - id: pharmacy-blog
    path: pharmacy-blog.txt
    title: '{HOSTILE}'
  - id: trial
    path: trial.txt
    kind: reference
    title: A pilot trial
subjects:
  - id: ldn-lowest-dose
    label: Lowest dose with an effect
    unit: mg
  - id: ldn-typical-daily-dose
    label: Typical daily LDN dose
    unit: mg
    kind: range
  - id: fda-approval-year
    label: Year the FDA approved naltrexone
  - id: ms-patients-improved
    label: MS patients who improved
    unit: "%"
claims:
  - id: clinic-dose
    source: clinic-faq
    subject: ldn-typical-daily-dose
    value: 1.5-4.5 mg
    quote: typically between 1.5 mg and 4.5 mg
  - id: guide-dose
    source: wellness-guide
    subject: ldn-typical-daily-dose
    value: 0.5-4.5 mg
    quote: typically between 0.5 mg and 4.5 mg daily
  - id: blog-dose
    source: pharmacy-blog
    subject: ldn-typical-daily-dose
    value: 0.5-4.5 mg
    quote: about 0.5–4.5 mg
  - id: trial-dose
    source: trial
    subject: ldn-typical-daily-dose
    value: 4.5 mg
    quote: 4.5 mg nightly
  - id: guide-low
    source: wellness-guide
    subject: ldn-lowest-dose
    value: 0.1 mg
    quote: as little as 0.1 mg
  - id: clinic-fda
    source: clinic-faq
    subject: fda-approval-year
    value: 1984
    quote: approved naltrexone in 1984
  - id: guide-fda
    source: wellness-guide
    subject: fda-approval-year
    value: 1984
    quote: first approved in 1984
  - id: blog-ms
    source: pharmacy-blog
    subject: ms-patients-improved
    value: 99%
    quote: 99% of 400 MS patients
"""


def write_small_corpus(root: Path) -> Path:
    """Four LDN sources (one hostile, one reference): a dose-range conflict, an agreement,
    two unsupported numbers. Returns the claims file."""
    root.mkdir(parents=True, exist_ok=True)
    for name, text in _FILES.items():
        (root / name).write_text(text, encoding="utf-8")
    (root / "claims.yaml").write_text(_CLAIMS, encoding="utf-8")
    return root / "claims.yaml"


_UNIT_FILES = {
    "sun-guide.md": "🌞☀️ Adults need about 600 IU of vitamin D a day.\n"
    "In one trial 30% of patients felt better after 12 weeks.\n",
    "pharmacy.md": "Most adults need 800 IU daily.\nAbout 30 % felt better, over twelve weeks.\n",
}

_UNIT_CLAIMS = """\
version: 1
sources:
  - {id: sun-guide, path: sun-guide.md, title: A sunny guide}
  - {id: pharmacy, path: pharmacy.md, title: The pharmacy}
subjects:
  - {id: vitamin-d-dose, label: Daily vitamin D for adults, unit: IU}
  - {id: trial-share, label: Trial patients who felt better, unit: "%"}
  - {id: trial-length, label: Length of the trial, unit: week}
claims:
  - {id: guide-dose, source: sun-guide, subject: vitamin-d-dose, value: 600 IU,
     quote: "🌞☀️ Adults need about 600 IU"}
  - {id: pharmacy-dose, source: pharmacy, subject: vitamin-d-dose, value: 800 IU,
     quote: need 800 IU daily}
  - {id: guide-share, source: sun-guide, subject: trial-share, value: 30%,
     quote: 30% of patients felt better after 12 weeks}
  - {id: pharmacy-share, source: pharmacy, subject: trial-share, value: 30%,
     quote: "About 30 % felt better"}
  - {id: guide-length, source: sun-guide, subject: trial-length, value: 12 weeks,
     quote: 30% of patients felt better after 12 weeks}
  - {id: pharmacy-length, source: pharmacy, subject: trial-length, value: 12 weeks,
     quote: over twelve weeks}
"""


def write_units_corpus(root: Path) -> Path:
    """Two sources whose claims are in IU, % and weeks (no mg): a vitamin D dose conflict, a share
    and a trial length they agree on (one in words); one quote opens with emoji before its
    number. Returns the claims file."""
    root.mkdir(parents=True, exist_ok=True)
    for name, text in _UNIT_FILES.items():
        (root / name).write_text(text, encoding="utf-8")
    (root / "claims.yaml").write_text(_UNIT_CLAIMS, encoding="utf-8")
    return root / "claims.yaml"


def write_scaled_corpus(root: Path, n_claims: int, per_subject: int = 50) -> Path:
    """``n_claims`` claims over ``n_claims // 20`` sources: dose subjects of ``per_subject``
    claims split between two conflicting ranges, and every 25th claim an unsupported statistic.
    Each quote sits in a sentence of ordinary length, so excerpts are realistic."""
    root.mkdir(parents=True, exist_ok=True)
    n_sources = max(2, n_claims // 20)
    texts: list[list[str]] = [[] for _ in range(n_sources)]
    subjects: dict[str, str] = {}
    claims: list[str] = []
    filler = "Readers asked their doctors about it and the answers varied from clinic to clinic."
    for k in range(n_claims):
        src = k % n_sources
        if k % 25 == 24:
            subject = f"stat-{k:06d}"
            subjects[subject] = (
                f"{{id: {subject}, label: Patients improved in report {k}, unit: '%'}}"
            )
            pct = 10 + k % 80
            quote = f"in report {k} some {pct}% of {100 + k % 900} patients improved"
            value = f"{pct}%"
        else:
            s = k // per_subject
            subject = f"dose-{s:05d}"
            subjects[subject] = (
                f"{{id: {subject}, label: Daily dose in topic {s}, unit: mg, kind: range}}"
            )
            lo = "1.5" if k % 2 else "0.5"
            quote = f"for topic {s} note {k} the dose was typically between {lo} mg and 4.5 mg"
            value = f"{lo}-4.5 mg"
        texts[src].append(f"{filler} As written, {quote} in most cases. {filler}")
        claims.append(
            f"  - {{id: c{k:06d}, source: s{src:05d}, subject: {subject}, value: '{value}', "
            f"quote: '{quote}'}}"
        )
    sources = []
    for i, lines in enumerate(texts):
        (root / f"s{i:05d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        sources.append(f"  - {{id: s{i:05d}, path: s{i:05d}.txt, title: Article number {i}}}")
    declared = [f"  - {line}" for line in subjects.values()]
    text = "\n".join(
        ["version: 1", "sources:", *sources, "subjects:", *declared, "claims:", *claims]
    )
    (root / "claims.yaml").write_text(text + "\n", encoding="utf-8")
    return root / "claims.yaml"


def add_hostile_claim(claims: Path) -> str:
    """Add to a claims file written by ``benchmarks/synth.py`` a source whose title and text carry
    ``HOSTILE``, a subject with markup in its label, and one unsupported claim quoting the markup
    (the file's last claim). Returns the claim's id."""
    root = claims.parent
    (root / "hostile.txt").write_text(
        f"{HOSTILE} A reader wrote that 97% of 1234 patients relapsed.\n", encoding="utf-8"
    )
    text = claims.read_text(encoding="utf-8")
    source = f"  - id: hostile-src\n    path: hostile.txt\n    title: '{HOSTILE}'\n"
    subject = "  - id: hostile-share\n    label: '<b>Relapse</b> share'\n    unit: '%'\n"
    quote = '<img src=x onerror="window.__pwned=2"> A reader wrote that 97% of 1234 patients'
    claim = (
        "  - id: hostile-claim\n    source: hostile-src\n    subject: hostile-share\n"
        f"    value: 97%\n    quote: '{quote}'\n"
    )
    text = text.replace("\nsubjects:\n", f"\n{source}subjects:\n", 1)
    text = text.replace("\nclaims:\n", f"\n{subject}claims:\n", 1)
    claims.write_text(text + claim, encoding="utf-8")
    return "hostile-claim"
