"""Measure concepts: one measure named in other words, written from general English.

Two documents seldom name a measure with the same word: "one tablet covers about 16 hours" and
"keeps working for up to 24 hours" both say how long an effect lasts; "the stadium will be played
in from 2027" and "opening is set for 2028" both date an opening; "trams every 8 minutes" and "a
tram every 6 minutes at peak times" both give a frequency. Each ``Concept`` below is one such
measure with the phrases that name it, across health, news, software and the home, written from
general English and not from any one document; a phrase counts when it stands in the figure's
clause near it with no other figure between (``wordings.speaking``). A figure a concept speaks of
gets its name as a key word (``~lasts``), so the pair model sees two figures that name one
concept in other words share a word.

Each concept also names its **opposites**, measures of one topic that are never one quantity
(how long an effect lasts and how long it takes to start; an opening and a closing; a minimum and
a maximum). A figure that both a concept and one of its opposites speak of gets neither (the
words are mixed), and two figures of opposite concepts are never joined (``opposed``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from factcheck.extract.subjects.wordings import PhraseClass, speaking

#: The prefix of a concept's key word: no stem of a word starts with it.
PREFIX = "~"

_TIME = frozenset({"duration"})
_DATES = frozenset({"when", "year"})
_MONEY = frozenset({"money"})
_COUNTS = frozenset({"count", "number"})
_SHARES = frozenset({"share"})
_ANY: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Concept:
    """One measure and the phrases of general English that name it."""

    name: str
    dimensions: frozenset[str]
    """The dimensions of the figures it may name (empty: any)."""
    phrases: tuple[str, ...]
    """Regular expressions, each one way of naming it (a word boundary is put before each, and
    after each that ends in a letter)."""
    opposites: tuple[str, ...] = ()
    """Concepts of the same topic that are never the same measure."""
    broad: bool = False
    """Whether it is a kind of value more than a measure (a maximum, a typical value, an
    increase): a figure's only such concept on two pages is no evidence of one quantity."""
    marker: bool = False
    """Whether it only tells a figure from its opposites (a share of a group, "7% of men over
    65", is no share of people at large) and gives it no key word: a share of women on one page
    and of patients on another are no more alike for it."""


