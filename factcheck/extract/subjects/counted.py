"""What a count counts in other words: a thing's synonyms, the kinds it holds, and the words
that name its total ("42,500 seats" and "a capacity of 45,000", "61 ships" and "74 vessels")."""

from __future__ import annotations

from functools import cache

from factcheck.extract.mentions.lexicon import word_set
from factcheck.extract.subjects.paraphrase import GENERIC_PEOPLE, PEOPLE_NOUNS
from factcheck.extract.subjects.spelling import american

# Each entry: the thing and its synonyms | kinds of it | words that name how many there are in
# all. Written from general English and the beats news and guides count in, not from any one
# document. Two kinds of one thing are not alike ("12 helicopters", "24 planes" may be alike
# through "aircraft", but a helicopter is no tanker); a kind is alike its thing ("four large air
# tankers" among "24 planes"). People are counted by ``paraphrase.PEOPLE_NOUNS``.
_ENTRIES = (
    "seat seats seating | | capacity capacities seater accommodate accommodates holds",
    "space spaces bay bays | | capacity capacities parking",
    "bed beds cot cots | | capacity capacities",
    "place places | | capacity capacities",
    "ship ships vessel vessels boat boats | ferry ferries freighter freighters tanker tankers "
    "barge barges trawler trawlers tug tugs yacht yachts liner liners | fleet shipping",
    "aircraft plane planes airplane airplanes aeroplane aeroplanes | jet jets airliner airliners "
    "helicopter helicopters tanker tankers airtanker airtankers bomber bombers fighter fighters "
    "drone drones | fleet",
    "vehicle vehicles | car cars truck trucks lorry lorries van vans bus buses coach coaches taxi "
    "taxis motorcycle motorcycles motorbike motorbikes | fleet traffic",
    "train trains | tram trams locomotive locomotives railcar railcars | fleet",
    "fish fishes | neon neons tetra tetras guppy guppies goldfish danio danios barb barbs rasbora "
    "rasboras cichlid cichlids molly mollies platy platies cory corydoras betta bettas koi | "
    "shoal shoals stocking",
    "animal animals | cow cows cattle sheep pig pigs goat goats horse horses | herd herds flock "
    "flocks livestock",
    "bird birds | hen hens chicken chickens duck ducks goose geese | flock flocks",
    "voter voters elector electors | | electorate electoral register registered",
    "member members | mp mps councillor councillors councilor councilors "
    "representative representatives deputy deputies senator senators lawmaker lawmakers "
    "legislator legislators | assembly parliament chamber council",
    "attendee attendees spectator spectators fan fans visitor visitors festivalgoer "
    "festivalgoers festival-goers concertgoer concertgoers audience | supporter supporters | "
    "attendance attendances crowd crowds gate gates footfall admissions turnout",
    "student students pupil pupils | | enrolment enrollment enrolled enrolments roll",
    "home homes house houses dwelling dwellings household households property properties "
    "residence residences | flat flats apartment apartments bungalow bungalows | housing",
    "runner runners entrant entrants competitor competitors starter starters | | field entries",
    "book books title titles volume volumes | | collection holdings library",
    "exhibit exhibits artwork artworks object objects | painting paintings sculpture sculptures "
    "drawing drawings | collection holdings",
    "store stores shop shops branch branches outlet outlets | supermarket supermarkets | chain "
    "network",
    "charger chargers chargepoint chargepoints socket sockets | | network",
    "panel panels module modules | | array",
    "flight flights departure departures | | schedule",
    # One business's customers are counted by person or by account, whichever it keeps.
    "customer customers client clients user users account accounts shopper shoppers "
    "patron patrons | subscriber subscribers member members | userbase clientele",
    "subscriber subscribers | | subscription subscriptions",
    "employee employees staff personnel | | workforce headcount payroll",
    # Jobs are counted by the post as often as by the word: "900 head-office roles", "1,400
    # head office jobs".
    "job jobs role roles position positions post posts | | ",
    "download downloads install installs installation installations | | installed",
)


