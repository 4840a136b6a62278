"""Generic measurement words that writers use for one idea, mapped to one key word."""

from __future__ import annotations

from factcheck.extract.mentions.lexicon import word_set

# Each group names one idea of measuring (an effect felt, a fall, a rise, a study, a risk); the
# first word is the key word every member becomes. Only words about how a quantity is measured,
# never about a topic: "relief" and "ease" meet, "sleep" and "insomnia" do not.
_GROUPS = (
    "relief relieve relieved relieves relieving ease eases eased easing improve improves improved "
    "improvement improvements better benefit benefits benefited helped analgesia",
    "reduce reduces reduced reducing reduction reductions drop drops dropped fall falls fell "
    "fallen decrease decreases decreased decline declines declined shortened shorten shortens",
    "rise rises rose risen raise raises raised grow grows grew gain gains gained lengthen "
    "lengthens lengthened",
    "trial trials study studies experiment experiments",
    "review reviews meta-analysis meta-analyses pooled systematic",
    "risk risks chance chances likelihood odds likely",
    "peak peaks peaked strongest maximal",
    "use uses used using user users",
    "take takes took taken taking swallow swallowing swallowed",
    "report reports reported reporting rated rate say says said",
    # How news counts people, places and money: one idea each, whatever the beat.
    "passenger passengers rider riders ridership commuter commuters traveller travellers "
    "traveler travelers",
    "station stations stop stops",
    "employee employees staff worker workers workforce headcount employ employs employed "
    "employing personnel",
    "visitor visitors attendee attendees attendance festivalgoer festivalgoers festival-goers "
    "spectator spectators fans crowd crowds audience audiences",
    "cost costs costing price priced prices budget budgeted",
    "revenue revenues sales turnover",
    "profit profits earnings",
)
_CANONICAL: dict[str, str] = {
    word: group.split()[0] for group in _GROUPS for word in sorted(word_set(group))
}


#: Nouns that count people, by whatever they are to the story (staff, visitors, residents,
#: patients): a count of one is a count of people, never of homes or stages. Not passengers,
#: riders or commuters (ridership is counted in journeys as often as in people: "58,000 journeys
#: per weekday", "75,000 passengers each weekday"), nor workers (a program's worker processes).
PEOPLE_NOUNS = word_set(
    "patients participants people adults subjects volunteers women men children persons users "
    "respondents staff employees personnel visitors attendees festivalgoers festival-goers fans "
    "spectators guests residents inhabitants locals evacuees citizens voters students pupils "
    "customers individuals"
)
#: Nouns that say only that people are counted ("6,850 people"): the same count as one that says
#: who they are ("7,200 staff"), whichever noun the other page chose.
GENERIC_PEOPLE = word_set("people persons individuals")


#: Things whose age dates their making or opening, by kind: "the twelve-year-old vessel" was
#: built twelve years before the page (a person's or an animal's age dates no event of a page).
AGED_THINGS: dict[str, frozenset[str]] = {
    "vessel": word_set(
        "vessel vessels ship ships boat boats ferry ferries tanker tankers freighter freighters "
        "trawler trawlers liner liners carrier carriers barge barges tug tugs yacht yachts"
    ),
    "structure": word_set(
        "bridge bridges span tunnel tunnels dam dams viaduct viaducts pier piers jetty jetties "
        "quay lock locks lighthouse tower towers mast masts pylon pylons"
    ),
    "building": word_set(
        "building buildings block blocks house houses home homes hall halls school schools "
        "hospital hospitals church churches library libraries museum museums stadium stadiums "
        "stadia arena arenas ground theatre theater cinema station stations terminal terminals "
        "airport airports prison prisons barracks warehouse warehouses office offices hotel "
        "hotels shopping centre center mall"
    ),
    "plant": word_set(
        "plant plants reactor reactors factory factories mill mills refinery refineries mine "
        "mines smelter furnace furnaces boiler boilers turbine turbines works incinerator"
    ),
    "network": word_set(
        "pipeline pipelines pipe pipes main mains sewer sewers cable cables line lines railway "
        "railways track tracks road roads motorway motorways highway highways canal canals "
        "grid network"
    ),
    "craft": word_set(
        "aircraft plane planes jet jets airliner airliners helicopter helicopters satellite "
        "satellites rocket train trains tram trams locomotive locomotives bus buses coach "
        "coaches car cars truck trucks lorry lorries van vans engine engines"
    ),
}
#: Bodies whose age dates their founding: "The 90-year-old chain is joining forces" (not "a
#: 30-year-old shop assistant", a person).
AGED_BODIES = word_set(
    "chain chains company companies firm firms business businesses brand brands retailer "
    "retailers grocer grocers supermarket supermarkets group charity charities club clubs "
    "society societies bank banks brewery breweries label newspaper newspapers magazine "
    "project projects institution institutions organisation organization association union "
    "partnership practice festival festivals event tradition programme program scheme service"
)
#: The kind of thing each word of ``AGED_THINGS`` names (its first kind there).
AGED_THING_KIND: dict[str, str] = {
    word: kind for kind, members in reversed(AGED_THINGS.items()) for word in members
}


def canonical(word: str) -> str | None:
    """The key word that stands for ``word`` (lower case) and its synonyms, or None."""
    return _CANONICAL.get(word)
