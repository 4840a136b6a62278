"""General-English words a drafted label is built from: verbs, and nouns that name a measure.

A label names what a figure measures. The phrase the sentence says it of may be a measure
("the read timeout", "memory", "the final bill"), a thing the figure is a measure of ("the
route is 14.2 km long": *Length of the route*), or no noun at all, a verb read as one ("once
they reach 10 MiB", "usually finish in about 3 minutes"). These tables tell the three apart.
"""

from __future__ import annotations

from factcheck.extract.mentions.lexicon import IRREGULAR_PAST, word_set

#: Verbs of general English, in the base form, that a clause before a figure uses and that
#: ``naming`` would otherwise read as a noun ("Finish", "Reach", "Grows", "Saves").
_VERB_BASES = word_set(
    "accept act add agree aim allow apply arrive ask attach attract average avoid back bake "
    "become begin believe belong block boil book borrow break bring build burn buy call cap "
    "carry catch cause change charge check choose claim clean clear climb close collect come "
    "compare complete connect consider contain continue cool cost count cover crash create "
    "cross cut deal decide declare decline decrease delay deliver demand depend describe design "
    "detect die differ disappear disconnect dissolve double drain draw drink drive drop dry "
    "earn eat elect employ end enrol enroll enter estimate evict exceed exist exit expand "
    "expect expire explain expose extend fade fail fall feed feel fetch fill find finish fire "
    "fit fix flush fly follow form found gain get give go grow halve handle hang happen hate "
    "heal hear heat help hide hire hit hold hope host hurt include increase install introduce "
    "invest join jump keep kill know land last launch lay lead learn leave lend let lie lift "
    "like limit link list listen live load lock lose love maintain make manage mark matter "
    "mean measure meet melt migrate miss move narrow need note notice offer open order "
    "pass pause pay peak pick place plan play pledge post pour prefer prepare press prevent "
    "print process produce promise protect prove provide publish pull push put quit raise "
    "reach read receive recommend record recover recruit recycle redeliver reduce refill "
    "refresh release rely remain remove renew rent repair repeat replace reply report request "
    "require reset rest restart restore retain retire retry return reuse review rise rotate "
    "run save say scale schedule see seem sell send serve set settle share shift shrink shut "
    "sign sink sit skip sleep slow sort speak spend split spread stack staff stand start stay "
    "stick stop store suffer suggest supply support swap switch take talk teach tell tend test "
    "thank think throw time top total trade train transfer travel treat trigger trust try turn "
    "undergo upgrade upload use vary visit wait wake walk want warm wash watch wear weigh win "
    "wish work worry write yield"
)
#: Nouns in -ing or -ed that are seldom a verb ("the morning", "a building", "the speed").
_NOT_VERB_FORMS = word_set(
    "bed bred feed hundred need red seed shed speed steed weed sled breed deed freed "
    "morning evening ceiling building during thing something anything nothing everything king "
    "ring spring string wing sibling offspring pudding wedding bedding setting meeting reading "
    "heading warning housing funding spending parking rating pricing timing swelling bleeding "
    "ending beginning feeling clothing booking training coaching screening listing shipping "
    "heating cooling lighting being lasting opening training recording pending"
)


def verb_base(word: str) -> str:
    """The base of ``word`` when it is a form of a listed verb ("grows" is "grow", "flushed"
    "flush", "stuck" "stick", "hanging" "hang"), else ""."""
    lower = word.lower()
    if lower in _VERB_BASES:
        return lower
    if lower in IRREGULAR_PAST:
        return IRREGULAR_PAST[lower]
    for ending, back in (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""),
                         ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e")):  # fmt: skip
        if lower.endswith(ending) and len(lower) > len(ending) + 2:
            stem = lower[: -len(ending)] + back
            if stem in _VERB_BASES:
                return stem
            if len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in _VERB_BASES:
                return stem[:-1]  # "stopped", "splitting"
    return ""


def verb_like(word: str) -> bool:
    """Whether ``word`` is read as a verb where a noun was expected: a listed verb's past,
    participle, -ing or third-person form, or any word in -ed or -ing that names no thing."""
    lower = word.lower()
    if lower in _NOT_VERB_FORMS:
        return False
    base = verb_base(lower)
    if base and lower != base and not lower.endswith("s"):
        return True  # "stopped", "reached", "stuck", "hanging"
    if base and lower.endswith("s") and not lower.endswith("ss"):
        return base in _VERBS_NOT_NOUNS  # "grows", "finishes"; not "costs", "limits"
    if base == lower:
        return lower in _VERBS_NOT_NOUNS  # "finish", "reach"; not "use", "limit"
    return len(lower) > 4 and lower.endswith(("ed", "ing"))


