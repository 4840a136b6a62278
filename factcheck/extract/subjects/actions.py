"""What a piece of advice for or against an action is about: the key words its action is matched
on (``extract.polarity``, ``grouping.actions``) and the label of its subject."""

from __future__ import annotations

import re

from factcheck.extract.mentions.lexicon import word_set
from factcheck.extract.subjects.propose import stem

#: Verbs that say little about which action on their own: "use sunscreen" is about sunscreen.
_VAGUE_VERBS = word_set(
    "use uses using used take takes taking taken put puts putting make makes making get gets "
    "getting do does doing done go goes going keep keeps keeping run runs running try tries "
    "trying give gives giving have has having be is are was were been let lets can could may "
    "might should must will would need needs jump jumps hop hops"
)
#: Words that name no action.
FUNCTION_WORDS = word_set(
    "the a an of in on at to for with and or by from into onto over under up down out off as "
    "it its it's them they their this that these those there here your you yours we our us i "
    "me my he she his her who whom which what any all every each some most more much many "
    "few other another same such just also too very only even really quite properly then "
    "than so way thing things one ones right yourself yourselves members people everyone "
    "anyone somebody someone always never often usually generally fine ok okay safe harmless "
    "harm recommend recommended advice after before during above below regardless including "
    "afterwards afterward beforehand straight immediately "
    "once twice two three four five six seven eight nine ten half"
)
#: Words this short keep their final letters ("tree", "dose").
_SHORT = 4
_LABEL_WORDS = 12


def key_word(word: str) -> bool:
    """Whether a word of an action (see ``action_words``) is one of its key words."""
    return word not in FUNCTION_WORDS and word not in _VAGUE_VERBS and len(word) > 1


_CODE = re.compile(r"--?[a-z][\w-]*|[A-Za-z][A-Za-z'’-]*")


#: Phrases that say one state as another form does, written as that form: "Don't swim on an
#: empty stomach" and "Swim fasted" are about one action.
SAME_STATES = {"on an empty stomach": "fasted", "on a full stomach": "fed"}
_SAME_STATES = re.compile("|".join(SAME_STATES).replace(" ", r"\s+"), re.IGNORECASE)


def action_words(action: str) -> list[str]:
    """The lower-case words of ``action``, a command-line option (``--strip-metadata``) as one,
    a phrase of ``SAME_STATES`` as the form it says."""
    action = _SAME_STATES.sub(lambda m: SAME_STATES[" ".join(m.group().lower().split())], action)
    return [t.lower().strip("'’-") if not t.startswith("-") else t.lower()
            for t in _CODE.findall(action)]  # fmt: skip


#: Words of one meaning in general English, each with the word it is matched as: "a short nap
#: in lenses" and "never sleep in your lenses" are about one action.
_SAME_MEANING = {
    "sleep": "sleep sleeps sleeping slept asleep nap naps napping napped doze dozes dozing dozed "
    "snooze snoozes snoozing snoozed kip",
    "cloudy": "cloudy overcast cloud clouds",
    "baby": "baby babies infant infants newborn newborns",
    "child": "child children kid kids youngster youngsters",
    "doctor": "doctor doctors gp gps physician physicians",
    "fridge": "fridge fridges refrigerator refrigerators",
    "restart": "restart restarts restarting restarted reboot reboots rebooting rebooted",
    "config": "config configs configuration configurations conf settings",
}
_MEANING = {word: key for key, said in _SAME_MEANING.items() for word in said.split()}


def action_key(word: str) -> str:
    """The stem an action's word is matched on: an option as written, other words stemmed so
    that "pruning" meets "prune" and "babies" meets "baby", and a word of ``_SAME_MEANING`` as
    the word it is matched as ("nap": sleep)."""
    if word.startswith("-"):
        return word
    word = _MEANING.get(word, word)
    if word.endswith("ies") and len(word) > _SHORT:
        word = word[:-3] + "y"
    key = stem(word)
    return key[:-1] if key.endswith("e") and len(key) > _SHORT else key


def subject_label(action: str) -> str:
    """The label of a subject of stances: the action with a capital, "Rinse the sponge under the
    tap" (at most twelve words)."""
    shown = " ".join(action.split()[:_LABEL_WORDS])
    return shown[:1].upper() + shown[1:]
