"""Whether a figure of a software document is an example's value, not the program's own.

Software documents show values the reader may choose as often as they state the values the
program has. Three kinds of writing give examples:

- a code sample: a fenced block of a README, FAQ or tutorial (a YAML, TOML, JSON or ini
  configuration, a shell command line) shows one configuration, not the defaults, unless the
  text before it says the block is the defaults ("The defaults are:", "Default
  configuration") or its own line says so (``port = 8080  # default``);
- a how-to sentence: what to set to get something ("To serve on port 9000, set ...", "if you
  want 8 workers, ..."), a walk-through's own choice ("Here we stop at zoom 16", "In this
  walk-through we use 4 workers"), an instance given ("for example", "e.g.", "say,");
- a code that names an outcome, not an amount: an HTTP status ("rejected with 401",
  "return 404", "404s"), an exit code ("exits with status 2"), an error code.

The first two give a figure the context ``example: <the figure as written>``
(``propose``), so that it never compares with a default nor with another example (the older
sentence readers below, ``in_example``, give ``basis: example``); the third is drafted under
its own ``code: N`` context, so that two codes never meet, and "404s" is no claim
(``drafts.draft_claims``).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

#: A Markdown code fence: three backticks or tildes at a line's start.
_FENCE_RE = re.compile(r"^[ \t]*(?:```|~~~)", re.MULTILINE)
#: What says a code sample is the program's defaults: "The defaults are:", "the default
#: configuration", "Default:", "with its default values", "defaults to". Not one that says it
#: differs from them ("instead of the default", "override the defaults").
_DEFAULTS_SAID_RE = re.compile(
    r"\b(?:defaults?|out\s+of\s+the\s+box|built-in\s+values?|shipped\s+values?)\b", re.IGNORECASE
)
_NOT_DEFAULTS_RE = re.compile(
    r"\b(?:instead\s+of|override[sd]?|overriding|change[sd]?|changing|replace[sd]?|other\s+than"
    r"|differ(?:s|ent)?\s+from|leave\s+out|left\s+out|falls?\s+back)\b[^.\n]{0,30}\bdefaults?\b",
    re.IGNORECASE,
)
#: How far before a fence the text that introduces it is read (its paragraph and heading).
_INTRO_REACH = 240


@lru_cache(maxsize=16)
def _fenced_blocks(text: str) -> tuple[tuple[int, int], ...]:
    """The fenced code blocks of ``text``: each block's [opening fence, closing fence)."""
    if "```" not in text and "~~~" not in text:
        return ()
    fences = [m.start() for m in _FENCE_RE.finditer(text)]
    return tuple(zip(fences[::2], fences[1::2], strict=False))


def in_code_sample(text: str, span: tuple[int, int]) -> bool:
    """Whether the figure at ``span`` lies in a fenced code block that shows a configuration
    or a command, not the defaults (see the module): an example's value."""
    blocks = _fenced_blocks(text)
    if not blocks:
        return False
    index = bisect.bisect_right([a for a, _ in blocks], span[0]) - 1
    if index < 0 or not blocks[index][0] < span[0] < blocks[index][1]:
        return False
    opening = blocks[index][0]
    line_start = text.rfind("\n", 0, span[0]) + 1
    line_end = text.find("\n", span[1])
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if _DEFAULTS_SAID_RE.search(line):
        # "port = 8080  # default": the line says its value is the default.
        return False
    # The text that introduces the block: back to the previous block's end, the heading above.
    previous_end = blocks[index - 1][1] if index > 0 else 0
    intro = text[max(previous_end, opening - _INTRO_REACH) : opening]
    return not (_DEFAULTS_SAID_RE.search(intro) and not _NOT_DEFAULTS_RE.search(intro))


