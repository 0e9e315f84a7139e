"""Reporting cues: the verbs and phrases that report speech, and the patterns that say when one does.

Internal to the attribution stage (``attribution`` walks a sentence's cues and reads their speakers); works on
flattened sentence text (see ``quotes.flatten``).

>>> [match.group() for match in find_cues("Police said on Monday, according to officials, that he told them.")]
['said', 'according to', 'told']
"""

from __future__ import annotations

import re

from .speaker_words import IRREGULAR_PAST

__all__ = [
    "ACCUSING", "ACTION_CUES", "BARE_CLAUSE", "BARE_CLAUSE_VERBS", "CHARACTERIZING", "CLAIM_AFTER", "CLAUSE_AFTER",
    "CLAUSE_VERBS", "CONTENTLESS",
    "COUNTED_BEFORE", "CUE", "CUE_WORDS", "DASH_BYLINE", "FINDINGS", "FINITE_INSIDE", "HEADLINE_PASSIVE",
    "NEGATIONS", "NOUN_LIKE", "PARTICIPLE_TAIL", "PRIOR_CUE", "QUESTION", "RELAY_FRAME", "SPEECH_AFTER", "STATE_AFTER",
    "TAIL_WORDS", "VERBS", "VERB_BEFORE_NOUN", "find_cues", "is_cue",
]

VERBS = (
    "said says say told tells tell claimed claims claim stated states added adds announced announces "
    "reported reports vowed vows warned warns urged urges insisted insists denied denies confirmed confirms "
    "noted notes explained explains argued argues stressed stresses acknowledged acknowledges admitted admits "
    "alleged alleges asserted asserts declared declares wrote writes tweeted posted concluded estimated "
    "predicted promised promises pledged pledges threatened replied responded countered recalled disclosed "
    "revealed suggested suggests maintained contended complained cautioned emphasized emphasised "
    "underscored underlined indicated observed commented remarked conceded testified reiterated reiterates "
    "affirmed reaffirmed contends speculated boasted lamented mentioned assured recounted predicts "
    # Base forms after a plural subject ("Prosecutors allege", "Critics argue"), as "say" and "claim": verbs that
    # are seldom nouns; an infinitive or a negation before one is refused like "to say".
    "allege argue insist warn deny explain acknowledge assert contend concede suggest admit"
).split()
# Verbs that report only with a content clause ("the court ruled that", "data showed that") or in a
# trailing attribution (", official data showed."); otherwise they are ordinary verbs ("police found two bodies").
CLAUSE_VERBS = "showed shows found finds ruled rules charged forecast projected signaled signalled determined".split()
# Reporting verbs that are also plain verbs of action ("Spain countered quickly", "police responded to the call",
# "the firm recalled 2,000 cars", "posted a loss", "observed a minute's silence", "maintained its lead", "the talks
# concluded"): they report speech only before a content clause, a quotation or a colon, or in a trailing attribution.
ACTION_CUES = frozenset("countered responded replied recalled posted observed maintained concluded".split())
# Verbs that report a characterization only when a quotation follows ("called the vote \"a disgrace\"").
CHARACTERIZING = "described describes called calls termed terms branded brands dubbed labelled labeled".split()
# Verbs that report speech only in a fixed frame: "asked" after a quoted question, "accused X of" an act.
QUESTION = frozenset("asked asks wondered".split())
ACCUSING = frozenset("accused accuses".split())
# Head nouns of documents and inquiries: "a study found coffee drinkers sleep less" reports a finding without "that".
FINDINGS = frozenset("audit study report survey poll probe inquiry review analysis data research investigation census".split())
# Present-tense forms that are also plural nouns ("Taliban claims of victory").
NOUN_LIKE = frozenset(
    "claims reports notes states vows warns urges denies insists says promises pledges claim rules finds shows calls "
    "terms brands forecast".split()
)
# "He went on, \"...\"": a phrase that reports speech only before a quotation.
# The cue verbs are looked up in a set: an alternation of ~150 words costs milliseconds to compile and
# several times a word lookup to scan.  Every other word matches ``word`` and is skipped by ``find_cues``.
CUE = re.compile(
    r"\b(?:according\s+to|(?:quoted|cited)\b(?=[^.;\"]{1,80}?\bas\s+(?:saying|telling)\b)|(?<=,\s)(?:saying|adding)"
    r"|(?:went|goes)\s+on(?=\s*[,:]?\s*\")|(?P<word>[a-z]+))\b",
    re.IGNORECASE,
)
CUE_WORDS = frozenset(VERBS + CLAUSE_VERBS + CHARACTERIZING) | QUESTION | ACCUSING
# The only non-ASCII letters that [a-z] matches under IGNORECASE, mapped as that flag compares them.
_CASE_EQUIVALENTS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def is_cue(match: re.Match[str] | None) -> bool:
    """Whether a ``CUE`` match is a cue: a fixed phrase, or a word that is one of the cue verbs."""
    if match is None:
        return False
    word = match.group("word")
    return word is None or word.translate(_CASE_EQUIVALENTS).lower() in CUE_WORDS