#: The measure concepts. Opposites are read both ways: a concept is the opposite of its
#: opposites' too.
CONCEPTS: tuple[Concept, ...] = (
    # --- spans of time ---
    Concept(
        "lasts",
        _TIME,
        (
            r"(?:lasts?|lasted|lasting)(?!\s+(?:year|month|week|time))",
            r"covers?(?:\s+you)?(?:\s+for)?|covered\s+for",
            r"keeps?\s+working|stays?\s+(?:effective|active|working)|remains?\s+effective",
            r"works?\s+for|wears?\s+off|wore\s+off|long[\s-]acting",
            r"(?:effect|protection|relief|cover)\s+(?:lasts|holds|of)",
            r"duration\s+of\s+(?:action|effect)|protects?\s+(?:you\s+)?for",
        ),
        ("onset", "charging"),
    ),
    Concept(
        "onset",
        _TIME,
        (
            r"takes?\s+effect|to\s+take\s+effect|starts?\s+(?:to\s+)?work(?:ing)?|kicks?\s+in",
            r"begins?\s+to\s+work|onset|(?:reach|reaches|reaching)\s+(?:its\s+)?full\s+effect",
            r"full\s+effect|to\s+(?:start\s+)?work|before\s+it\s+works|noticeable\s+(?:effect|"
            r"difference)|to\s+notice",
        ),
        ("lasts",),
    ),
    Concept(
        "wear",
        _TIME,
        (r"wear|wears|wearing|worn|wear(?:ing)?\s+time",),
    ),
    Concept(
        "journey",
        _TIME,
        (
            r"journey|trip|ride|crossing|commute|travel(?:ling)?\s+time|flight|drive|"
            r"end[\s-]to[\s-]end|door[\s-]to[\s-]door|to\s+get\s+(?:there|from)|takes?\s+to\s+"
            r"(?:cross|travel|reach|get)",
        ),
        ("frequency",),
    ),
    Concept(
        "frequency",
        frozenset({"duration", "count", "number"}),
        (
            r"(?:once\s+)?every(?=\s+(?:\d|a|an|one|two|three|four|five|six|seven|eight|nine|"
            r"ten|twelve|fifteen|twenty|thirty|few|couple|half|other)\b)",
            r"headways?|how\s+often|frequency|frequencies|at\s+intervals\s+of|intervals?\s+of",
            r"times\s+(?:a|an|per|each)\s+(?:day|week|month|year|hour|night)",
            r"(?:per|each)\s+hour|service\s+(?:runs\s+)?every",
        ),
        ("journey",),
    ),
    Concept(
        "retention",
        _TIME,
        (
            r"(?:kept|retained|stored|cached|archived)\s+for|retention|time[\s-]to[\s-]live|ttl",
            r"expires?|expired|expiry|(?:deleted|purged|discarded|evicted|pruned)(?:\s+after)?",
        ),
    ),
    Concept(
        "shelf-life",
        _TIME,
        (
            r"shelf[\s-]life|use\s+(?:it\s+|them\s+)?within|best\s+before|keeps?\s+for|"
            r"good\s+for|once\s+opened|after\s+opening|discard\s+after",
        ),
    ),
    Concept(
        "course",
        _TIME,
        (
            r"course|treatment\s+(?:lasts|period|runs)|(?:take|use)\s+(?:it\s+|them\s+)?for|"
            r"continue\s+for|programme|regimen|stay\s+on",
        ),
        broad=True,
    ),
    Concept(
        "charging",
        _TIME,
        (r"charge|charges|charging|recharge|recharging|to\s+full|top\s+up",),
        ("lasts",),
    ),
    Concept(
        "cooking",
        _TIME,
        (
            r"bake|baking|cook|cooking|roast|roasting|boil|boiling|simmer|simmering|ferment|"
            r"fermenting|fermentation|prove|proving|proof|proofing|rise|brew|brewing|steep",
        ),
    ),
    Concept(
        "rest",
        _TIME,
        (r"rest|resting|sit\s+(?:quietly|still|calmly)|relax|relaxing|settle|calm\s+down",),
        broad=True,
    ),
    Concept(
        "avoid-before",
        _TIME,
        (
            r"avoid|avoiding|refrain|abstain|steer\s+clear|cut\s+out|no\s+(?:caffeine|coffee|"
            r"food|alcohol|smoking|exercise)|(?:don't|do\s+not)\s+(?:eat|drink|smoke|exercise)",
        ),
    ),
    Concept(
        "lead-time",
        _TIME,
        (
            r"beforehand|in\s+advance|ahead\s+of|before\s+the\s+(?:start|season|event|trip|"
            r"test|exam|match|race)|(?:start|starting|begin|beginning)\s+(?:\w+\s+)?before",
        ),
    ),
    Concept(
        "construction",
        _TIME,
        (
            r"to\s+build|construction\s+(?:took|takes|will\s+take|lasted)|build\s+time|"
            r"(?:works|work|building|construction)\s+(?:will\s+)?(?:take|took|last|lasted)",
        ),
    ),
    Concept(
        "recovery",
        _TIME,
        (
            r"recover|recovery|recovering|heal|heals|healing|back\s+to\s+normal|get\s+better|"
            r"bounce\s+back|clears?\s+up|(?:symptoms|it)\s+(?:clear|go\s+away|resolve)",
        ),
    ),
    Concept("warranty", _TIME, (r"warranty|warranties|guarantee|guaranteed",)),
    Concept(
        "sleep",
        _TIME,
        (r"sleep|sleeps|sleeping|asleep|nap|naps|napping|shut[\s-]eye|slumber|a\s+night's",),
        broad=True,
    ),
    Concept(
        "waiting",
        _TIME,
        (r"waiting\s+(?:time|list)|wait\s+times?|queue|queues|queuing|on\s+hold",),
    ),
    Concept(
        "age",
        frozenset({"duration", "count", "number"}),
        (
            r"aged|age|ages|years?\s+old|year[\s-]olds?|older|younger|(?:children|kids|"
            r"anyone|people)\s+(?:under|over|below|above)|under[\s-]\d|birthday",
        ),
        broad=True,
    ),
    # --- dates and times of day ---
    Concept(
        "opening",
        _DATES,
        (
            r"opens?|opened|opening|reopens?|reopened|reopening|open\s+(?:to|for)|doors\s+open",
            r"first\s+(?:match|game|fixture|season|event|concert|race)|launch|launches|launched|"
            r"inaugurat\w*|unveil\w*|debut\w*|(?:come|comes|came)\s+into\s+(?:use|service)|"
            r"enters?\s+service|will\s+be\s+(?:played|used|ready)|ready\s+(?:for|in|by)|"
            r"completion|completed|(?:be|is|are)\s+finished|goes?\s+live|went\s+live",
        ),
        ("closing", "work-start"),
    ),
    Concept(
        "closing",
        _DATES,
        (
            r"closes?|closed|closing|closure|shut|shuts|shutting|shutdown|last\s+orders|"
            r"lights\s+out\s+at|wind(?:s)?\s+down|(?:ends?|ended|ending)\s+at",
        ),
        ("opening",),
    ),
    Concept(
        "work-start",
        _DATES,
        (
            r"(?:construction|work|works|building|digging)\s+(?:began|begins|started|starts|"
            r"got\s+under\s*way|commenced)|broke\s+ground|ground[\s-]?breaking|"
            r"(?:began|started|start|begin)\s+(?:work|construction|building)|"
            r"start\s+of\s+(?:construction|work)",
        ),
        ("opening",),
    ),
    Concept(
        "founded",
        _DATES,
        (
            r"founded|established|built\s+in|(?:was|were)\s+built|set\s+up\s+in|dates?\s+"
            r"(?:back\s+)?(?:to|from)|constructed|launched\s+in|incorporated",
        ),
        broad=True,
    ),
    Concept(
        "departure",
        _DATES,
        (r"left|leaves|departed|departs|departure|set\s+(?:sail|off|out)|pulled\s+out",),
        ("arrival",),
    ),
    Concept(
        "arrival",
        _DATES,
        (r"arrived|arrives|arrival|reached|docked|landed|got\s+in|pulled\s+in",),
        ("departure",),
    ),
    Concept(
        "deadline",
        _DATES,
        (r"deadline|due\s+(?:by|on|date)|no\s+later\s+than|cut[\s-]?off\s+date|must\s+be\s+in",),
    ),
    Concept(
        "bedtime",
        _DATES,
        (r"bedtime|bed\s*time|go(?:es)?\s+to\s+bed|in\s+bed\s+by|lights[\s-]out|asleep\s+by",),
        ("waking",),
    ),
    Concept(
        "waking",
        _DATES,
        (r"wakes?\s+up|waking|get(?:s)?\s+up|gets?\s+out\s+of\s+bed|rise|rises|alarm",),
        ("bedtime",),
    ),
    Concept(
        "incident",
        _DATES,
        (
            r"happened|occurred|struck|hit|broke\s+out|ran\s+aground|ran\s+into|collapsed|"
            r"crashed|erupted|started\s+(?:burning|spreading)|was\s+reported|grounding",
        ),
    ),
    # --- money ---
    Concept(
        "cost",
        _MONEY,
        (
            r"costs?|costing|price\s+tag|bill|budget|budgeted|spend|spent|spending|outlay|"
            r"expenses?|expenditure|paid\s+for|to\s+build|overran|overrun",
        ),
        ("revenue", "profit", "saving"),
    ),
    Concept(
        "price",
        _MONEY,
        (
            r"prices?|priced|fares?|fees?|tickets?|admission|subscription|sells?\s+for|"
            r"retails?\s+(?:at|for)|rrp|charged?|charges|per\s+(?:month|year|night|session)",
        ),
        ("cost", "revenue", "saving"),
        broad=True,
    ),
    Concept(
        "revenue",
        _MONEY,
        (
            r"revenues?|sales|turnover|takings|income|brought\s+in|generated|earned|receipts|"
            r"top\s+line",
        ),
        ("cost", "price", "profit"),
    ),
    Concept(
        "profit",
        _MONEY,
        (r"profits?|earnings|net\s+income|operating\s+income|surplus|ebit|bottom\s+line",),
        ("revenue", "loss", "cost"),
    ),
    # Kinds of profit a company reports, each another line of its accounts: the operating one
    # (before interest and tax), the one before tax, the net one (after tax), the gross one
    # (before running costs). "Operating profit (EBIT) of EUR 38.9 million" is no net profit.
    Concept(
        "operating-profit",
        _MONEY,
        (
            r"operating\s+(?:profits?|income|earnings|results?|loss(?:es)?)|ebit|ebitda|ebita|"
            r"trading\s+profits?|profits?\s+from\s+operations",
        ),
        ("net-profit", "pretax-profit", "gross-profit"),
    ),
    Concept(
        "pretax-profit",
        _MONEY,
        (
            r"pre[\s-]?tax\s+(?:profits?|income|earnings|loss(?:es)?)|"
            r"(?:profits?|earnings|income|loss)\s+before\s+(?:income\s+)?tax(?:es|ation)?",
        ),
        ("net-profit", "operating-profit", "gross-profit"),
    ),
    Concept(
        "net-profit",
        _MONEY,
        (
            r"net\s+(?:profits?|income|earnings|results?|loss(?:es)?)|bottom\s+line|"
            r"(?:profits?|earnings|income)\s+after\s+tax(?:es|ation)?|after[\s-]tax\s+profits?",
        ),
        ("operating-profit", "pretax-profit", "gross-profit"),
    ),
    Concept(
        "gross-profit",
        _MONEY,
        (r"gross\s+(?:profits?|income|earnings)",),
        ("operating-profit", "pretax-profit", "net-profit"),
    ),
    Concept(
        "loss",
        _MONEY,
        (r"loss|losses|lost|lose|loses|losing|deficit|shortfall|wiped\s+off",),
        ("profit",),
    ),
    Concept(
        "saving",
        _MONEY,
        (r"saves?|saving|savings|cuts?\s+(?:your\s+)?bills?|knocks?\s+off|cheaper\s+by",),
        ("cost", "price"),
    ),
    Concept(
        "fine",
        _MONEY,
        (r"fined|fines?|penalty|penalties|damages|compensation|settlement|payout",),
    ),
    Concept("pay", _MONEY, (r"salary|salaries|wages?|pay\s+rise|paid\s+(?:an?\s+)?hour|earns",)),
    Concept(
        "funding",
        _MONEY,
        (
            r"grants?|funding|funded|subsid(?:y|ies|ised|ized)|invest(?:ed|ment|ing)?|raised|"
            r"backing|bail[\s-]?out|contribut(?:e|ed|ion)",
        ),
    ),
    Concept("worth", _MONEY, (r"worth|valued|valuation|market\s+value|value\s+of",)),
    # --- counts ---
    Concept(
        "capacity",
        _COUNTS,
        (
            # ("seats" as a verb, "the ground seats 45,000"; "won 26 seats" counts no capacity)
            r"capacity|holds|hold\s+up\s+to|seats(?=\s+(?:up\s+to\s+|about\s+|around\s+|"
            r"nearly\s+|some\s+|over\s+|more\s+than\s+)?\d)|seating|room\s+for|accommodates?|"
            r"can\s+take|"
            r"sleeps|fits|spaces\s+for|has\s+space",
        ),
        ("attendance",),
    ),
    Concept(
        "attendance",
        _COUNTS,
        (
            r"attendance|attended|crowds?|spectators|visitors|turned\s+(?:out|up)|footfall|"
            r"tickets\s+sold|came\s+to|watched",
        ),
        ("capacity",),
    ),
    Concept(
        "deaths",
        _COUNTS,
        (r"killed|died|dead|deaths?|death\s+toll|fatalities|lost\s+their\s+lives|perished",),
        ("injured",),
    ),
    Concept(
        "injured",
        _COUNTS,
        (r"injured|hurt|wounded|injuries|hospitali[sz]ed|treated\s+for",),
        ("deaths",),
    ),
    Concept(
        "displaced",
        _COUNTS,
        (
            r"evacuated|displaced|evacuation\s+orders?|forced\s+(?:from|out\s+of)\s+(?:their\s+)?"
            r"homes|fled|ordered\s+to\s+(?:leave|evacuate)",
        ),
    ),
    Concept(
        "destroyed",
        _COUNTS,
        (r"destroyed|razed|burn(?:ed|t)\s+down|flattened|levelled|leveled|gutted|wiped\s+out",),
        ("damaged",),
    ),
    Concept("damaged", _COUNTS, (r"damaged",), ("destroyed",)),
    Concept(
        "staff",
        _COUNTS,
        (r"staff|employees|workers|workforce|employs|employed|headcount|personnel",),
        ("job-cuts",),
    ),
    Concept(
        "job-cuts",
        _COUNTS,
        (
            r"lay[\s-]?offs|laid\s+off|job\s+(?:cuts|losses)|redundanc(?:y|ies)|cut(?:ting)?\s+"
            r"(?:\w+\s+)?jobs|shed(?:ding)?",
        ),
        ("staff", "hires"),
    ),
    Concept(
        "hires",
        _COUNTS,
        (r"hire|hiring|hired|recruit(?:ing|ed)?|new\s+jobs|creat(?:e|ed|ing)\s+(?:\w+\s+)?jobs",),
        ("job-cuts",),
    ),
    Concept(
        "users",
        _COUNTS,
        (
            r"users|customers|subscribers|members|signed\s+up|sign[\s-]ups|downloads|accounts|"
            r"clients|installs",
        ),
        broad=True,
    ),
    Concept(
        "enrolled",
        _COUNTS,
        (r"enrolled|recruited|took\s+part|participants|volunteers|randomi[sz]ed|subjects",),
    ),
    Concept(
        "votes",
        _COUNTS,
        (r"votes|ballots|voted\s+for|backed\s+by|electorate|registered\s+voters|eligible",),
        broad=True,
    ),
    Concept(
        "homes",
        _COUNTS,
        (r"homes|houses|properties|dwellings|residences|households",),
        broad=True,
    ),
    Concept(
        "vehicles",
        _COUNTS,
        (r"parking\s+spaces|car\s+parking|car\s+park|spaces\s+for\s+cars|parking\s+bays",),
    ),
    # --- shares ---
    Concept(
        "increase",
        _SHARES,
        (
            r"rose|rise|rises|risen|up\s+(?:by|from)|increased?|increases|grew|growth|"
            r"climbed|jumped|gained|soared|surged|higher",
        ),
        ("remaining",),
        broad=True,
    ),
    Concept(
        "decrease",
        _SHARES,
        (
            r"fell|fall|falls|fallen|down\s+(?:by|from)|dropped|drop|declined?|decline|"
            r"reduced|reduction|reduces|cut|cuts|lowered|lower|slid|shrank|slashed|eased",
        ),
        ("remaining",),
        broad=True,
    ),
    Concept(
        "remaining",
        _SHARES,
        (
            r"of\s+(?:its\s+|their\s+)?original|retains?|retained|still\s+holds?|remaining|"
            r"left|keeps?\s+(?:at\s+least\s+)?",
        ),
        ("increase", "decrease"),
        broad=True,
    ),
    Concept(
        "contained",
        _SHARES,
        (r"contained|containment|under\s+control",),
    ),
    Concept(
        "turnout",
        _SHARES,
        (r"turnout|turned\s+out\s+to\s+vote|went\s+to\s+the\s+polls|cast\s+(?:a|their)\s+ballot",),
    ),
    Concept(
        "approval",
        _SHARES,
        (r"approve|approved|approval|support(?:ed|s)?|in\s+favou?r|backed|favou?rable",),
        ("opposition",),
    ),
    Concept(
        "opposition",
        _SHARES,
        (r"oppose|opposed|opposition|against|disapprove|disapproval",),
        ("approval",),
    ),
    # How common a condition is among people at large, said in many ways: "Migraine affects
    # about one in seven people", "Nearly 30% of adults live with migraine", "around 2.5% of UK
    # adults have gout", "In Britain roughly one adult in 25 has it". Its opposite is a share of
    # a group of them or of patients ("1 in 5 women and 1 in 15 men", "7% of men over 65", "57%
    # of patients reported less pain", "12% of people taking it felt drowsy"): another
    # population, never the same figure.
    Concept(
        "prevalence",
        _SHARES,
        (
            r"affects|affecting|(?:are|is)\s+affected|prevalence|prevalent",
            # (not "smokers living with the same level": an exposure)
            r"(?:live|lives|living)\s+with(?!\s+(?:the\s+same|a|an|it)\b)|suffers?\s+(?:from|with)|suffering\s+from|sufferers",
            r"(?:diagnosed|occurs)\s+in|(?:is|are|were|get|gets)\s+diagnosed\s+with",
            # (the population and its verb: "adults have gout", "one adult in 25 has it"; not
            # "have some stomach upset", a side effect, nor "people get bloating on probiotics")
            r"(?:people|persons?|adults?|population|americans|britons|public)\s+(?:in\s+\w+\s+)?"
            r"(?:have|has|develop)\s+(?!(?:some|side|mild|good|a|an|no|to|been|more|less|"
            r"fewer|had|relief|better|worse)\b)",
        ),
        ("subgroup",),
    ),
    Concept(
        "subgroup",
        _SHARES,
        (
            r"(?:of\s+)?(?:women|men|girls|boys|children|kids|teenagers|babies|infants|"
            r"pregnant|smokers|non-smokers|patients|users|wearers|owners|respondents)",
            r"(?:people|adults|those|patients)\s+(?:taking|on|given|using|treated|who\s+(?:took|"
            r"take|used|use|had|have))|over[\s-]\d|under[\s-]\d|aged",
        ),
        ("prevalence",),
        broad=True,
        marker=True,
    ),
    Concept(
        "side-effects",
        _SHARES,
        (r"side[\s-]effects?|adverse|complained\s+of|suffered|reported|experienced",),
        broad=True,
    ),
    Concept(
        "success",
        _SHARES,
        (r"success(?:ful)?|effective|worked\s+for|cured|responded|improved|benefit(?:ed)?",),
        broad=True,
    ),
    # --- bounds and kinds of value, any dimension ---
    Concept(
        "maximum",
        _ANY,
        (
            r"no\s+more\s+than|not\s+more\s+than|up\s+to|at\s+most|as\s+(?:much|long|many)\s+as|"
            r"limit|limited\s+to|limits|capped|caps?\s+(?:of|on|at|it)|ceiling|maximum|max|"
            r"upper\s+(?:limit|bound|end)|not\s+exceed|"
            r"longest|largest|highest|tops?\s+out",
        ),
        ("minimum",),
        broad=True,
    ),
    Concept(
        "minimum",
        _ANY,
        (
            r"at\s+least|no\s+less\s+than|not\s+less\s+than|no\s+fewer\s+than|minimum|"
            r"as\s+little\s+as|lower\s+(?:limit|bound|end)|shortest|smallest|lowest|not\s+below",
        ),
        ("maximum",),
        broad=True,
    ),
    Concept(
        "distance",
        frozenset({"length"}),
        (
            r"away\s+from|from\s+(?:the|a|any)|distance|downstream|upstream|(?:north|south|east|"
            r"west)\s+of|off\s+the\s+coast|outside|clear\s+of",
        ),
        broad=True,
    ),
    # A temperature inside a building and one outside it are two readings: "Outside the shed it
    # was a mild 21C" vs "the temperature inside the shed peaked at 27C".
    Concept(
        "indoors",
        frozenset({"temperature"}),
        (r"inside|indoors?|under\s+the\s+(?:tin\s+)?roof",),
        ("outdoors",),
        broad=True,
        marker=True,
    ),
    Concept(
        "outdoors",
        frozenset({"temperature"}),
        (r"outside|outdoors?|in\s+the\s+open(?:\s+air)?|in\s+the\s+shade",),
        broad=True,
        marker=True,
    ),
    Concept(
        "footprint",
        frozenset({"data"}),
        (r"uses|using|consumes|footprint|takes\s+up|memory|ram|resident|overhead",),
        broad=True,
    ),
    Concept(
        "burned",
        frozenset({"area"}),
        (r"burned|burnt|scorched|charred|blackened|consumed|torched|razed",),
    ),
    Concept(
        "storage",
        _ANY,
        (r"store|storing|storage|stored\s+(?:at|in)|keep\s+(?:it|them)\s+(?:at|in)",),
        ("charging",),
        broad=True,
    ),
    Concept(
        "intake",
        _ANY,
        (r"intake|consum(?:e|ption)|drink|drinking|eat|eating|swallow|take\s+in",),
        broad=True,
    ),
)