#: A how-to sentence's or a walk-through's words before the figure: an instance given ("for
#: example", "e.g.", "say,"), a purpose to reach ("to serve on port", "if you want", "suppose"),
#: the walk-through's own choice ("Here we stop at", "in this tutorial", "we use").
_HOW_TO_BEFORE_RE = re.compile(
    r"\b(?:(?P<instance>for\s+(?:example|instance)|e\.\s?g\.|say,|suppose|supposing|imagine)"
    r"|(?:in|for)\s+(?:this|our|the)\s+(?:walk-?through|tutorial|guide|quick\s*start|demo"
    r"|example|sample|how-?to)"
    r"|here\s+we|let's\s+(?:set|use|pick|choose|say)"
    r"|we(?:'ll|\s+will)\s+(?:set|use|pick|choose|stop|run|give|limit|keep|go\s+with|start)"
    r"|we\s+(?:pick|choose|chose|go\s+with)\b)",
    re.IGNORECASE,
)
#: A purpose clause that opens the sentence and an instruction after the figure: "To serve on
#: port 9000, set listen_port", "to allow 50 connections, raise max_connections".
_PURPOSE_OPENING_RE = re.compile(r"(?:^|[:;]\s*|,\s*)to\s+[a-z]+\b", re.IGNORECASE)
_INSTRUCTION_AFTER_RE = re.compile(
    r"[^.;:]{0,40}?,\s*(?:just\s+|simply\s+)?(?:set|use|pass|add|run|raise|lower|change|put"
    r"|give|start|launch|edit|write|publish)\b",
    re.IGNORECASE,
)


#: Words that say a figure is the program's default: "the default is", "by default".
_DEFAULT_SAID_RE = re.compile(r"\bdefaults?\b|\bdefaulting\b|\bout\s+of\s+the\s+box\b", re.I)
#: How far after the figure its default may be said ("port 8080 (the default)").
_DEFAULT_REACH = 20
#: A wish right before the figure: "if you want 8 workers", "if you need to keep 30 days".
_WISH_BEFORE_RE = re.compile(
    r"\bif\s+you\s+(?:want|need|wish|would\s+like)\s+(?:to\s+[a-z]+\s+)?(?:[a-z]+\s+){0,2}\Z",
    re.IGNORECASE,
)