def find_cues(flat: str) -> list[re.Match[str]]:
    """Find the reporting cues of a sentence, left to right."""
    return [match for match in CUE.finditer(flat) if is_cue(match)]


NEGATIONS = re.compile(r"(?:\bnot|\bnever|n't|\bto|\bdid|\bdoes|\bdo|-)\s*$", re.IGNORECASE)
RELAY_FRAME = re.compile(
    r"\b(?:in\s+an?\s+(?:[\w-]+\s+){0,2}interview\s+with|(?:speaking|talking)\s+(?:to|with)|(?:contacted|interviewed|reached)\s+by)\s+",
    re.IGNORECASE,
)
# A reporting verb that ends the clause before ", saying" / ", adding": "X said, saying", "X told reporters, adding".
PRIOR_CUE = re.compile(r"\b(?:said|says|told|tells|added|adds|wrote|writes)\b(?:\s+[\w.'-]+){0,3}\s*,\s*$")
# In a headline a participle cue before a circumstance is a passive with its auxiliary dropped: "13 deaths
# reported after quake", "Cases confirmed in Ohio".  A that-clause, a quotation or a colon after it makes it a claim.
HEADLINE_PASSIVE = re.compile(
    r"\s+(?:after|amid|near|in|at|on|across|during|following|since|over|as|by|from|among)\b(?![^\"\u201c:]*\bthat\b)[^\"\u201c:]*$"
)
# What makes an action-like cue report speech: a content clause, a quotation or colon in its own clause, or a
# noun of speech after "with" ("countered that", "responded in a statement: ...", "replied, \"...\"", "responded
# with a point about ..."; not "responded with tear gas").
SPEECH_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}?(?:that|how|why|whether)\b|\s*by\s+saying\b|(?:(?!\s(?:and|but)\s)[^.;:\"]){0,60}[:\"]"
    r"|\s*with\s+(?:an?|his|her|their|its|the)\s+(?:[\w-]+\s+){0,2}?(?:point|question|statement|remark|comment|argument|"
    r"joke|quip|retort|letter|post|tweet|message|warning|denial|rebuttal|complaint|claim|explanation|observation)s?\b"
)
# What follows a participle, not a speech verb: at most a time phrase, then an agent ("by the board", not "by
# phone"), an infinitive or the clause's end: "a review announced last month by the board".
PARTICIPLE_TAIL = re.compile(
    r"(?:\s+(?:(?:this|last|next|late|early|on|in)\s+)?(?:week|month|year|weekend|earlier|later|today|yesterday|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[A-Z][a-z]{2,8}\.?\s+\d{1,2}|[A-Z][a-z]{2,8}))?"
    r"\s*(?:by\s+(?!(?:tele)?phone\b|video\b|e-?mail\b|letter\b|text\b|satellite\b)|to\s+[a-z]+\b|[,.;]|$)"
)
# A present-tense verb inside a phrase read as a speaker: "The revenue deferral stems from a program".
FINITE_INSIDE = re.compile(
    r"\b[a-z]+\s+[a-z]{2,}[^s\W]s\s+(?:(?:from|to|on|in|with|into|at|for|after)\s+)?(?:the|a|an)\b")
# A figure and at most its unit or noun right before a participle cue: "12 feet reported in", "10 cases confirmed in",
# perhaps with a time adverb between ("nearly 400 people now reported dead").
COUNTED_BEFORE = re.compile(r"\d[\d,.]*\s*(?:%|[A-Za-z]+)?(?:\s+(?:now|still|already|officially|[a-z]{3,}ly))?\s*$")
# A state of people right after a participle cue makes it a passive of a toll, not speech: "64 Confirmed Dead after
# ...", "12 feared dead", "5 reported missing" (general English words for the counted fate of people).
STATE_AFTER = re.compile(
    r"\s+(?i:dead|killed|missing|injured|wounded|hurt|trapped|alive|safe|infected|displaced|homeless|drowned)\b")
# In a headline, a lowercase word in "-s" (not "-ss", "-us", "-is", "-ws") or "-ed" right before a cue that is also a
# plural noun is a verb taking it as object: "dismisses claims", "rejected reports".  In a body sentence it may end a
# phrase ("an examination of his remarks at the ceremonies shows that").
VERB_BEFORE_NOUN = re.compile(r"(?<![\w'-])[a-z]+(?:s(?<!ss)(?<!us)(?<!is)(?<!ws)|ed)\s+$")
CONTENTLESS = re.compile(r"\s+(?:goodbye|good-bye|hello|farewell|grace|nothing|little|a\s+prayer|prayers|mass)\b", re.IGNORECASE)
# What follows a cue that makes it report a claim: a that-clause (perhaps after a listener), a quotation, or a
# clause opened by a subject pronoun without "that" ("testified she was 16"; an object would be "her", "them").
CLAUSE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?that\b|\s*[,:]?\s*\"|\s+(?:he|she|they|we)\s+[a-z]")
# A clause without "that" whose subject opens with a determiner and whose verb is finite: "who claims the fire began
# in the kitchen", "who insists the money was repaid", after a listener too ("who told officers the gunman fled");
# an object alone ("claims the title") has no verb after it.
BARE_CLAUSE = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:the|a|an|his|her|its|their|our|this|these|those)\s+(?:[\w'-]+\s+){1,3}?"
    r"(?:was|were|is|are|had|has|have|will|would|could|can|did|does|should|may|might|must|[a-z]{2,}ed|"
    + "|".join(sorted(IRREGULAR_PAST)) + r")\b"
)
# Verbs of saying and thinking that take a bare clause (general English); a verb of making ("who wrote the study
# agreed") takes an object, and the verb after it is the sentence's own.
_BARE_STEMS = ("claim insist argu believ think thought suggest admit acknowledg warn tell told announc estimat alleg "
               "contend maintain add explain recall testif confirm predict conced assert stat")
BARE_CLAUSE_VERBS = re.compile(r"(?:" + "|".join(_BARE_STEMS.split()) + r")(?:s|es|ed|d|ied|ies|y|ted)?$")
# After said/says/say any word will do as well ("a witness who said the car was red").
CLAIM_AFTER = re.compile(CLAUSE_AFTER.pattern + r"|\s+[\w'-]+\s")
TAIL_WORDS = frozenset(
    "in on at during after before by late early last this with from to via while when as according".split()
)
DASH_BYLINE = re.compile(r"\"\s*-{1,2}\s*([A-Z][^\"]{1,80}?)\s*\.?$")
