"""Word tables and fixed phrase shapes around a speaker: function words, time phrases, news outlets.

Internal to the attribution stage; ``speakers`` reads noun phrases with these, and re-exports the public names.

>>> opening_time("On Monday Ince".split()), is_outlet("the Kyiv Independent"), is_outlet("reporters")
(2, True, False)
"""

from __future__ import annotations

import re

from .names import canonical_agency

__all__ = [
    "AUXILIARY", "DAY_PHRASE", "DETERMINERS", "LEADING", "LISTENER", "PREPOSITIONS", "PRONOUNS", "REFLEXIVES", "STOP",
    "IRREGULAR_PARTICIPLES", "IRREGULAR_PAST", "NAMING", "TIME_FOCUS", "is_adverb", "is_outlet", "is_verb_modifier",
    "opening_time",
]

# Auxiliaries and adverbs that may stand between a subject and its verb ("has since said", "later told").
AUXILIARY = frozenset(
    "has have had also previously later earlier again repeatedly publicly privately initially recently "
    "separately further then once reportedly allegedly already just first still often too will would could might may can should must "
    "shall".split()
)
# Time and focus adverbs (general English) that may stand between "who" and its verb ("a driver who now says",
# "who still claims", "who only later said"), besides the auxiliaries and "-ly" adverbs.
TIME_FOCUS = frozenset("now still since even only ever also later previously already again once soon then".split())
# Irregular verbs of English (a closed class): past participles ("Residents taken to hospital by ambulance") and
# simple past forms ("claims the fire began"), each read where a regular "-ed" would be.
IRREGULAR_PARTICIPLES = frozenset(
    "taken driven bitten shown given hit held caught brought sent seen struck shot thrown beaten chosen told found "
    "left kept led made paid sold sought spent stolen sworn torn woken written won bound built bought fed hung hurt "
    "known put run set shut split spread stuck stung swept taught thought understood upheld withheld forgotten "
    "forbidden forgiven frozen hidden overtaken overthrown ridden risen spoken undertaken flown blown drawn grown "
    "worn withdrawn shaken".split()
)
# Participles that give a phrase its name after "as" (general English): "first responders known as the White Helmets".
NAMING = frozenset({"known", "identified", "called", "named", "dubbed", "described"})
IRREGULAR_PAST = frozenset(
    """arose awoke became began bent bit bled blew bore broke brought built bought caught chose clung came crept dealt
    dug did drew drank drove ate fell fed felt fought found fled flew forbade forgot forgave froze got gave went grew
    hung had heard hid held hit hurt kept knelt knew laid led leapt left lent lay lit lost made meant met paid put quit
    rode rang rose ran saw sought sold sent set shook shone shot shut sang sank sat slept slid spoke spent spread spun
    sprang stood stole stuck stung struck swore swept swam swung took taught told tore thought threw understood woke wore
    won wrote""".split()
)
# "Ince himself said": a reflexive that stresses the subject is not part of it, and says it is a person.
REFLEXIVES = frozenset("himself herself themselves itself".split())
STOP = frozenset(
    """and but or nor that which who whom whose while as because since when where if than so although though
    after before until unless whether was were is are be been being will would can could may might should must
    do does did not no its to there here this these those what how why then also yet once by via
    """.split()
)
LEADING = frozenset("but and yet so however meanwhile other also earlier later then still now instead separately moreover".split())
DETERMINERS = frozenset("the a an some several many two three four few his her their its our".split())
PRONOUNS = frozenset("he she they it we i".split())
PREPOSITIONS = frozenset("of in for at from with on about by over against to".split())

# A time phrase between the subject and its verb, read off the end of the text before a cue: with a preposition or
# "late"/"early"/"last" ("on Monday morning", "late Jan. 3", "last week"), or without one, after a word, since it is
# no subject itself: "Merrill Lynch yesterday reported", "Police Monday said" (wire style), "The ministry this week
# said".  The opener is a whole word: "Clinton Monday said" is no "on Monday".
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY_PART = r"(?:morning|afternoon|evening|night)"
DAY_PHRASE = re.compile(
    r"\s*\b(?:on|late|early|last)\s+(?:" + _WEEKDAY + r"(?:\s+" + _DAY_PART + r")?|"
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|"
    r"Nov(?:ember)?|Dec(?:ember)?)\.?(?:\s+\d{1,2})?|week|night|morning)\s*$"
    r"|(?<=[\w.])\s+(?:(?:yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening))?"
    r"|this\s+(?:week|month|year|weekend|morning|afternoon|evening)"
    r"|" + _WEEKDAY + r"(?:\s+" + _DAY_PART + r")?)\s*$"
)

