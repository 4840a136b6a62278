"""Which value of a quantity a figure is and whom it is about: role and population words."""

from __future__ import annotations

from factcheck.extract.mentions.lexicon import word_set

# Words that say which value of a quantity is meant, nearest one before the number wins.
# Weak role words ("usual", "low", "standard") also describe other things ("a typical energy
# drink", "most adults"): they count only in a sentence about dosing (_DOSING_WORDS).
_WEAK_ROLES: dict[str, str] = {
    **dict.fromkeys(word_set("standard full full-strength normal ordinary conventional regular "
                             "large high higher"), "standard"),
    **dict.fromkeys(word_set("typical typically usually usual most often common commonly low "
                             "small smaller tiny lower advice suggest suggests suggested favour "
                             "favours favor favors"), "typical"),
}  # fmt: skip
# Strong role words name one value of a quantity wherever they stand, before or after the number.
_STRONG_ROLES: dict[str, str] = {
    # A recommended amount is the usual one.
    **dict.fromkeys(word_set("recommended recommend recommends recommendation recommendations "
                             "advised guideline guidelines allowance guidance"), "typical"),
    **dict.fromkeys(word_set("start starting begin beginning initial initially"), "starting"),
    **dict.fromkeys(word_set("maximum max upper limit highest ceiling titrate increasing increase "
                             "work"), "maximum"),
    **dict.fromkeys(word_set("minimum lowest threshold cutoff cut-off"), "minimum"),
    **dict.fromkeys(word_set("toxic toxicity lethal fatal deadly overdose poisoning"), "toxic"),
    **dict.fromkeys(word_set("average mean median"), "average"),
    **dict.fromkeys(word_set("target targets targeted goal aim"), "target"),
    # Software documentation: the value a setting has unless it is set.
    **dict.fromkeys(word_set("default defaults"), "default"),
}  # fmt: skip
_ROLES = {**_WEAK_ROLES, **_STRONG_ROLES}
#: Every word that names a role (not a key word of the measure).
ROLE_WORDS = frozenset(_ROLES)
#: Roles whose amounts are one quantity wherever they appear (there is one typical dose of a
#: drug); amounts with other roles (limits, toxic doses) differ by population and are only
#: joined by their key words.
POOLED_ROLES = frozenset({"typical", "standard", "starting", "maintenance"})
_DOSING_WORDS = word_set(
    "dose doses dosage dosages dosing amount amounts quantity quantities range take takes taken "
    "taking took prescribed prescribe given"
)
_ROLE_AFTER_WINDOW = 5
# Who a figure is about, most specific first: a limit for pregnancy is not the adults' limit.
_POPULATIONS: tuple[tuple[str, frozenset[str]], ...] = (
    (
        "pregnancy",
        word_set(
            "pregnant pregnancy pregnancies trimester gestation gestational breastfeeding lactating"
        ),
    ),
    ("infants", word_set("infant infants baby babies newborn newborns toddler toddlers")),
    ("adolescents", word_set("adolescent adolescents teen teens teenager teenagers youth")),
    ("children", word_set("child children kids")),
    ("older", word_set("elderly older seniors")),
    # One sex's figure is not everyone's: "22% of men and 14% of women reported flaking" against
    # "about one in four had visible flakes" (plurals only: "a 31-year-old woman" is one person).
    ("women", word_set("women females")),
    ("men", word_set("men males")),
    ("adults", word_set("adult adults")),
)
_AMOUNT_WORDS = word_set("dose doses dosage dosages strength amount amounts")


def role_of(
    sentence: list[str], clause_to_end: list[str], sentence_before: list[str], after: list[str]
) -> str:
    """The role of a figure from the words of its sentence (all lower case).

    ``clause_to_end`` runs from its clause's start through the mention (whose own words count:
    "doses as low as 0.1 mg"), ``sentence_before`` is the sentence up to the mention, ``after``
    the rest of its clause. The nearest role word before the number wins, then one that qualifies
    an amount earlier in the sentence ("its full dose (50 mg)"), then a strong one just after it
    ("10 g can be fatal").
    """
    # An amount one is "on" is one taken: "most of our patients do well on 200 to 400 mg".
    dosing = bool(_DOSING_WORDS & set(sentence)) or sentence_before[-1:] == ["on"]
    clause_to_end, sentence_before, after = (
        _without_moments(said) for said in (clause_to_end, sentence_before, after)
    )
    return (
        _role(clause_to_end, dosing)
        or _amount_role(sentence_before, dosing)
        or _role(after[:_ROLE_AFTER_WINDOW][::-1], dosing=False)
    )


#: Words of starting that name a moment after "before", not the starting value of a quantity:
#: "rest for three minutes before starting", "sit quietly for five minutes before you start".
_START_WORDS = frozenset(w for w, role in _STRONG_ROLES.items() if role == "starting")
#: Words right before a bare word of starting that make it a moment: "made up at start",
#: "upon starting", "on start".
_AT_MOMENT = word_set("at on upon")
#: Words that may stand between "before" and a word of starting: "before you start".
_PRONOUNS = word_set("you we they i he she it one")