#: Listed verbs that are seldom a measure's noun in their base or -s form ("reach", "grows",
#: "fades"): a "limit", a "cost", a "rest" or a "walk" is one.
_VERBS_NOT_NOUNS = _VERB_BASES - word_set(
    "average back book cap change charge check cost count cover cut deal delay design double "
    "drink drop end estimate exit fall feed fill fire fit fix form gain hit hope jump land "
    "last launch lead limit link list load lock love mark measure move need note offer order "
    "pass pause peak pick place plan play post press print process promise rent repair repeat "
    "reply report request reset rest retry return review rise run sale save scale schedule "
    "set share shift sign sleep sort split stack staff stand start stay stop store supply "
    "support swap switch talk test time top total trade train transfer travel treat trigger "
    "trust turn upgrade upload use visit wait walk wash watch wear work yield"
)

#: Nouns that name a measure themselves ("timeout", "price", "memory"); a phrase whose last
#: word is none of them names a thing the figure measures ("the route": *Length of the route*).
MEASURE_NOUNS = word_set(
    "size length width height depth distance area volume capacity weight mass amount quantity "
    "number count total sum cost costs price prices fee fees fare fares budget bill fine fines "
    "salary wage wages income revenue revenues sales profit profits loss losses debt turnover "
    "margin value worth rent charge charges tax levy spending investment funding fund grant "
    "subsidy ransom payment payments deposit premium compensation damages bonus pension "
    "allowance benefit award prize donation donations cash money savings saving earnings "
    "duration time period delay timeout interval lifetime lifespan ttl age wait gap lag latency "
    "window term span deadline backoff frequency rate speed pace throughput bandwidth "
    "temperature pressure dose dosage intake limit cap maximum minimum max min threshold "
    "level score share proportion percentage fraction ratio majority turnout attendance "
    "memory storage space ram disk quota retention footprint usage consumption output "
    "production population crowd audience readership membership enrolment enrollment "
    "quality effort port year date version distance range limit ceiling floor "
    "allotment allocation concentration content strength potency reading readings "
    "elevation altitude radius diameter thickness circumference perimeter mileage "
    "budgets overrun overspend shortfall deficit surplus estimate forecast target goal "
    "estimate overhead overheads outlay outlays expenditure expenses expense spend "
    "buffer cache-size heap stack ttl max-age expiry expiration retries attempts"
)
#: Dimensions whose figure a thing's phrase takes with the dimension's noun ("Size of the
#: repository", "Amount of water"): an amount has a thing it is the amount of.
THING_NOUNS = {
    "data": "Size",
    "length": "Length",
    "money": "Cost",
    "volume": "Amount",
    "mass": "Weight",
    "temperature": "Temperature",
    "area": "Area",
    "speed": "Speed",
    "data rate": "Speed",
}
#: Containers, whose volume is a size, not an amount of them ("Volume of the tank").
CONTAINERS = word_set(
    "tank tanks bottle bottles glass glasses cup cups jug jugs bin bins aquarium aquaria pool "
    "pools bath baths kettle can cans barrel barrels bucket buckets tub tubs jar jars flask "
    "flasks container containers vessel vessels reservoir reservoirs tin tins pot pots bag "
    "bags box boxes carton cartons pan pans"
)
#: Words that are no noun of a thing, read as one before a figure: adverbs and prepositions of
#: time, months, days, pronouns ("Instead", "Later", "Until", "October", "Anything").
NOT_NOUNS = word_set(
    "instead later earlier sooner ahead since until till ago previous next late early "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays "
    "thursdays fridays saturdays sundays spring summer autumn winter morning afternoon "
    "evening night tonight today tomorrow yesterday anyone anything everyone everything "
    "someone something nobody nothing i'm i've i'd i'll you're we're it's they're he's she's "
    "available ready quiet happiest busiest good free little long larger shorter taller "
    "warmer colder smaller bigger higher lower new current final primary parallel including "
    "included excluding whichever whatever aside away apart out off back"
)