_BY_NAME = {concept.name: concept for concept in CONCEPTS}
#: Each concept's opposites, read both ways.
OPPOSITES: dict[str, frozenset[str]] = {
    concept.name: frozenset(
        {
            *concept.opposites,
            *(other.name for other in CONCEPTS if concept.name in other.opposites),
        }
    )
    for concept in CONCEPTS
}


def _compile(phrases: tuple[str, ...]) -> re.Pattern[str]:
    ends = (rf"\b(?:{p})" + (r"\b" if re.search(r"[A-Za-z]\)*$", p) else "") for p in phrases)
    return re.compile("|".join(f"(?:{p})" for p in ends), re.IGNORECASE)


_CLASSES: tuple[PhraseClass, ...] = tuple(
    PhraseClass(concept.name, concept.dimensions, _compile(concept.phrases), None)
    for concept in CONCEPTS
)


def concepts(
    text: str, span: tuple[int, int], where: tuple[tuple[int, int], int], dimension: str
) -> tuple[str, ...]:
    """The concepts a phrase of which speaks of the figure at ``span`` of a ``dimension`` (in its
    clause, ``where`` being the clause and its sentence's start), without any concept an opposite
    of which speaks of it too, sorted."""
    found = set(speaking(_CLASSES, text, span, where, dimension))
    return tuple(sorted(name for name in found if not OPPOSITES[name] & found))