def _without_moments(said: list[str]) -> list[str]:
    """``said`` with each word of starting that follows "before" (past a pronoun) or stands
    bare after "at", "on" or "upon" left out: the moment a thing starts is when, not which value
    ("five minutes before you start" is no starting dose, "made up at start" no starting window;
    "after starting" may be: "for the first week after starting, take 2 mg")."""
    kept: list[str] = []
    for index, word in enumerate(said):
        previous = said[max(0, index - 2) : index]
        if word in _START_WORDS and (
            previous[-1:] == ["before"] or (previous[:1] == ["before"] and previous[1] in _PRONOUNS)
        ):
            continue
        if word in ("start", "starting") and previous[-1:] and previous[-1] in _AT_MOMENT:
            # "runs missed during the last 12 hours are made up at start": when (at startup),
            # not which value; "at the start" (an article between) may be a phase.
            continue
        kept.append(word)
    return kept


def population_of(clause: list[str], sentence_before: list[str]) -> str:
    """Who a figure is about: named in its clause, else earlier in its sentence; or ""."""
    return _population(clause) or _population(sentence_before)


def population_words(name: str) -> frozenset[str]:
    """The words that name population ``name`` ("babies" for ``infants``), or none."""
    return next((members for found, members in _POPULATIONS if found == name), frozenset())


#: Ages no person is counted in: "files older than 7 days" are old data, not older people.
_SHORT_AGES = word_set("seconds minutes hours days weeks second minute hour day week")


#: Adults, who named together with another group make the figure everyone's of those ages.
_ADULTS = word_set("adult adults")


def _with_adults(clause: list[str]) -> bool:
    """Whether ``clause`` names a group together with adults ("For adults and children aged 12
    and over, the dose is one 10 mg tablet", "children and adults"): the figure holds for
    adults too, the general figure, not the other group's special case."""
    return any(
        clause[index + 1] in ("and", "or")
        and (clause[index] in _ADULTS) != (clause[index + 2] in _ADULTS)
        and any(
            {clause[index], clause[index + 2]} & members
            for name, members in _POPULATIONS
            if name != "adults"
        )
        for index in range(len(clause) - 2)
    )


#: Words before a possessive that make it one person's: "your child's doctor" is the reader's
#: child, not children as a group.
_ONES = word_set("your my our his her their this that one each every")


def _possessives_named(clause: list[str]) -> list[str]:
    """``clause`` with a group's possessive read as the group ("children's warts" are warts in
    children, "a baby's dose" a dose for babies); one person's ("your child's doctor") is kept
    as written."""
    return [
        word.removesuffix("'s").removesuffix("’s")
        if index == 0 or clause[index - 1] not in _ONES
        else word
        for index, word in enumerate(clause)
    ]


#: Nouns that a word of a group before them names a kind of, no people: "20 baby teeth", "a
#: baby aspirin" (a low dose for adults), "baby boomers", "baby steps".
_NOT_OF_PEOPLE = word_set("teeth tooth aspirin boomers boom steps")


#: Groups whose possessive names a category, not whose figure it is: "the women's solo record"
#: is a record of a class of event ("22% of women" is the group's figure).
_CATEGORY_POSSESSIVE = frozenset({"women", "men"})


def _population(clause: list[str]) -> str:
    written = set(clause)
    clause = _possessives_named(clause)
    if _with_adults(clause):
        return "adults"
    present = {
        word
        for index, word in enumerate(clause)
        if index + 1 == len(clause) or clause[index + 1] not in _NOT_OF_PEOPLE
    }
    if "older" in present and not any(
        word == "older" and not _SHORT_AGES & set(clause[index + 1 : index + 3])
        for index, word in enumerate(clause)
    ):
        present.discard("older")  # every "older" is "older than N days" (the figure's age)
    for name, members in _POPULATIONS:
        if members & present and (name not in _CATEGORY_POSSESSIVE or members & written):
            return name
    return ""


def _role(context: list[str], dosing: bool) -> str:
    """The role named by the last role word of ``context`` (weak ones only when ``dosing``)."""
    roles = _ROLES if dosing else _STRONG_ROLES
    for index in range(len(context) - 1, -1, -1):
        if context[index] in roles:
            # "The default ceiling is -1.0 dBTP", "the default limit is 100 characters": the
            # default of a setting that is a cap, what holds unless it is set.
            return (
                "default"
                if context[index - 1 : index] in _DEFAULT_BEFORE
                else roles[context[index]]
            )
    return ""


#: "default" right before another role word: the setting's default ("the default ceiling").
_DEFAULT_BEFORE = (["default"], ["defaults"])


def _amount_role(context: list[str], dosing: bool) -> str:
    """A role word of the sentence that qualifies an amount: "its full dose (50 mg)"."""
    roles = _ROLES if dosing else _STRONG_ROLES
    for index in range(len(context) - 1, -1, -1):
        if context[index] in roles and _AMOUNT_WORDS & set(context[index + 1 : index + 3]):
            return roles[context[index]]
    return ""
