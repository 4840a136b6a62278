"""Whether a figure is an organisation's whole head count (internal31).

English states how many people an organisation or a ship has in a few fixed frames: the verb
"employ" with the figure as its object ("The company employs 140 people"), a collective noun of
its people with "of" ("a workforce of 2,300", "a crew of 17"), the figure as a part of the
owner's people with "all ... of" ("This is a win for all 180 of our staff"), or the figure
between a possessive and the people ("its 400 employees", "a 60-strong crew"). An organisation
has one head count at the time a page is written, so two values of it on one page are the page
contradicting itself, as two ages of one individual are (``ages.individual``): the business
article's "employs 140 people" against its chief executive's "all 180 of our staff", the
heritage feature's "a crew of 17" against "the crew of 19".

Other counts of people are not head counts: "2,000 workers walked out" (some of them), "hires
35 people" (a change), "120 volunteers" (another population), "8 workers" of a program (no
people at all: no frame of "employ" or of possession).
"""

from __future__ import annotations

import re

#: Words of about, before a figure, that a frame allows between it and its verb or noun.
_ABOUT = r"(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than|just\s+over|just\s+under|fewer\s+than|approximately|an\s+estimated)\s+)?"
#: The people of an organisation, as a noun.
_PEOPLE = (
    r"(?:staff|employees|workers|people|personnel|crew|crewmen|crew\s+members|workforce|"
    r"(?:full-time\s+)?equivalents|FTEs?)"
)
#: A possessive that makes the people an organisation's own.
_OWN = r"(?:our|its|their|the\s+(?:company|firm|group|ship|vessel|business|charity)['’]s)"

#: The frames before the figure: "employs 140", "a workforce of 2,300", "its 400".
_BEFORE = re.compile(
    rf"(?:\bemploy(?:s|ed|ing)?\s+{_ABOUT}"
    rf"|\b(?:workforce|headcount|staff|crew|payroll)\s+of\s+{_ABOUT}"
    rf"|\b{_OWN}\s+{_ABOUT})\Z",
    re.IGNORECASE,
)
#: After a figure that followed a possessive: the people ("its 400 employees").
_OWNED_AFTER = re.compile(rf"\A\s*(?:-strong\s+)?{_PEOPLE}\b", re.IGNORECASE)
#: The frames after the figure: "180 of our staff", "a 60-strong crew".
_AFTER = re.compile(
    rf"\A(?:\s+of\s+{_OWN}\s+{_PEOPLE}\b|-strong\s+(?:workforce|staff|crew|team)\b)",
    re.IGNORECASE,
)
#: A figure's own text that ends in a word (a count's noun: "3 filters", "140 people").
_THING = re.compile(r"[A-Za-z]{2,}\Z")
#: The people's noun a count's own text may end with ("140 people", "400 employees").
_COUNTED = re.compile(rf"\s*{_PEOPLE}\Z", re.IGNORECASE)


def head_count(text: str, span: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether the figure at ``span`` (in the sentence at ``sentence``) states an organisation's
    whole head count: "The company employs 140 people", "a crew of 17", "all 180 of our
    staff", "its 400 employees", "a 60-strong crew"; not "2,000 workers walked out", "hired 35
    people", "uses 8 workers"."""
    figure = text[span[0] : span[1]]
    before = text[sentence[0] : span[0]]
    after = text[span[1] : sentence[1]]
    opened = _BEFORE.search(before)
    if opened is not None:
        if not re.search(rf"\b{_OWN}\s+{_ABOUT}\Z", opened.group(), re.IGNORECASE):
            # "employs 140 people", "a crew of 17"; not "The method employs 3 filters".
            return _THING.search(figure) is None or _COUNTED.search(figure) is not None
        # After a possessive the people must follow: "its 400 employees", not "its 40 years".
        return bool(_COUNTED.search(figure) or _OWNED_AFTER.match(after))
    return _AFTER.match(after) is not None