# Common nouns for news media; "news" alone is not one ("told a news conference" names an audience).
_MEDIA = r"daily|weekly|newspaper|paper|magazine|tabloid|broadcaster|channel|station|radio|television|TV|website|outlet|agency|network"
LISTENER = re.compile(
    r"\s*(?:(?:[A-Z][\w'./&-]*\s+){0,2}[A-Z][\w./&-]*'s\s+)?\"[A-Z][^\"]{0,40}\""
    r"(?:\s+(?:show|program|programme|podcast))?"
    r"(?=\s*[,.;]|\s+(?:that|on|in|at|during|this|last|late|early|he|she|they|it|the)\b)"
    r"|\s*(?:(?:the|a|an)\s+)?(?:(?:[A-Z][\w'./&-]*|of|" + _MEDIA + r")(?:\s+|(?=[,.;:\"]|$)))*[A-Z][\w'./&-]*(?<![.])"
    r"(?:\s+(?:news\s+agency|(?:state\s+|news\s+)?media|" + _MEDIA + r"))?"
    r"|\s*(?:(?:the|a|an|local|foreign)\s+)?[a-z]+(?:\s+[a-z]+){0,2}?(?=\s+(?:that|in|on|at|during|after|when|by|he|she|they|it|the)\b|[,.;:\"]|$)"
)
"""Whom a "told" speaks to: a quoted show ("Fox & Friends", NBC's "Today" show), a named listener ("the Swiss daily
Le Temps", "Reuters") or a short common-noun one."""
_OUTLET_WORDS = re.compile(r"\b(?:Radio|Television|TV|News|Times|Post|Journal|[Mm]edia|Press|(?i:" + _MEDIA + r"))\b")
# Words that end newspaper names ("the Kyiv Independent", "the Daily Telegraph"): general English mastheads.
_MASTHEAD = re.compile(
    r"\b(?:Independent|Herald|Tribune|Guardian|Telegraph|Gazette|Chronicle|Observer|Mirror|Express|Globe|Inquirer|"
    r"Courier|Monitor|Economist|Dispatch|Bulletin|Standard|Star|Sun|Mail|Daily|Insider)$"
)


def is_outlet(listener: str) -> bool:
    """Whether a listener is a news outlet that relays the speaker, not an audience ("reporters", "the jury")."""
    if canonical_agency(listener):
        return True
    bare = re.sub(r"^(?:the|a|an)\s+", "", listener.strip())
    if re.fullmatch(r"(?:[\w'-]+\s+){0,3}media", bare):
        # "told media in Gisborne", "told the media", "told state media", "told Iranian media": the press as a
        # whole is an audience, as "told reporters"; only a named outlet ("Nine Media", "the BBC") relays.
        return False
    return bool(_OUTLET_WORDS.search(bare) or _MASTHEAD.search(bare)) or bool(re.fullmatch(r"[A-Z]{2,5}(?:/[A-Z]{2,5})?(?:'s\b.*)?", bare))


# An opening time phrase glued to the subject without a comma: "On Monday Ince said", "In June Bailey said",
# "Earlier this week the ministry said".  A month or a time noun counts only after an opener (a preposition or
# last/this/next/early/late), since "June Bailey" may be a name; a weekday after one too ("Sunday Times").
_TIME_OPENERS = frozenset("on in at during since until over through by last this next early late".split())
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_TIME_NOUNS = frozenset(
    "week month year weekend morning afternoon evening night spring summer autumn fall winter".split())
_DAY_PARTS = frozenset("morning afternoon evening night".split())
_DEICTIC_DAYS = frozenset("yesterday today tonight".split())
_TIME_WORDS = _WEEKDAYS | _MONTHS | _TIME_NOUNS | _DEICTIC_DAYS



def opening_time(words: list[str], *, opened: bool = False) -> int:
    """Count the words of an opening time phrase before a subject ("On Monday", "Earlier this week", "In June
    2023"); 0 if there is none or nothing follows it.  ``opened``: an opener ("this") came just before the words.

    >>> opening_time("Earlier on Sunday Ince".split()), opening_time("June Bailey".split())
    (3, 0)
    >>> opening_time("Yesterday evening Victoria Police".split()), opening_time("Sunday Times editor".split())
    (2, 0)
    """
    lower = [word.lower().rstrip(".") for word in words]
    index = 0
    while not opened and index < len(lower) and lower[index] in LEADING:
        index += 1
    while index < len(lower) and lower[index] in _TIME_OPENERS:
        opened, index = True, index + 1
    # "Yesterday evening", "Today", "Sunday night": a word that names a day by itself, or a weekday before a part of
    # the day, opens a time phrase without a preposition.
    deictic = index < len(lower) and (lower[index] in _DEICTIC_DAYS or lower[index] in _WEEKDAYS
                                      and index + 1 < len(lower) and lower[index + 1] in _DAY_PARTS)
    if not (opened or deictic) or index >= len(lower) or lower[index] not in _TIME_WORDS:
        return 0
    index += 1
    while index < len(lower) and (lower[index].isdigit() or lower[index] in _DAY_PARTS):
        index += 1  # "On March 3", "In June 2023", "On Monday night"
    return index if index < len(lower) else 0


def is_adverb(word: str) -> bool:
    """Whether a word is an adverb in "-ly" ("publicly"), not a noun in "-ly" ("family")."""
    return word.islower() and word.endswith("ly") and len(word) > 4 and word not in {"family", "assembly", "rally", "supply", "monopoly", "italy"}


def is_verb_modifier(word: str) -> bool:
    """Whether a word may stand between a subject and its verb: an auxiliary, a time or focus adverb, or "-ly"."""
    return word in AUXILIARY or word in TIME_FOCUS or is_adverb(word)