def opposed(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether two sets of concepts hold opposite ones (``lasts`` and ``onset``)."""
    names_b = set(b)
    return any(OPPOSITES.get(name, frozenset()) & names_b for name in a)


def check_table() -> None:
    """Raise ValueError when an opposite names no concept (a typo in the table)."""
    for concept in CONCEPTS:
        for name in concept.opposites:
            if name not in _BY_NAME:
                raise ValueError(f"concept {concept.name}: unknown opposite {name}")


#: The concepts that are measures, not kinds of value (see ``Concept.broad``).
_SPECIFIC = frozenset(concept.name for concept in CONCEPTS if not concept.broad)


def specific(names: Iterable[str]) -> set[str]:
    """The measure concepts among ``names``, not kinds of value (see ``Concept.broad``)."""
    return set(names) & _SPECIFIC


_MARKERS = frozenset(concept.name for concept in CONCEPTS if concept.marker)


def keyworded(names: Iterable[str]) -> list[str]:
    """The concepts among ``names`` that give a figure a key word (not markers, see
    ``Concept.marker``), in order."""
    return [name for name in names if name not in _MARKERS]


def named_by(word: str) -> frozenset[str]:
    """The measure concepts (not kinds of value) a phrase of which is ``word`` alone: "staff" ->
    {"staff"} ("employs 85 people" speaks of it too); "the" -> none."""
    return frozenset(
        kind.name
        for kind in _CLASSES
        if kind.name in _SPECIFIC
        and kind.near is not None
        and kind.near.fullmatch(word) is not None
    )
