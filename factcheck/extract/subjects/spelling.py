"""One word in British and American spelling: "centres" and "centers", "haemoglobin" and
"hemoglobin", "hospitalised" and "hospitalized" meet on one key (the American spelling).

Written from general knowledge of the two spellings, by class (-our/-or, -re/-er, -ise/-ize and
-isation/-ization, -yse/-yze, ae and oe, -ll-/-l-, -ence/-ense) with a small table of words
that follow no class (grey, tyre, kerb, aluminium, sulphur, programme). Only a British spelling
is rewritten; an American or shared spelling is its own key. Two words are ambiguous in American
spelling: "meter" is a length and a device, "program" a plan and software. Their British
spellings ("metre", "programme") name the length and the plan, so a word list's device meter
("gas meter", "parking meters") and software program ("a computer program") get keys of their
own (``american_words``) and never meet them.

Subject ids proposed from a draft's words keep the spelling of its page; grouping compares them
by ``id_key``. (A claims file's declared subjects are matched by stems, which meet.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from factcheck.extract.mentions.lexicon import word_set

#: Words that follow no class, British -> American (every inflection written out).
_WORDS: dict[str, str] = dict(
    pair.split(":", 1)
    for pair in word_set(
        "grey:gray greys:grays greyer:grayer greyest:grayest greying:graying greyish:grayish "
        "tyre:tire tyres:tires kerb:curb kerbs:curbs kerbside:curbside "
        "aluminium:aluminum programme:program programmes:programs "
        "metre:meter metres:meters "
        "plough:plow ploughs:plows ploughed:plowed draught:draft draughts:drafts "
        "pyjamas:pajamas jewellery:jewelry ageing:aging judgement:judgment "
        "judgements:judgments acknowledgement:acknowledgment "
        "acknowledgements:acknowledgments defence:defense defences:defenses "
        "offence:offense offences:offenses licence:license licences:licenses "
        "pretence:pretense enrol:enroll enrols:enrolls enrolment:enrollment "
        "enrolments:enrollments fulfil:fulfill fulfils:fulfills fulfilment:fulfillment "
        "instalment:installment instalments:installments instil:instill skilful:skillful "
        "wilful:willful woollen:woolen marvellous:marvelous catalogue:catalog "
        "catalogues:catalogs catalogued:cataloged analogue:analog sceptic:skeptic "
        "sceptics:skeptics sceptical:skeptical scepticism:skepticism speciality:specialty "
        "specialities:specialties artefact:artifact artefacts:artifacts moustache:mustache "
        "practise:practice practises:practices practised:practiced practising:practicing "
        "cosy:cozy manoeuvre:maneuver manoeuvres:maneuvers manoeuvred:maneuvered "
        "manoeuvring:maneuvering manoeuvrable:maneuverable caesarean:cesarean "
        "coeliac:celiac foetus:fetus foetuses:fetuses foetal:fetal mould:mold moulds:molds "
        "mouldy:moldy smoulder:smolder smouldering:smoldering gaol:jail"
    )
)

#: Stems spelled -our in British English and -or in American, with every ending and prefix
#: ("colour", "colourful", "discoloured", "favourite", "labourers"). No word of the other sort
#: ("four", "hour", "pour", "tour", "flour", "contour") holds one.
_OUR = word_set(
    "arbour ardour armour behaviour candour clamour colour demeanour endeavour favour fervour "
    "flavour harbour honour humour labour neighbour odour parlour rancour rigour rumour saviour "
    "savour splendour succour tumour valour vapour vigour"
)
_OUR_RE = re.compile("(" + "|".join(sorted(w[:-3] for w in _OUR)) + ")our")

#: Stems spelled -re in British English and -er in American: "centre", "centres", "centred",
#: "centring", "theatregoers", "kilometres". Bare "metre" is in ``_WORDS``: a device is a meter
#: in both spellings.
_RE_STEMS = word_set(
    "cent theat fib calib sab spect somb lust meag scept och goit mit tit lit reconnoit sepulch "
    "kilomet centimet millimet micromet nanomet decimet millilit decilit centilit kilolit"
)
_RE_RE = re.compile(r"^(.*?)(" + "|".join(sorted(_RE_STEMS)) + r")r(ing|ed|es|e)(.*)$")
_RE_ENDINGS = {"e": "er", "es": "ers", "ed": "ered", "ing": "ering"}

#: Spellings with ae or oe where American writes e: "anaemia", "haemoglobin", "paediatric",
#: "oesophagus", "oestrogen", "oedema", "diarrhoea", "dyspnoea", "anaesthetic", "aetiology".
_AE_OE = (
    ("aemi", "emi"),
    ("haem", "hem"),
    ("paed", "ped"),
    ("anaes", "anes"),
    ("oesophag", "esophag"),
    ("oestr", "estr"),
    ("oedem", "edem"),
    ("rrhoea", "rrhea"),
    ("pnoea", "pnea"),
    ("aetiol", "etiol"),
    ("palaeo", "paleo"),
    # Not of ae or oe, but written inside words as they are: "sulphur", "sulphate", "sulphuric".
    ("sulph", "sulf"),
)

#: Words of -l- in American English that double it before -ed, -ing, -er, -or in British
#: ("travelled", "cancelling", "modelling", "labelled", "counsellor"): the stem, unstressed at its
#: end (not "controlled", "compelled", "patrolled", which double in both).
_SINGLE_L = word_set(
    "travel cancel model label fuel signal counsel level total channel dial equal funnel tunnel "
    "quarrel rival shovel marshal pencil panel parcel pedal snorkel duel jewel libel marvel "
    "yodel grovel unravel ravel swivel tassel chisel initial spiral refuel remodel relabel "
    "bevel barrel cudgel gravel kernel enamel"
)
_LL_RE = re.compile(r"^(\w+?)l(led|ling|ler|lers|lor|lors)$")

#: Words whose -ise is no -ize in American English ("advise", "exercise", "promise", "surprise",
#: "otherwise"); with their endings, by the stem before "ise".
_ISE_KEPT = word_set(
    "advert adv ar chast circumc compr comprom conc dem desp dev disgu enterpr exc exerc expert "
    "franch improv inc merchand prem prec prom repr rev superv surm surpr telev treat parad "
    "enfranch disenfranch r sunr upr an mort val chem cer rem appr pr v porpo torto turquo no po "
    "ra pra bra cru bru gu w otherw likew clockw"
)
_ISE_RE = re.compile(
    r"^(\w+?)is(e|es|ed|ing|er|ers|ation|ations|ational|able|ability|ement|ements)$"
)
_YSE_RE = re.compile(
    r"^(\w*(?:anal|paral|catal|hydrol|dial|electrol|breathal))ys(e|ed|ing|er|ers)$"
)


@lru_cache(maxsize=1 << 16)
def american(word: str) -> str:
    """``word`` (lower case) in American spelling when it is a British one, else ``word``."""
    if not word.isascii() or len(word) < 4:
        return word
    same = _WORDS.get(word)
    if same is not None:
        return same
    spelled = word
    if "our" in spelled:
        spelled = _OUR_RE.sub(r"\1or", spelled)
    if "r" in spelled:
        match = _RE_RE.match(spelled)
        if match:
            head, stem, ending, rest = match.groups()
            # "centre" -> "center", "centres" -> "centers", "centred" -> "centered",
            # "centring" -> "centering", "theatregoers" -> "theatergoers".
            spelled = f"{head}{stem}{_RE_ENDINGS[ending]}{rest}"
    for british, us in _AE_OE:
        if british in spelled:
            spelled = spelled.replace(british, us)
    if "ll" in spelled:
        match = _LL_RE.match(spelled)
        if match and match.group(1) + "l" in _SINGLE_L | {f"un{w}" for w in _SINGLE_L}:
            spelled = f"{match.group(1)}l{match.group(2)[1:]}"
    if "is" in spelled:
        match = _ISE_RE.match(spelled)
        if match and len(match.group(1)) >= 3 and match.group(1) not in _ISE_KEPT:
            base = match.group(1)
            if not base.endswith(("a", "o", "u", "w")) and not _kept_with_prefix(base):
                spelled = f"{base}iz{match.group(2)}"
    if "ys" in spelled:
        match = _YSE_RE.match(spelled)
        if match:
            spelled = f"{match.group(1)}yz{match.group(2)}"
    return spelled


def _kept_with_prefix(base: str) -> bool:
    """Whether ``base`` is a kept stem after a prefix: "unadv" of "unadvised", "mispr"."""
    for prefix in ("un", "re", "dis", "mis", "pre", "over", "self-", "well-", "ill-"):
        if base.startswith(prefix) and base[len(prefix) :] in _ISE_KEPT:
            return True
    return False


#: Words beside "meter" that make it a device ("gas meter", "parking meters", "meter readings").
_DEVICE = word_set(
    "gas water electricity electric smart parking taxi prepayment prepay reading readings read "
    "installed fitted install fit flow light exposure dosimeter"
)
#: Words beside "program" that make it software ("a computer program", "install the program").
_SOFTWARE = word_set(
    "computer software code coding program's install installed installs run runs running "
    "download downloaded executable binary script compiler compile compiled source app apps "
    "programmer programmers"
)
#: How near (in words) a word of ``_DEVICE`` or ``_SOFTWARE`` must stand.
_SENSE_WINDOW = 3


def american_words(said: Sequence[str]) -> list[str]:
    """``said`` (lower-case words in order) in American spelling, with the American "meter" of a
    device and "program" of software keyed apart ("~meter", "~program"), since
    their British spellings ("metre", "programme") never mean those."""
    out = [american(w) for w in said]
    for index, word in enumerate(said):
        if word in ("meter", "meters", "program", "programs"):
            near = set(said[max(0, index - _SENSE_WINDOW) : index + _SENSE_WINDOW + 1])
            if word.startswith("meter") and near & _DEVICE:
                out[index] = "~meter"
            elif word.startswith("program") and near & _SOFTWARE:
                out[index] = "~program"
    return out


@lru_cache(maxsize=1 << 14)
def id_key(subject_id: str) -> str:
    """A proposed subject id with its words in American spelling: ``count-centres`` and
    ``count-centers`` are one id to grouping."""
    return "-".join(american(part) for part in subject_id.split("-"))