def _parse(entry: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    # Both spellings of a word meet: the table and the nouns asked about in American spelling.
    thing, kinds, totals = (frozenset(map(american, word_set(part))) for part in entry.split("|"))
    return thing, kinds, totals


_TABLE = tuple(_parse(entry) for entry in _ENTRIES)


@cache
def alike(a: str, b: str) -> bool:
    """Whether counts of ``a`` and of ``b`` (nouns, any case) may count one thing: synonyms
    ("ships", "vessels") or a thing and a kind of it ("planes", "tankers"); not two kinds of one
    thing ("cars", "vans")."""
    a, b = american(a.lower()), american(b.lower())
    for thing, kinds, _ in _TABLE:
        if (a in thing and b in thing | kinds) or (b in thing and a in kinds):
            return True
    return False


@cache
def thing(noun: str) -> str:
    """The thing a count of ``noun`` (any case) counts, one word for its synonyms ("ships",
    "vessels", "boats": "boat"), or "" when the table does not know it as a thing. A kind is
    not its thing here ("ferries" are some of the boats)."""
    noun = american(noun.lower())
    for things, _, _ in _TABLE:
        if noun in things:
            return min(things)
    return ""


@cache
def naming_words(noun: str) -> frozenset[str]:
    """The words, other than itself, that may say a bare number counts ``noun``: its synonyms,
    its thing or kinds, and the words that name its total ("capacity" for seats, "electors" for
    voters, "fish" for neons)."""
    noun = american(noun.lower())
    found: set[str] = set()
    for thing, kinds, totals in _TABLE:
        if noun in GENERIC_PEOPLE and thing & PEOPLE_NOUNS:
            # "95,000 people" are whichever people a page counts: "Attendance: 82,000",
            # "Registered electors: 1,284,600".
            found |= thing | totals
        elif noun in thing:
            found |= thing | kinds | totals
        elif noun in kinds:
            found |= thing | totals
    return frozenset(found - {noun})


@cache
def people_like(noun: str) -> bool:
    """Whether a count of ``noun`` (any case) counts people, or counts them by what a business
    or a body keeps of each ("2.3 million customer accounts", "3.1 million customers"): a noun
    of ``paraphrase.PEOPLE_NOUNS`` or a synonym the table gives one."""
    noun = noun.lower()
    return (
        noun in PEOPLE_NOUNS
        or any(noun in t for t, _, _ in _TABLE if t & PEOPLE_NOUNS)
        or people_event(noun)
    )


# Events that happen to people, by class: the nouns that count them and the verbs (and
# adjectives) that say people underwent them. "23 deaths" and "27 people had died", "412
# admissions" and "admitted 412 people" count one thing. Each entry: the key word | its nouns |
# its verbs. Written from general English and the beats news counts people in (harm, health
# care, crime and justice, emergencies, transport, work and trade), not from any one document.
_EVENTS = (
    # harm
    "death | death deaths fatality fatalities | die dies died dying dead killed",
    "injury | injury injuries | injured injure injures injuring wounded hurt",
    "drowning | drowning drownings | drowned drown",
    "suicide | suicide suicides | ",
    # health care
    "admission | admission admissions | admitted admit admits admitting",
    "hospitalization | hospitalization hospitalizations | hospitalized hospitalize",
    "infection | infection infections | infected infect",
    "diagnosis | diagnosis | diagnosed",
    "vaccination | vaccination vaccinations immunization immunizations | vaccinated "
    "immunized inoculated jabbed",
    "discharge | discharge discharges | discharged",
    "referral | referral referrals | referred",
    # crime and justice
    "arrest | arrest arrests | arrested",
    "conviction | conviction convictions | convicted",
    "prosecution | prosecution prosecutions | prosecuted",
    "deportation | deportation deportations | deported",
    # emergencies
    "evacuation | evacuation evacuations | evacuated",
    "rescue | rescue rescues | rescued",
    # transport and trade (what people did, not what a company did to things)
    "complaint | complaint complaints | complained",
    "resignation | resignation resignations | resigned",
    "dismissal | dismissal dismissals layoff layoffs redundancy redundancies | dismissed sacked "
    "fired",
    "applicant | application applications applicant applicants | applied",
    "cancellation | cancellation cancellations | canceled cancelled",
    "booking | booking bookings reservation reservations | booked reserved",
)


def _parse_event(entry: str) -> tuple[str, frozenset[str], frozenset[str]]:
    key, nouns, verbs = (part.strip() for part in entry.split("|"))
    return key, frozenset(map(american, nouns.split())), frozenset(map(american, verbs.split()))


_EVENT_TABLE = tuple(_parse_event(entry) for entry in _EVENTS)
_EVENT_KEYS: dict[str, str] = {
    word: key for key, nouns, verbs in _EVENT_TABLE for word in nouns | verbs
}
#: Event nouns that count people: each death, admission or arrest is one person's (not
#: cancellations or bookings, which count journeys and orders as often as people).
PEOPLE_EVENTS = frozenset(
    noun
    for key, nouns, _ in _EVENT_TABLE
    if key not in ("cancellation", "booking")
    for noun in nouns
)


@cache
def event_key(word: str) -> str:
    """The key word of the event ``word`` (lower case, either spelling) names as a noun or a
    verb ("deaths", "died": "death"; "hospitalisations", "hospitalized": "hospitalization"), or
    ""."""
    return _EVENT_KEYS.get(american(word), "")


@cache
def people_event(noun: str) -> bool:
    """Whether a count of ``noun`` (any case) counts events that each happen to one person
    ("23 deaths", "412 admissions", "61 arrests"): a count of people in other words."""
    return american(noun.lower()) in PEOPLE_EVENTS
