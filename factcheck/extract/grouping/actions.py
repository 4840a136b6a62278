"""One subject for the advice of different documents about one action ("never add meat to a
compost bin", "meat can go in any compost bin"): advice for or against it (``polarity``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import pairwise

from factcheck.extract.advice import ALWAYS, GENERIC_HEADS, IN_EVERY_CASE
from factcheck.extract.drafts import CHANGELOG_ENTRY, Document, Draft
from factcheck.extract.ids import slug, unique
from factcheck.extract.mentions.context import words
from factcheck.extract.mentions.lexicon import word_set
from factcheck.extract.polarity import (
    ACTION,
    ALLOWED,
    ALWAYS_DO,
    DO,
    DO_NOT,
    FIGURE,
    FORBIDDEN,
    IMPERATIVE,
    NEEDED,
    OFTEN,
    PLAIN,
    RECOMMENDED,
    SOMETIMES,
    UNNECESSARY,
)
from factcheck.extract.subjects.actions import (
    GENERIC_THINGS,
    TIME_KEYS,
    action_key,
    facing,
    key_word,
    sole_action,
    subject_label,
)
from factcheck.extract.subjects.propose import Proposal

#: Key words two pieces of advice must share at least to be about one action: one shared word
#: ("use sunscreen" and "sunscreen on babies") names a topic, not an action.
SHARED_WORDS = 2
#: Words of a subject id.
_ID_WORDS = 4
Member = tuple[int, int, Draft]
"""A stance in grouping: its document's number, its index among the document's drafts, it."""


def relate_actions(documents: Sequence[Document], taken: set[str]) -> list[Document]:
    """The documents with their advice for or against an action under one subject per action
    that two documents advise on, and the rest of such advice left out: with nothing to compare
    it with, it would only lengthen the claims file.

    Two pieces of advice are about one action when they share ``SHARED_WORDS`` key words (stems
    of their actions' content words) and more than half of the shorter action's ("never add meat
    to a compost bin" and "coffee grounds can go in any compost bin" share only where); when one
    of them is an instruction without an advice word ("Run `tidy compact` on the live index"),
    one of the two actions has no key word the other lacks ("Don't compact the live index"); the same
    phrases saying how often, if any ("never feed them twice a day" and "always feed them once a
    day", or "always feed them", advise on how often); and when both state another figure, the
    same figures. A group holds advice that is pairwise so (complete linkage:
    "sponge under the tap" and "tap water" do not join through a third piece of advice).
    Subject ids are made unique against ``taken``, which they join."""
    documents = _generic_named(documents)
    members: list[Member] = [
        (number, index, draft)
        for number, document in enumerate(documents)
        for index, draft in enumerate(document.drafts)
        if is_stance(draft)
    ]
    # Advice under a condition last: it is compared only with advice under the same one, so it
    # must not take the place of a general stance in a group ("See a doctor if you develop a
    # rash" would keep "see your GP after every tick bite" from "you do not need to see a doctor
    # after a tick bite").
    members.sort(key=lambda member: "condition" in member[2].subject.context)
    groups: list[list[Member]] = []
    for member in members:
        fits = [
            (min(len(_faced_keys(member[2]) & _faced_keys(other)) for _, _, other in group),
             number)
            for number, group in enumerate(groups)
            if all(_one_action(member[2], other) for _, _, other in group)
        ]  # fmt: skip
        if fits:
            groups[max(fits)[1]].append(member)
        else:
            groups.append([member])
    groups = _said_again_joined(groups)
    renamed: dict[tuple[int, int], Draft] = {}
    for group in groups:
        if len({_turned(draft) for _, _, draft in group}) > 1:
            # "Keep the windows closed during the day" among stances on opening them: told the
            # other way round ("do not" open them), named by a stance that is not turned.
            group = sorted(((n, i, _turned_round(d)) for n, i, d in group),
                           key=lambda member: member[2].subject.shape != PLAIN)  # fmt: skip
            group.sort(key=lambda member: _turned(member[2]))
        roles = {draft.subject.role for _, _, draft in group}
        if SOMETIMES in roles and UNNECESSARY not in roles:
            # "is only needed if...", "is optional if...": against a need for every case
            # ("is always needed", "always brine it"), not an instruction or a permission.
            group = [member for member in group if member[2].subject.role in _EVERY_CASE]
        elif UNNECESSARY in roles:
            # "You can rinse it" and "there's no need to rinse it" agree, and "you can" and
            # "you must" too: an allowed stance is no side where another says it is unneeded.
            group = [member for member in group if member[2].subject.role != ALLOWED]
        if len({number for number, _, _ in group}) < 2:
            continue
        subject = _subject(group, taken)
        for number, index, draft in group:
            # One subject, each claim with its own context (a condition, a population).
            own = replace(subject, context=draft.subject.context)
            renamed[(number, index)] = replace(draft, subject=own)
    return keep_related(documents, renamed, is_stance)


def _generic_named(documents: Sequence[Document]) -> list[Document]:
    """The documents with a stance whose thing is a generic noun of the page's own product
    (``GENERIC_THINGS``: "You can take the tablet while the aura is still going on") told of the
    thing another document's stance names instead ("Do not take a triptan during the aura"), when
    the page names that thing too ("Migrastop contains sumatriptan, a triptan") and it is the one
    such thing that makes the two stances about one action. A name that ends with the other's
    word of four letters or more is that thing too (a medicine's class is the end of its
    name: sumatriptan, a triptan; atorvastatin, a statin)."""
    stances = [(number, index, draft) for number, document in enumerate(documents)
               for index, draft in enumerate(document.drafts) if is_stance(draft)]  # fmt: skip
    named: dict[int, tuple[set[str], tuple[str, ...]]] = {}
    renamed: dict[tuple[int, int], Draft] = {}
    for number, index, draft in stances:
        generic = _keys(draft) & GENERIC_THINGS
        if len(generic) != 1 or _turned(draft):
            continue
        if number not in named:
            said = words(documents[number].text)
            named[number] = ({action_key(word) for word in said}, tuple(set(said)))
        keys, names = named[number]
        things = set()
        for other_number, _, other in stances:
            if other_number == number:
                continue
            for thing in _things(other) - _keys(draft) - GENERIC_THINGS - TIME_KEYS:
                if not _names(thing, keys, names):
                    continue
                told = _with_keys(draft, (_keys(draft) - generic) | {thing})
                if _one_action(told, other):
                    things.add(thing)
        if len(things) == 1:
            renamed[(number, index)] = _with_keys(draft, (_keys(draft) - generic) | things)
    return [
        replace(document, drafts=tuple(renamed.get((number, index), draft)
                                       for index, draft in enumerate(document.drafts)))
        for number, document in enumerate(documents)
    ]  # fmt: skip


#: Words a thing named follows: a determiner, or a verb of taking or using it.
_THING_AFTER = word_set("a an the your this that any each take taking use using give giving")


def _things(draft: Draft) -> set[str]:
    """The keys of the things a stance names: words after a determiner or a verb of taking
    ("a triptan", "take paracetamol"), not its verb ("wait for the headache")."""
    terms = [word.lower() for word in draft.subject.terms]
    return {action_key(word) for before, word in pairwise(terms)
            if before in _THING_AFTER and key_word(word)} & _keys(draft)  # fmt: skip


#: Letters a medicine's class word has at least to be found at the end of its name ("statin").
_CLASS_LETTERS = 5


def _names(thing: str, keys: set[str], said: tuple[str, ...]) -> bool:
    """Whether a page whose words are ``said`` (their keys ``keys``) names ``thing``, a key word:
    as a word, or as the end of a longer name ("sumatriptan" names ``tripta``)."""
    if thing in keys:
        return True
    return len(thing) >= _CLASS_LETTERS and any(
        len(word) > len(thing) + 2 and thing in word[-len(thing) - 2 :] for word in said
    )


def _with_keys(draft: Draft, keys: frozenset[str] | set[str]) -> Draft:
    """The stance with ``keys`` as its action's key words (its figures kept)."""
    keywords = (*sorted(keys), *sorted(_said(draft, FIGURE) | _said(draft, OFTEN)))
    return replace(draft, subject=replace(draft.subject, keywords=keywords))


def _said_again_joined(groups: list[list[Member]]) -> list[list[Member]]:
    """The groups with each stance of a group that one document alone holds (it would be left
    out) moved into a group of several documents where it says again what a stance of its own
    document there says (``_said_again``) and is about the action of every other document's
    stance. A document's heading "Change your Quillmart password" may take the group against
    "Customers do not need to change their passwords", and "security experts urge all Quillmart
    customers to change their password now", which the heading's bare instruction is too short
    to be matched with (``same_action``), then joins it as the same side."""
    shared = [group for group in groups if len({number for number, _, _ in group}) > 1]
    alone = [group for group in groups if len({number for number, _, _ in group}) < 2]
    kept: list[list[Member]] = []
    for group in alone:
        left = []
        for member in group:
            home = next((other for other in shared if _joins(member, other)), None)
            if home is None:
                left.append(member)
            else:
                home.append(member)
        if left:
            kept.append(left)
    return shared + kept


def _joins(member: Member, group: list[Member]) -> bool:
    """Whether ``member`` joins ``group`` as a stance said again (see ``_said_again_joined``)."""
    own = [other for other in group if other[0] == member[0]]
    return (
        bool(own)
        and all(_said_again(member[2], other) for _, _, other in own)
        and all(_one_action(member[2], other) for number, _, other in group if number != member[0])
    )


def _said_again(draft: Draft, said: Draft) -> bool:
    """Whether two stances of one document say one thing: the same label, strength and context,
    neither told round (they agree, whatever their words)."""
    return (
        draft.label == said.label
        and draft.subject.role == said.subject.role
        and draft.subject.context == said.subject.context
        and not _turned(draft)
        and not _turned(said)
    )


def keep_related(
    documents: Sequence[Document],
    renamed: dict[tuple[int, int], Draft],
    related: Callable[[Draft], bool],
) -> list[Document]:
    """The documents with each draft ``renamed`` holds (by document and draft index) in its
    place, and the other drafts of the ``related`` kind left out: no other document states them."""
    result = []
    for number, document in enumerate(documents):
        drafts = tuple(
            renamed.get((number, index), draft)
            for index, draft in enumerate(document.drafts)
            if not related(draft) or (number, index) in renamed
        )
        result.append(replace(document, drafts=drafts))
    return result


def relate_settings(documents: Sequence[Document]) -> list[Document]:
    """The documents with a setting that one document names by its flag alone ("If you leave out
    `--out`": required-out) under the subject another names it by with its argument ("--out DIR
    ... This option is required": required-out-dir), or by its word cut short ("the repository
    option": required-repositori; "--repo PATH": required-repo-path; "Auth is optional":
    required-auth, "Authentication is required": required-authent), when that is the only
    such subject; and a
    thing said to be always done ("CMYK JPEGs are always converted to sRGB") under the one
    setting of two words or more whose words it says (``--to-srgb``: default-to-srgb), or left
    out."""
    ids = {d.subject.id for doc in documents for d in doc.drafts if _setting_label(d)}
    ids = {subject_id for subject_id in ids if not subject_id.startswith(_ALWAYS)}
    longer: dict[str, set[str]] = {}
    for subject_id in ids:
        base, _, head = subject_id.rpartition("-")
        if head not in GENERIC_HEADS:
            continue
        # The flag may be the setting's word cut short: "--repo PATH" names the repository.
        family, _, short = base.partition("-")
        for other in ({base} & ids) | _cut_short(ids, family, short):
            longer.setdefault(other, set()).add(subject_id)
    cut_short: dict[str, set[str]] = {}
    for subject_id in ids:
        # A one-word name cut short of another's one word ("Auth is optional", "Authentication
        # is required": auth, authent; "config", "configuration") names the same thing, unless
        # a name with its argument already claims the longer one ("--repo PATH" above).
        family, _, name = subject_id.partition("-")
        for other in _cut_short(ids, family, name) - longer.keys():
            cut_short.setdefault(other, set()).add(subject_id)
    longer.update(cut_short)
    for subject_id in ids:
        # "Autofix is on by default" and "Fixes are off unless you pass --fix": one feature,
        # the one done automatically; only where another document names it without "auto".
        family, _, name = subject_id.partition("-")
        plain = f"{family}-{name.removeprefix('auto').lstrip('-')}"
        if name.startswith("auto") and len(plain) > len(family) + 3 and plain in ids:
            longer.setdefault(subject_id, set()).add(plain)
    subjects = {d.subject.id: d.subject for doc in documents for d in doc.drafts}
    commands = _commands(documents)
    result = []
    for document in documents:
        drafts = []
        for draft in document.drafts:
            draft = _occasion_dropped(draft, commands)
            if draft.subject.id.startswith(_ALWAYS):
                said = f" {' '.join(words(draft.mention.text))} "
                named = {i for i in ids if i.startswith(_DEFAULT) and i.count("-") > 1
                         and f" {i.removeprefix(_DEFAULT).replace('-', ' ')} " in said}  # fmt: skip
                if len(named) != 1:
                    continue  # no setting of another document's says it
                draft = replace(draft, subject=replace(subjects[named.pop()],
                                                       context=draft.subject.context))  # fmt: skip
                drafts.append(draft)
                continue
            named = longer.get(draft.subject.id, set())
            if _setting_label(draft) and len(named) == 1:
                subject = replace(subjects[next(iter(named))], context=draft.subject.context)
                draft = replace(draft, subject=subject)
            drafts.append(draft)
        result.append(replace(document, drafts=tuple(drafts)))
    return result


#: A condition that only names the command a setting is given to: "A passphrase is required
#: when you run snapvault init" (the occasion it is given on, not a case of it).
_RUN_COMMAND = re.compile(r"^(?:you\s+)?(?:run|use|call|invoke|execute)\s+(?P<command>[\w .-]+)$")


def _command(draft: Draft) -> str:
    """The command a setting label's condition names ("you run snapvault init": ``init``), or
    ""."""
    if not _setting_label(draft):
        return ""
    said = _RUN_COMMAND.match((draft.subject.context or {}).get("condition", ""))
    return said["command"].split()[-1] if said else ""


def _commands(documents: Sequence[Document]) -> dict[str, set[str]]:
    """The commands each setting's labels are said for, by subject id."""
    commands: dict[str, set[str]] = {}
    for document in documents:
        for draft in document.drafts:
            command = _command(draft)
            if command:
                commands.setdefault(draft.subject.id, set()).add(command)
    return commands


def _occasion_dropped(draft: Draft, commands: dict[str, set[str]]) -> Draft:
    """The draft without a condition that only names the command its setting is given to, when
    no document says the setting of another command: "required when you run snapvault init"
    against "You can skip the passphrase" is one question; "required when you run delete"
    against "optional when you run restore" stays two."""
    command = _command(draft)
    if not command or len(commands.get(draft.subject.id, ())) != 1:
        return draft
    context = {k: v for k, v in (draft.subject.context or {}).items() if k != "condition"}
    return replace(draft, subject=replace(draft.subject, context=context))


def shared_orders(documents: Sequence[Document]) -> list[Document]:
    """The documents with the order of two actions (``order``) kept only where another document
    orders the same two actions: most steps that a document orders ("sit quietly before you
    press the button") no other speaks of, and alone they would only lengthen the claims file."""
    shared = shared_subjects(documents, _is_order)
    result = []
    for document in documents:
        kept = [d for d in document.drafts if not _is_order(d) or d.subject.id in shared]
        result.append(replace(document, drafts=tuple(kept)))
    return result


def shared_additions(documents: Sequence[Document]) -> list[Document]:
    """The documents with a changelog entry's addition ("## 2.4.0 ... - Added: word-level
    diffs", ``changelog.added_entries``) kept only where another document dates the same
    thing's arrival ("Word-level diffs have been available since version 2.1"): a changelog
    adds a dozen things a release, which no other page dates, and alone they would only
    lengthen the claims file (118 drafts on the development corpora, one of them shared)."""
    shared = shared_subjects(documents, lambda draft: draft.version is not None)
    return [
        replace(
            doc, drafts=tuple(d for d in doc.drafts if not _is_entry(d) or d.subject.id in shared)
        )
        for doc in documents
    ]


def _is_entry(draft: Draft) -> bool:
    return draft.subject.terms[-1:] == (CHANGELOG_ENTRY,)


def shared_subjects(documents: Sequence[Document], which: Callable[[Draft], bool]) -> set[str]:
    """The subject ids that drafts ``which`` accepts have in two documents or more."""
    said: dict[str, set[int]] = {}
    for number, document in enumerate(documents):
        for draft in document.drafts:
            if which(draft):
                said.setdefault(draft.subject.id, set()).add(number)
    return {subject for subject, numbers in said.items() if len(numbers) > 1}


def universal_works(documents: Sequence[Document]) -> list[Document]:
    """The documents with a thing said to work (or not) whatever the case ("a fan is the most
    effective way to stay cool, whatever the temperature outside") in the case the other
    documents say of it, when they all say one and none says it without a case: so it meets
    "Electric fans are not effective once indoor temperatures go above 35°C", which it denies.
    A claim said without "whatever" is left alone: "fans help" may hold below 35°C."""
    cases: dict[str, dict[int, set[str]]] = {}
    for number, document in enumerate(documents):
        for draft in document.drafts:
            if _is_works(draft):
                condition = (draft.subject.context or {}).get("condition", "")
                cases.setdefault(draft.subject.id, {}).setdefault(number, set()).add(condition)
    result = []
    for number, document in enumerate(documents):
        drafts = []
        for draft in document.drafts:
            context = dict(draft.subject.context or {})
            if _is_works(draft) and context.get("condition") == IN_EVERY_CASE:
                others = set().union(*(said for other, said in cases[draft.subject.id].items()
                                       if other != number)) - {IN_EVERY_CASE}  # fmt: skip
                if len(others) == 1 and "" not in others:
                    context["condition"] = others.pop()
                else:
                    del context["condition"]  # said of every case: of the thing in general
                draft = replace(draft, subject=replace(draft.subject, context=context))
            drafts.append(draft)
        result.append(replace(document, drafts=tuple(drafts)))
    return result


def _is_works(draft: Draft) -> bool:
    return draft.label is not None and draft.subject.id.startswith("works-")


def _is_order(draft: Draft) -> bool:
    return draft.label is not None and draft.subject.terms[:1] == ("order",)


_DEFAULT = "default-"
#: Letters a setting's word cut short keeps at least ("repo" for "repository").
_SHORTEST = 4
_ALWAYS = _DEFAULT + ALWAYS


def _cut_short(ids: set[str], family: str, short: str) -> set[str]:
    """The subjects of ``family`` among ``ids`` named by one word that ``short``, one word of
    ``_SHORTEST`` letters or more, cuts short ("repo" of ``required-repositori``)."""
    if "-" in short or len(short) < _SHORTEST:
        return set()
    found = set()
    for other in ids:
        said = other.removeprefix(f"{family}-")
        if other != said and "-" not in said and said != short and said.startswith(short):
            found.add(other)
    return found


def _setting_label(draft: Draft) -> bool:
    """Whether the draft says a setting is on or off by default, or required or optional."""
    return draft.label is not None and draft.subject.id.startswith(("default-", "required-"))


def is_stance(draft: Draft) -> bool:
    """Whether the draft is advice for or against an action (``polarity``)."""
    return draft.label is not None and draft.subject.family == ACTION


#: The stance turned round, of each strength that says to do or not to do an action for
#: every case: "keep the windows closed" (recommended) is against opening them (forbidden).
_TURNED_ROLES = {
    NEEDED: FORBIDDEN,
    ALWAYS_DO: FORBIDDEN,
    RECOMMENDED: FORBIDDEN,
    FORBIDDEN: ALWAYS_DO,
}
#: Marks a stance told the other way round in its subject's keywords.
_TURNED_MARK = "~"


def _faced_keys(draft: Draft) -> frozenset[str]:
    return _facing(draft)[0]


def _facing(draft: Draft) -> tuple[frozenset[str], bool]:
    """A stance's key words faced (``subjects.actions.facing``) and whether it is turned."""
    if _TURNED_MARK in draft.subject.keywords:
        return _keys(draft), True  # told round already
    return facing(_keys(draft), draft.subject.terms)


def _turned(draft: Draft) -> bool:
    """Whether a stance's action is the second side of a pair of opposite actions ("keep the
    windows closed": close, against open), or was told round (``_turned_round``)."""
    return _facing(draft)[1]


def _turned_round(draft: Draft) -> Draft:
    """A turned stance as the opposite stance on its first side's action: "keep the windows
    closed during the day" (``do``) as ``do not`` open them; other stances as they are."""
    faced, turned = _facing(draft)
    if not turned or _TURNED_MARK in draft.subject.keywords:
        return draft
    if draft.subject.role not in _TURNED_ROLES:
        return draft
    label = DO_NOT if draft.label == DO else DO
    keywords = (*sorted(faced), *sorted(_said(draft, FIGURE) | _said(draft, OFTEN)), _TURNED_MARK)
    subject = replace(draft.subject, keywords=keywords, role=_TURNED_ROLES[draft.subject.role])
    return replace(draft, subject=subject, label=label)


def _one_action(a: Draft, b: Draft) -> bool:
    """Whether two stances are about one action (``same_action``), or about one action and its
    undoing said with opposite verbs ("Keep the windows closed during the day", "Open your
    windows in the daytime"): then only when each says what to do in every case (not a
    permission or no need), one's key words are all the other's, and at one time of day (or of
    the year) or none, so that "open the windows at night" and "keep them closed during the
    day" are no disagreement."""
    if _turned(a) == _turned(b):
        return same_action(a, b)
    faced_a, faced_b = _turned_round(a), _turned_round(b)
    if (faced_a is a and _turned(a)) or (faced_b is b and _turned(b)):
        return False  # a permission, no need, only sometimes: not turned round
    if b.subject.role not in _TURNED_ROLES or a.subject.role not in _TURNED_ROLES:
        return False
    keys_a, keys_b = _keys(faced_a), _keys(faced_b)
    if not (keys_a <= keys_b or keys_b <= keys_a) or keys_a & TIME_KEYS != keys_b & TIME_KEYS:
        return False
    return same_action(faced_a, faced_b)


def same_action(a: Draft, b: Draft) -> bool:
    """Whether two pieces of advice are about one action (see ``relate_actions``)."""
    keys_a, keys_b = _keys(a), _keys(b)
    if _said(a, OFTEN) != _said(b, OFTEN):
        # "see your GP after every tick bite" and "you don't need to see a doctor after a tick
        # bite": the event said with "every" is the occasion the other names
        event_a, event_b = _occasion(a, keys_b), _occasion(b, keys_a)
        if not (event_a or event_b):
            return False  # "never feed them twice a day", "always feed them": how often
        keys_a, keys_b = keys_a | event_a, keys_b | event_b
    figures_a, figures_b = _said(a, FIGURE), _said(b, FIGURE)
    if figures_a and figures_b and figures_a != figures_b:
        return False  # "never more than 2 tablets", "always 3 tablets": how much
    shared = keys_a & keys_b
    if _one_thing(a) or _one_thing(b):
        return _one_thing_needed(a, b)
    if sole_action(keys_a) or sole_action(keys_b):
        # "There is no need to book" and "visitors must book timed tickets": a verb that is a
        # whole action meets the other's action only in stances of need, by its verb, and when
        # the other's object is what the verb takes anyway (not "book a taxi").
        roles = {a.subject.role, b.subject.role}
        return (
            bool(shared)
            and bool(roles & _NEED)
            and roles <= _NEED | {ALWAYS_DO, ALLOWED}
            and _verb(a) == _verb(b)
            and _implied_object(a)
            and _implied_object(b)
        )
    if len(shared) < SHARED_WORDS or len(shared) * 2 <= min(len(keys_a), len(keys_b)):
        return False
    plain = PLAIN in (a.subject.shape, b.subject.shape)
    # Whether a thing is needed is said of one action exactly: "you must rinse the rice" and
    # "there's no need to soak the rice" share rice, not the action.
    if bool({a.subject.role, b.subject.role} & _NEED):
        # (a noun with a particle after it, "sunscreen on", is no verb of its own)
        own_a, own_b = ({k for k in keys if k.startswith("-") or "-" not in k}
                        for keys in (keys_a, keys_b))  # fmt: skip
        return own_a <= own_b or own_b <= own_a
    return not plain or shared in (keys_a, keys_b)


_EVERY = re.compile(rf"{re.escape(OFTEN)}after (?:every|each|any) (?P<event>.+)")


def _occasion(draft: Draft, other: frozenset[str]) -> frozenset[str]:
    """The key words of the event a stance says its action follows every time ("@after every
    tick bite": tick, bite) when that is its only how-often phrase, the other stance says none
    and names the event among its own words (``other``); else none."""
    often = _said(draft, OFTEN)
    if len(often) != 1:
        return frozenset()
    match = _EVERY.fullmatch(next(iter(often)))
    if match is None:
        return frozenset()
    event = frozenset(action_key(w) for w in words(match["event"]) if key_word(w))
    return event if event and event <= other else frozenset()


def _one_thing(draft: Draft) -> bool:
    """Whether a stance says a thing named by one word is needed or not ("you will not need
    immunoglobulin"): not an instruction, and one key word that is no whole action of a verb."""
    keys = _keys(draft)
    return (
        len(keys) == 1
        and not sole_action(keys)
        and not draft.subject.shape
        and draft.subject.role in (NEEDED, UNNECESSARY)
    )


def _one_thing_needed(a: Draft, b: Draft) -> bool:
    """Whether two stances say whether one thing is needed: both say it of a thing (not an
    instruction), and the thing of one word is the other's whole noun phrase, what follows it
    saying only when ("immunoglobulin after a bite"): "a passport photo" is another thing than
    "a passport"."""
    if a.subject.shape or b.subject.shape or not {a.subject.role, b.subject.role} <= _NEED:
        return False
    return _head(a) == _head(b) != ""


def _head(draft: Draft) -> str:
    """The key of a stance's thing when its noun phrase, up to a preposition, is one key word;
    else ""."""
    said = []
    for word in draft.subject.terms:
        lower = word.lower()
        if lower in _OBJECT_ENDS:
            break
        if key_word(lower):
            said.append(action_key(lower))
    return said[0] if len(said) == 1 else ""


#: Stances that say whether an action is needed at all.
_NEED = frozenset({NEEDED, UNNECESSARY, SOMETIMES})
#: Stances compared with one that says an action is not needed in every case.
_EVERY_CASE = frozenset({NEEDED, ALWAYS_DO, UNNECESSARY, SOMETIMES, FORBIDDEN})


def _verb(draft: Draft) -> str:
    """The key of the first key word of a stance's action: its verb, for an instruction."""
    return next((action_key(w) for w in draft.subject.terms if key_word(w.lower())), "")


#: What a verb that is a whole action takes anyway ("book timed tickets online", "reserve a
#: table", "register in advance"): an object of these words leaves it the one action.
_IMPLIED = word_set(
    "ticket tickets timed slot slots place places seat seats space spaces table tables visit "
    "visits entry admission session sessions appointment appointments time online ahead early "
    "advance beforehand now first in-person"
)
#: Words after the verb that end its object: when, where or how it is done follows.
_OBJECT_ENDS = word_set(
    "to for at in on before after by from with during until within via through when"
)


def _implied_object(draft: Draft) -> bool:
    """Whether the object of a stance's verb, the words after it up to a preposition, says only
    what the verb takes anyway (``_IMPLIED``): "book timed tickets online" is booking, "book a
    taxi", "pay attention", "stretch the dough" are other actions."""
    for word in draft.subject.terms[1:]:
        said = word.lower()
        if said in _OBJECT_ENDS:
            return True
        if key_word(said) and said not in _IMPLIED:
            return False
    return True


def _keys(draft: Draft) -> frozenset[str]:
    return frozenset(
        k for k in draft.subject.keywords if not k.startswith((FIGURE, OFTEN, _TURNED_MARK))
    )


def _said(draft: Draft, mark: str) -> frozenset[str]:
    """The figures (``FIGURE``) or how-often phrases (``OFTEN``) of a piece of advice."""
    return frozenset(k for k in draft.subject.keywords if k.startswith(mark))


def _subject(group: list[tuple[int, int, Draft]], taken: set[str]) -> Proposal:
    """The subject of a group of advice: named by an instruction among them ("Rinse the sponge
    under the tap"), else the first; its id and terms by the words all of them share."""
    drafts = [draft for _, _, draft in group]
    # (a stance told round names no subject: "Keep windows closed" is no "whether to open")
    named_by = [d for d in drafts if not _turned(d)] or drafts
    named = next(
        (d for shape in (IMPERATIVE, PLAIN) for d in named_by if d.subject.shape == shape),
        named_by[0],
    )
    shared = frozenset.intersection(*(_keys(d) for d in drafts))
    terms: list[str] = []
    for word in named.subject.terms:
        key = action_key(word)
        if key in shared and key not in {action_key(t) for t in terms}:
            terms.append(word)
    base = "advice-" + "-".join(slug(t) for t in terms[:_ID_WORDS])
    action = " ".join(named.subject.label.split())
    return replace(
        named.subject,
        id=unique(base, taken),
        label=subject_label(action),
        terms=tuple(terms),
    )