def how_to_example(text: str, span: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether the figure at ``span`` is told as a how-to's or a walk-through's chosen value
    (see the module): "for example, to serve on port 9000, set ...", "Here we stop at zoom
    16", "If you want 8 workers, ...", not "mapforge listens on port 8080 by default"."""
    told = _HOW_TO_BEFORE_RE.search(text, sentence[0], span[0])
    # "for example because of cancer treatment, should have three doses": the instance is of
    # the words it is set off with, not of a figure past its closing comma.
    if (
        told is not None
        and told["instance"]
        and not re.match(r"\s*[,:]", text[told.end() :])
        and "," in text[told.end() : span[0]]
    ):
        told = None
    if told is not None:
        # "For example, the default is 4 workers": an instance of what the program does.
        after = text[span[1] : min(sentence[1], span[1] + _DEFAULT_REACH)]
        return not _DEFAULT_SAID_RE.search(text[told.end() : span[0]] + " " + after)
    if _WISH_BEFORE_RE.search(text, max(sentence[0], span[0] - 60), span[0]):
        return True
    openings = list(_PURPOSE_OPENING_RE.finditer(text, sentence[0], span[0]))
    opening = openings[-1] if openings else None
    if opening is None or (opening.start() > sentence[0] and text[opening.start()] == ","):
        # ", to" inside the sentence is a purpose of what came before it ("raised to 16").
        return False
    if re.search(r"[.,;:]", text[opening.end() : span[0]]):
        return False
    return _INSTRUCTION_AFTER_RE.match(text, span[1]) is not None


#: A code that names an outcome: an HTTP status ("rejected with 401", "returns a 404", "HTTP
#: 503", "404s", "a 429 response"), an exit or error code ("exits with status 2", "exit code
#: 3", "error code 1045").
_STATUS_BEFORE_RE = re.compile(
    r"\b(?:(?:HTTP|status|response|error|exit|return)(?:\s+(?:code|status))?"
    r"|return(?:s|ed|ing)?(?:\s+(?:an?|the))?|respond(?:s|ed)?\s+with(?:\s+(?:an?|the))?"
    r"|(?:rejected|refused|denied|answered|fails?|failed|exits?|exited|aborts?)\s+with"
    r"(?:\s+(?:an?|the))?(?:\s+(?:code|status|error))?)\s*\Z",
    re.IGNORECASE,
)
_STATUS_AFTER_RE = re.compile(
    r"(?:\s+(?:error|errors|response|responses|status|code|not\s+found|unauthori[sz]ed"
    r"|forbidden|too\s+many|bad\s+request|internal|service\s+unavailable|gateway)\b)",
    re.IGNORECASE,
)
_HTTP_STATUS_RE = re.compile(r"[1-5]\d\d\Z")


def status_code(text: str, span: tuple[int, int]) -> bool:
    """Whether the bare number at ``span`` is a status or exit code (see the module): an
    identifier of an outcome, not a quantity."""
    figure = text[span[0] : span[1]]
    if not figure.isdigit():
        return False
    before = text[max(0, span[0] - 40) : span[0]]
    said_before = _STATUS_BEFORE_RE.search(before) is not None
    if said_before and re.search(r"\b(?:exit|exits|exited|error)\b", before[-25:], re.I):
        return True
    if not _HTTP_STATUS_RE.match(figure):
        return False
    if _STATUS_AFTER_RE.match(text, span[1]) is not None:
        return True
    if text.startswith("s", span[1]) and _PLURAL_CODES_RE.search(before):
        # "Why are there 404s above zoom 18?", "clients get 503s": codes counted, not seconds
        # ("seed.render_timeout 300s" is a time).
        return re.match(r"s\b", text[span[1] :]) is not None and figure[0] in "45"
    # "returns 200 results": what follows the figure counts a noun, an amount.
    word = _WORD_AFTER_RE.match(text, span[1])
    ends = word is None or word["word"].lower() in _FUNCTION_WORDS
    listed = ends or (word is not None and word["word"].lower() in _VERBS_AFTER_CODE)
    if said_before and listed and figure[0] in "12345":
        return True  # "Status 200 means the call succeeded"
    if not said_before and listed and _CODE_LIST_BEFORE_RE.search(before):
        # "4xx responses (except 429)", "fail with 502, 503 or 504": one code of a list of them
        return True
    return said_before and ends


#: A status code named in a list of them, right before the figure: "4xx responses (except
#: 429)", "502, 503 or 504", "HTTP status codes such as 429" (a code or a word of codes, then
#: up to 30 characters of its clause, then a word of listing).
_CODE_LIST_BEFORE_RE = re.compile(
    r"(?:\b[1-5](?:\d\d|xx)\b|\b(?:HTTP|status(?:es)?|responses?|codes?|errors?)\b)[^.;:\n\d]{0,30}?"
    r"(?:\b(?:except|apart\s+from|other\s+than|besides|such\s+as|including|like|or|and)\b|,)"
    r"[ \t]*\(?[ \t]*\Z"
    r"|\b[1-5]\d\d(?:[ \t]*,[ \t]*[1-5]\d\d)*[ \t]*(?:,|\bor\b|\band\b)[ \t]*\Z",
    re.IGNORECASE,
)


#: Verbs that may follow a code in a list: "5xx responses and 429 are retried".
_VERBS_AFTER_CODE = frozenset(
    ["are", "is", "were", "was", "will", "would", "should", "must", "can", "may", "get", "gets",
     "also", "too", "means", "meant"]
)  # fmt: skip


def status_phrase_after(text: str, end: int) -> bool:
    """Whether a status's reason phrase follows the code ending at ``end``: "429 Too Many
    Requests", "404 Not Found", "503 Service Unavailable" (a code, not 429 requests)."""
    return _REASON_AFTER_RE.match(text, end) is not None


_REASON_AFTER_RE = re.compile(
    r"[ \t]+(?:Too[ \t]+Many[ \t]+Requests|Not[ \t]+Found|Service[ \t]+Unavailable"
    r"|Bad[ \t]+(?:Request|Gateway)|Internal[ \t]+Server[ \t]+Error|Gateway[ \t]+Timeout"
    r"|Request[ \t]+Timeout|Payload[ \t]+Too[ \t]+Large|Unprocessable[ \t]+(?:Entity|Content)"
    r"|Moved[ \t]+Permanently|Not[ \t]+Modified|Method[ \t]+Not[ \t]+Allowed|Conflict"
    r"|Unauthori[sz]ed|Forbidden|Gone)\b"
)


#: Words before a status code counted in the plural: "there are 404s", "clients get 503s".
_PLURAL_CODES_RE = re.compile(
    r"\b(?:are|were|of|any|no|the|get|gets|got|getting|see|sees|saw|seeing|many|more|fewer"
    r"|return|returns|returned|returning|throws?|with)\s+(?:there\s+)?\Z",
    re.IGNORECASE,
)
#: The word right after a figure, when one follows in its clause.
_WORD_AFTER_RE = re.compile(r"[ \t]+(?P<word>[A-Za-z]+)")
#: Words after a code that end its phrase: "rejected with 401 when", "returns 404 for".
_FUNCTION_WORDS = frozenset(
    [
        "and",
        "or",
        "but",
        "when",
        "whenever",
        "if",
        "unless",
        "for",
        "on",
        "to",
        "with",
        "at",
        "in",
        "from",
        "because",
        "instead",
        "as",
        "so",
        "then",
        "after",
        "before",
        "until",
        "while",
    ]
)


# The sentence-level readers of "is this figure an example?" that the drafting stages share
# (one place, one vocabulary; each use keeps its own reach, so that development output stays
# the same as when each stage held its own copy).

#: An instance given: "for example", "for instance", "e.g.".
_INSTANCE = r"\bfor\s+(?:example|instance)\b|\be\.g\."
#: A sentence that opens with "Here": a walk-through's own setting ("Here it listens on 6432").
_HERE_OPENING = r"^\W*here\b"

#: A sentence that passes an option a value or gives an example: "with --port 9000", "Here it
#: listens on ...", "for example" (not "unless you pass --port"). ``settings.served_at``.
PASSES_OR_GIVES_EXAMPLE_RE = re.compile(
    rf"(?<![\w-])--?[a-z][\w-]*(?:[ =]|`?\s+)\d|{_HERE_OPENING}|{_INSTANCE}", re.IGNORECASE
)
#: A sentence of a value someone chose: an example, a benchmark's or a test's setting ("In our
#: benchmark we ran it with 16 parallel jobs"). ``grouping.group``'s claims of settings.
CHOSEN_VALUE_RE = re.compile(
    rf"{_INSTANCE}|\bbenchmark|\bin\s+our\s+(?:test|setup|lab)|"
    rf"\bwe\s+(?:ran|tested|measured|used|set)\b|{_HERE_OPENING}",
    re.IGNORECASE,
)
#: A sentence that tells of an example ("In this example the project ... runs 8 jobs", "The
#: example configuration above sets a batch of 200"): what the example does, not the default.
TOLD_EXAMPLE_RE = re.compile(
    r"\b(?:(?:in|for|with)\s+(?:this|that|the|our|my)\s+(?:\w+\s+)?example"
    r"|(?:this|that|the|our)\s+example\s+(?:above|below|here|project|config\w*|setup|file"
    r"|command|uses?|sets?|shows?|runs?)"
    r"|(?:the|an)\s+example\s+(?:like|such\s+as))\b",
    re.IGNORECASE,
)


def in_example(text: str, span: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether the figure at ``span`` is told of an example before it in its sentence ("In this
    example the project ... runs 8 jobs"): an example's value, not what holds unless set."""
    return TOLD_EXAMPLE_RE.search(text, sentence[0], span[0]) is not None


#: A bound on the values a setting accepts, told with their rejection after the setting's code
#: name: "A `max_zoom` above 22 is now rejected at startup", "a worker_count over 64 is an
#: error"; not a limit the setting is ("Messages over 1 MiB are rejected": the maximum).
_ACCEPTED_BEFORE_RE = re.compile(
    r"(?:`[\w.-]+`|\b[a-z]+[_.][\w.]*[a-z])\s+(?:(?:value|setting)s?\s+)?"
    r"(?:above|over|beyond|below|under|(?:greater|larger|higher|more|bigger|smaller|lower"
    r"|less|fewer)\s+than|outside(?:\s+of)?|past|exceeding)\s+\Z",
    re.IGNORECASE,
)
_REJECTED_AFTER_RE = re.compile(
    r"[^.;\n]{0,20}?\b(?:is|are|will\s+be|gets?|get)\s+(?:now\s+|always\s+|then\s+)?"
    r"(?:rejected|refused|disallowed|not\s+allowed|not\s+accepted|invalid|an\s+error"
    r"|treated\s+as\s+an\s+error)\b",
    re.IGNORECASE,
)


def accepted_bound(text: str, span: tuple[int, int]) -> bool:
    """Whether the figure at ``span`` bounds the values a setting accepts, told by what is
    rejected beyond it after the setting's code name ("A `max_zoom` above 22 is now rejected at
    startup"): the range of valid values, not the setting's default. A thing's bound ("Inputs
    larger than 200 MB are rejected") is the limit the program applies, its maximum."""
    # The mention may hold its own bound word ("above 22"): read up to its first digit.
    digit = re.search(r"\d", text[span[0] : span[1]])
    first = span[0] + (digit.start() if digit else 0)
    if _ACCEPTED_BEFORE_RE.search(text, max(0, span[0] - 60), first) is None:
        return False
    return _REJECTED_AFTER_RE.match(text, span[1]) is not None
