"""Resolve a speaker to the fullest name the document gives it: surnames, roles, bodies and pronouns.

Internal to the attribution stage.

>>> is_person("Hessamuddin Shams"), is_person("Interior Ministry"), is_person("America's Newsroom")
(True, False, False)
>>> is_person("K Sivan"), is_person("Downing Street"), is_person("Launch Vehicle Mark-III")
(True, False, False)
>>> is_one_person("American Indians"), is_one_person("Young Republicans"), is_one_person("Ann Evans")
(False, False, True)
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .earlier import EarlierText, Scan, all_found, any_found, last_found, last_match, leading_word
from .model import Role, Sentence
from .names import COUNTRIES, ORGANIZATION_HEADS, TITLE_WORDS, canonical_agency
from .quotes import looks_like_headline
from .speakers import (DETERMINERS, LEADING, PEOPLE_PLURAL, PREPOSITIONS, PRONOUNS, STOP, clause_subject, is_outlet,
                       opening_time, tokenize)

__all__ = [
    "Speakers", "is_one_person", "is_person", "named_apart", "resolve_source", "titled_elsewhere", "titled_surname",
]

# Written abbreviations of title words, so "the senator" finds "Sen. Mark Delaney".
_ABBREVIATED = {
    "senator": "sen.", "governor": "gov.", "representative": "rep.", "general": "gen.", "professor": "prof.",
    "doctor": "dr.", "captain": "capt.", "sergeant": "sgt.", "colonel": "col.", "lieutenant": "lt.", "admiral": "adm.",
    "commander": "cmdr.",
}
# Common nouns for a business, and the suffixes that mark a company name in running text.
_COMPANY_NOUNS = frozenset(
    "company firm carrier airline automaker carmaker retailer lender insurer manufacturer drugmaker conglomerate "
    "startup chain operator developer producer supplier".split()
)
# Needed only for "the company" and the like: compiled on first use (through re's cache), not at import.
_COMPANY_NAME = (
    r"(?:[A-Z][\w'&.-]*\s+){1,3}(?:Inc|Corp|Corporation|Co|Ltd|LLC|plc|PLC|AG|SA|NV|SE|Group|Holdings|Pharmaceuticals|"
    r"Pharma|Technologies|Systems|Motors|Airlines|Airways|Energy|Industries|Partners|Capital|Labs|Entertainment|Foods|"
    r"Brands|Networks|Communications|Therapeutics|Biosciences|Bancorp|Financial|Enterprises|Electronics)\b\.?"
)


def is_person(name: str) -> bool:
    parts = name.split()
    # A possessive inside the name names something of someone's ("America's Newsroom", "Children's Hospital").
    # An initial may stand without its full stop ("S Somanath"); a place ("Downing Street") or a thing with a number
    # or a capitalized code in it ("Launch Vehicle Mark-III", "Falcon-9") is not a person.
    return (len(parts) >= 2 and all(part[0].isupper() for part in parts)
            and not any(part.endswith(("'s", "\u2019s")) for part in parts[:-1])
            and not any(part.upper() == part and not re.fullmatch(r"[A-Z]\.", part)
                        and not (number < len(parts) - 1 and re.fullmatch(r"[A-Z]", part))  # "K Sivan"
                        and not (number == len(parts) - 1 and part in ("II", "III", "IV"))  # "Ellis Grant III"
                        for number, part in enumerate(parts))
            and not any(part in ORGANIZATION_HEADS for part in parts) and parts[-1] not in _PLACE_HEADS
            and not any(char.isdigit() for char in name) and not re.search(r"-[A-Z]{2,}\b", name))


def is_one_person(name: str) -> bool:
    """Whether a name may be who a later "he" or "she" is: a person, not a people named in the plural."""
    # "American Indians" still takes a surname's lookup ("Republicans" -> "House Republicans"); only pronouns skip it.
    return is_person(name) and not PEOPLE_PLURAL.search(name.split()[-1])


def titled_elsewhere(earlier: EarlierText, name: str) -> bool:
    """Whether the document writes a one-word name after a person's title anywhere ("Vice President Biden",
    "Mr. Biden"): a surname, so a person, even where the story never gives the first name."""
    if not name.isalpha() or not name[0].isupper():
        return False
    scan = earlier.scan(r"\b([A-Z][a-z]+)\.?\s+" + re.escape(name) + r"\b", all_found, words=[[leading_word(name)]])
    scan.count(len(earlier.flats))
    return any(title.lower() in TITLE_WORDS and title.lower() not in _NOT_PERSON_TITLES
               for found in scan.found for title in found)


def named_apart(first: str, second: str, earlier: EarlierText) -> bool:
    """Whether two bare words joined by "and" beside a cue are two speakers, not one name ("Marks and Spencer", a
    firm; a duo): either names a country, a news agency or a group of people ("Britain and France", "Reuters and
    Bloomberg", "Democrats and Republicans"), or is shaped like a brand ("YouTube"), or the document writes either
    one on its own ("John Smith ... Smith and Jones said").

    >>> named_apart("Reuters", "Bloomberg", EarlierText([], [])), named_apart("Marks", "Spencer", EarlierText([], []))
    (True, False)
    """
    if any(word in COUNTRIES or _GROUP_PLURAL.search(word) or _BRAND_SHAPE.fullmatch(word)
           or canonical_agency(word) for word in (first, second)):
        return True
    alone = (r"(?<![\w'-])" + re.escape(first) + r"(?![\w-])(?!\s+(?:and|&)\s+" + re.escape(second) + r"\b)",
             r"(?<!\b" + re.escape(first) + r" and )(?<!\b" + re.escape(first) + r" & )(?<![\w'-])" + re.escape(second)
             + r"(?![\w-])")
    return any(earlier.scan(pattern, any_found, words=[[leading_word(word)]]).any(len(earlier.flats))
               for pattern, word in zip(alone, (first, second)))


# A capital inside a word marks a brand ("YouTube", "PayPal", "BlackRock"), not a surname, unless it follows a
# surname prefix ("McDonald", "MacArthur", "DeSantis", "LaGuardia", "VanDyke").
_BRAND_SHAPE = re.compile(r"(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)[A-Z])[A-Z][a-z]+[A-Z][\w'-]*")
# Endings of plural nouns for members of a nation, party or creed ("Americans", "Democrats", "Israelis",
# "Conservatives", "Baptists", "Shiites"): general English.
_GROUP_PLURAL = re.compile(r"(?:ans|ists|ites|crats|ives|is)$")


# Titles that also begin names of other things ("General Motors", "Democratic Party", "Vice Media", "Head Office").
_NOT_PERSON_TITLES = frozenset("general vice head republican democrat democratic chair".split())


def titled_surname(words: list[str]) -> bool:
    """Whether a speaker is a title and a surname, which only a person is: "Mr Ince", "Opposition candidate Mr Ince"."""
    if len(words) < 2 or not words[-1].isalpha() or not words[-1][0].isupper():
        return False
    title = words[-2].rstrip(".").lower()
    return title in TITLE_WORDS and title not in _NOT_PERSON_TITLES


def _strip_title(phrase: str) -> str:
    """Return the person name at the end of a phrase such as "Badghis Governor Hessamuddin Shams"."""
    phrase = re.sub(r"'s\b", "", phrase)
    qualified = re.match(r"(.*?[A-Z][\w.'-]*)\s+(?:of|from)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*$", phrase)
    if qualified and _strip_title(qualified.group(1)):  # "Rep. Darrell Issa of California"
        return _strip_title(qualified.group(1))
    words = phrase.split()
    tail: list[str] = []
    for word in reversed(words):
        if not word[0].isupper() or word.lower().rstrip(".") in TITLE_WORDS:
            break
        tail.insert(0, word)
    if len(tail) == len(words):
        return ""
    stop = words[len(words) - len(tail) - 1].lower().rstrip(".")
    if stop in TITLE_WORDS or (stop.isalpha() and stop not in STOP and stop not in DETERMINERS and stop not in {"of", "for", "in", "at", "from", "with"}):
        return " ".join(tail) if len(tail) >= 2 or stop in TITLE_WORDS else ""
    return ""


def described_name(source: str) -> str:
    """Return the name after an article and words that describe its bearer ("a tearful Saka": "Saka",
    "a visibly shaken Rizal Alamsyah": "Rizal Alamsyah"), or "".

    >>> described_name("a choked-up Dean Skelos"), described_name("a senior official"), described_name("the Times")
    ('Dean Skelos', '', '')
    """
    words = source.split()
    if len(words) < 3 or words[0].lower() not in {"a", "an", "the"}:
        return ""
    index = 1
    # Lowercase words, or an age written as one ("the 60-year-old Erdogan").
    while index < len(words) and words[index].isascii() and (words[index][0].islower() or _AGE.fullmatch(words[index])):
        word = words[index].lower()
        if word in TITLE_WORDS or word in STOP or word in PREPOSITIONS or word in DETERMINERS:
            return ""  # "the party leader X", "a member of X": a role or a relation, not a description
        index += 1
    name = words[index:]
    if index == 1 or not 1 <= len(name) <= 4 or not all(word[0].isupper() for word in name):
        return ""
    return "" if any(word.endswith(("'s", "\u2019s")) for word in name) else " ".join(name)


_AGE = re.compile(r"\d{1,3}-year-old")
# Titles that only a person takes, written with or without a full stop.
_HONORIFICS = frozenset("mr mrs ms miss dr".split())
# Head words of place names that are seldom surnames: "Downing Street" is not who "she" is.
_PLACE_HEADS = frozenset(
    """Street Road Avenue Square Boulevard Airport Station Stadium Hospital Harbour Harbor Province County District
    Region Island Islands Valley Strait Plaza Cathedral Mosque Museum Arena Bay Coast Ocean Sea River Mountains
    Desert Prison Peninsula""".split()
)


# A generational suffix after a surname: "Theodore J. Boutrous Jr." is who "Mr. Boutrous" is.
_SUFFIX = r",?\s+(?:Jr|Sr)\.?|\s+(?:II|III|IV)\b"


class Speakers:
    """The speakers credited so far in a document, kept as resolving a later source asks for them."""

    def __init__(self) -> None:
        self.last_person = ""
        """The last person credited."""
        self.last_other = ""
        """The last speaker who is not a person: a body, a group."""
        self._by_surname: dict[str, str] = {}  # last word of a person's name (after dropping "Jr.") -> that person

    def add(self, name: str, person: bool) -> None:
        """Record a credited speaker (resolved) and whether it is a person."""
        if not person:
            self.last_other = name
            return
        self.last_person = name
        plain = re.sub(_SUFFIX + "$", "", name)
        if " " in plain:
            self._by_surname[plain.rsplit(" ", 1)[1]] = name

    def named(self, surname: str) -> str:
        """Return the last person credited whose name ends with ``surname`` ("Mr. Sellers": "Ben Sellers")."""
        return self._by_surname.get(surname, "")


def resolve_source(source: str, earlier: EarlierText, index: int, speakers: Speakers, *, spoke_last: int = -1) -> str:
    """Return the fullest earlier name for a source: surname -> full name, role -> body, pronoun -> speaker.

    ``spoke_last`` is the index of the sentence that credited the last person speaker: a person named as the
    subject of a later sentence ("But Justice Antonin Scalia was unconvinced.") is who "he" is in the next.
    """
    source = described_name(source) or source  # "a tearful Saka": the name is who speaks
    lower = source.lower()
    bare = re.sub(r"^(?:the|a|an)\s+", "", source, flags=re.IGNORECASE)
    plural = re.match(r"([A-Z][a-z]+)s\s+(?=[A-Z])", bare)
    if plural and plural.group(1).lower() in TITLE_WORDS:
        source = bare = bare[plural.end():]  # "Justices Kennedy and Alito": each is "Justice X", so a person
    # The sentences searched: those before this one, and this one too unless the source is a pronoun.
    upto = index if lower in PRONOUNS else index + 1
    sentences, flats = earlier.sentences, earlier.flats
    if lower in {"he", "she"}:
        subject = ""
        if spoke_last < index - 1:
            subject = (_person_subject(earlier, index, speakers) or _fronted_person(earlier, index, speakers)
                       or _person_object(earlier, index, speakers, lower) or _clause_person(earlier, index, speakers))
            opener = _PRONOUN_SUBJECT.match(earlier.flats[index - 1])
            if not subject and opener and opener.group(1).lower() == lower \
                    and earlier.sentences[index - 1].role is Role.BODY:
                # "Judge Ana Ruiz ruled ... Yet she delivered ... '...,' she said.": the "she" who opens the
                # previous sentence is who this one is, so resolve as there.
                return resolve_source(source, earlier, index - 1, speakers, spoke_last=spoke_last)
        return subject or speakers.last_person or _last_mention(earlier, upto, person=True) or source
    if lower == "they":
        group = _plural_subject(sentences, flats, index)
        if group:
            return group
    if lower in {"they", "we", "it"}:
        return speakers.last_other or (_last_mention(earlier, upto, person=False) if lower == "it" else "") or source
    agency = canonical_agency(source)
    if agency:
        return agency
    if source[:1].islower() or bare != source:
        # "said a White House spokesman, Eric Schultz.": the name set off after a role is who it is.
        # Any script's capitals: "the assistant commissioner, José Álvarez".
        apposed = re.search(re.escape(source) + r",\s+((?:[^\W\d_][\w.'-]*\s+){1,3}[^\W\d_][\w'-]*[^\W\d_A-Z])"
                            r"(?=\s*(?:[,.;]|$))", flats[index])
        if apposed and is_person(apposed.group(1)):
            return apposed.group(1)
    name = _strip_title(bare)
    if name and len(name.split()) >= 2:
        return name
    words = bare.split()
    body = bare != source  # "the Times": a body, not a person
    if len(words) == 2 and (words[0] in {"Mr.", "Mrs.", "Ms.", "Dr."} or name == words[1]):
        words = words[1:]  # "Mr. Sellers", "Justice Kennedy": a title and a surname
    elif len(words) > 2 and name == words[-1] and words[-2].rstrip(".").lower() in _HONORIFICS:
        bare, words, body = " ".join(words[-2:]), words[-1:], False  # "Opposition candidate Mr Ince": "Mr Ince"
    if len(words) == 1 and words[0][0].isupper():
        surname = words[0]
        names = _full_names(earlier, surname)
        if body:  # "the Times": a body, named in full earlier ("The New York Times")
            return names.longest(upto) or bare
        spoken = speakers.named(surname)
        if spoken:
            return spoken
        common = r"\b" + re.escape(surname.lower()) + r"\b"
        if earlier.scan(common, any_found, words=[[leading_word(surname.lower())]]).any(upto):
            return bare  # "Critics": a common word, not a surname
        return names.most_named(upto) or _heading_name(earlier, surname, upto) or bare
    head = words[-1] if words else ""
    if len(words) <= 2 and head.islower() and (head.capitalize() in ORGANIZATION_HEADS or head in TITLE_WORDS):
        pattern = r"((?:[A-Z][\w'.-]+\s+){1,4})" + re.escape(head.capitalize()) + r"\b"
        needed = [leading_word(head.capitalize())]
        if head in TITLE_WORDS:  # "the senator" -> "Sen. Mark Delaney"
            titles = head + "|" + re.escape(_ABBREVIATED[head]) if head in _ABBREVIATED else head
            pattern = r"\b(?i:" + titles + r")\s+((?:[A-Z][\w'-]+\s*){2,3})"
            needed = [head, leading_word(_ABBREVIATED.get(head, head))]
            if len(words) == 2 and words[0].isalpha() and words[0].islower():
                # "the chief justice" -> "Chief Justice Roberts": the whole title, before the name alone
                title = r"\b(?i:" + words[0] + r"\s+" + head + r")\s+((?:[A-Z][\w'-]+\s*){1,3})"
                # A case-blind search narrows by ASCII words only (see EarlierText.scan).
                last = earlier.scan(title, last_match, words=[[head], [words[0] if words[0].isascii() else ""]],
                                    ignore_case=True).last(upto)
                if last is not None:  # a surname keeps its title, as "Chief Justice Roberts" resolves itself
                    return (last.group(1) if len(last.group(1).split()) > 1 else last.group()).strip()
        found = earlier.scan(pattern, last_found, words=[needed], ignore_case=head in TITLE_WORDS).last(upto)
        if found is not None:
            found = _drop_leading(found).strip()
            return found if head in TITLE_WORDS else f"{found} {head.capitalize()}"
    if len(words) <= 2 and head in _COMPANY_NOUNS:
        company = earlier.scan(_COMPANY_NAME, _last_company).last(upto)
        if company is not None:
            return company  # "the company" -> the last company named ("Norvale Pharmaceuticals")
    return bare


# A name set off by a company noun: "Harwell Logistics, the freight operator,".
_APPOSED_COMPANY = (r"((?:[A-Z][\w'&.-]*\s+){0,2}[A-Z][\w'&.-]*),\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(?:"
                    + "|".join(sorted(_COMPANY_NOUNS)) + r")(?=\s*[,.;])")


def _companies(text: str) -> list[str]:
    """Return the companies the text names, in order: by a company suffix ("Norvale Pharmaceuticals") or an
    apposition ("Harwell Logistics, the freight operator,")."""
    named = [(match.start(), _drop_leading(match.group())) for match in re.finditer(_COMPANY_NAME, text)]
    apposed = re.finditer(_APPOSED_COMPANY, text)
    named += [(match.start(), _drop_leading(match.group(1))) for match in apposed]
    return [name for _, name in sorted(named)]


def _plural_subject(sentences: Sequence[Sentence], flats: list[str], index: int) -> str:
    """Return the previous sentence's subject when it is a plural noun phrase ("Two U.S. officials"), for "they"."""
    if index == 0 or sentences[index - 1].role is not Role.BODY:
        return ""
    flat = flats[index - 1]
    subject, _ = clause_subject(flat, tokenize(flat), len(flat))
    last = subject.split()[-1] if subject else ""
    if not last or last.lower() in PRONOUNS or not last.islower() or not last.endswith("s") or last.endswith("ss"):
        return ""
    return subject


def _person_subject(earlier: EarlierText, index: int, speakers: Speakers) -> str:
    """Return the previous sentence's subject when it names a person ("But Justice Antonin Scalia", or a surname
    the story gave in full: "Guyger, 31, fatally shot ..."), for "he"."""
    if index == 0 or earlier.sentences[index - 1].role is not Role.BODY:
        return ""
    match = _SUBJECT_NAME.match(earlier.flats[index - 1])
    if match is None or match.group(2) in TITLE_WORDS:
        return ""  # "Smith's lawyer said": the one possessed is a person, and not Smith
    return _person_named(match.group(1), earlier, index - 1, speakers)


def _person_named(run: str, earlier: EarlierText, upto: int, speakers: Speakers) -> str:
    """Return the person a run of capitalized words names, title dropped; a surname alone is the person the story
    named in full before sentence ``upto``, or who spoke under that name; "" if it names no person."""
    name = _strip_title(run) or _drop_leading(run)
    if " " not in name:
        return speakers.named(name) or _full_names(earlier, name).most_named(upto)
    return name if is_one_person(name) else ""


def _clause_person(earlier: EarlierText, index: int, speakers: Speakers) -> str:
    """Return the person named as the subject of the previous sentence's last clause that has one ('"Oh, shut up,"
    a man replied before Kemp reprimanded them.'), for "he" or "she"."""
    if index == 0 or earlier.sentences[index - 1].role is not Role.BODY:
        return ""
    flat = earlier.flats[index - 1]
    if re.match(r"\s*(?:(?:But|And|Yet|So|Then)\s+)?(?:He|She)\b", flat):
        return ""  # "She was disappointed and Ms Curran had ...": the "she" who opens it goes on
    for match in reversed(list(_CLAUSE_NAME.finditer(flat))):
        if match.group(1) and match.group(1).lower() in DETERMINERS:
            continue  # "before the White House said": a thing's name
        person = _person_named(match.group(2), earlier, index, speakers)
        if person:
            return person
    return ""


# A subordinate clause (or one after "but") whose subject is a name, after at most one lowercase word ("as state
# judge Tammy Kemp read"), then a lowercase word: "before Kemp reprimanded them", "while Judge Ana Ruiz listened".
# Not after "and", which joins names ("Smith and Jones") and clauses of reported content as often as clauses.
_CLAUSE_NAME = re.compile(r"\b(?:before|after|when|while|as|until|since|because|but|then|whereas|although|though)"
                          r"\s+(?:([a-z]+)\s+)?((?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w'-]*[a-z])\s+(?=[a-z])")


def _fronted_person(earlier: EarlierText, index: int, speakers: Speakers) -> str:
    """Return the person the previous sentence names as its subject after an opening phrase set off by a comma
    ("Shortly before sentencing, McDonnell apologized ..."), for "he" or "she"."""
    if index == 0 or earlier.sentences[index - 1].role is not Role.BODY:
        return ""
    flat = earlier.flats[index - 1]
    opening = _FRONTED.match(flat)
    if opening is None or not (opening.group(1).lower() in _FRONTING or opening.group(1).lower().endswith("ly")):
        return ""
    match = _FRONTED_NAME.match(flat, opening.end())
    if match is None:
        return ""
    name = _strip_title(match.group(1)) or _drop_leading(match.group(1))
    if " " not in name:  # a surname alone: the person the story named in full, or who spoke under that name
        return speakers.named(name) or _full_names(earlier, name).most_named(index)
    return name if is_one_person(name) else ""


# A sentence whose subject is "he" or "she", after at most a conjunction: "Yet she delivered a sentence ...".
_PRONOUN_SUBJECT = re.compile(r"\s*(?:(?:But|And|Yet|Still|So|Then)\s+)?(He|She|he|she)\s+[a-z]")
# Prepositions that open a fronted phrase ("During sentencing, Maxwell was ..."): general English.
_FRONTING = PREPOSITIONS | frozenset(
    "during after before since until despite amid following throughout under within inside outside through across "
    "near upon beyond among".split())
# An opening phrase of at most eight words, begun by a preposition or an adverb, set off by a comma.
_FRONTED = re.compile(r"\s*([A-Z][a-z]+)\b[^,.;:\"]{0,60}?,\s+")
# The name after it, one to four capitalized words, then a lowercase word: "McDonnell apologized".
_FRONTED_NAME = re.compile(r"((?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w'-]*[a-z])\s+(?=[a-z])")


def _person_object(earlier: EarlierText, index: int, speakers: Speakers, pronoun: str) -> str:
    """Return the person a short previous sentence ends on as its verb's object ("That did not satisfy Justice
    Scalia."), for "he" or "she": the one reacting is who speaks next."""
    if index == 0 or earlier.sentences[index - 1].role is not Role.BODY:
        return ""
    flat = earlier.flats[index - 1]
    # A short sentence only; the length cap also keeps the search linear on one long token.
    if len(flat) > _OBJECT_SENTENCE_CHARS or len(flat.split()) > _OBJECT_SENTENCE_WORDS:
        return ""
    match = re.search(_OBJECT_NAME, flat)
    if match is None:
        return ""
    before = flat[:match.start()].split()
    # After a preposition the name is not who acts ("a ruling by Judge Kim"); after a pronoun subject ("He thanked
    # Senator Kim.") the next "he" is most likely that subject again.
    if (len(before) < 2 or not before[-1].isalpha() or not before[-1].islower() or before[-1] in _NOT_BEFORE_OBJECT
            or before[0].lower() in PRONOUNS):
        return ""
    words = match.group(1).split()
    title = words[0].lower().rstrip(".")
    if title in _TITLE_SEX and _TITLE_SEX[title] != pronoun:
        return ""
    name = _strip_title(match.group(1)) or match.group(1)  # "Judge Carla Benning", "Justice Scalia"
    if " " not in name:
        return speakers.named(name) or _full_names(earlier, name).most_named(index)
    return name if is_one_person(name) else ""


# The name a sentence ends on, title included: "... did not satisfy Justice Scalia."
# Rarely needed: compiled on first use (through re's cache), not at import.
_OBJECT_NAME = r"(?<![\w.'-])((?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w'-]*[a-z])\s*[.!]?\s*$"
_OBJECT_SENTENCE_WORDS = 8
_OBJECT_SENTENCE_CHARS = 120
# Words that put a name after them in a phrase of its own, not as the verb's object.
_NOT_BEFORE_OBJECT = PREPOSITIONS | frozenset(
    "into onto toward towards under like than as including and or but nor via per between among behind beside near "
    "after before since until during".split())
# Titles that say which pronoun their holder takes.
_TITLE_SEX = {"mr": "he", "mrs": "she", "ms": "she", "miss": "she"}


# A sentence that opens with a name, after a title and a conjunction, then a lowercase word, perhaps after an age
# set off by commas: "But Justice Antonin Scalia was unconvinced.", "Guyger, 31, fatally shot ..."
# The name may own the subject ("Allison Jean's face crumpled"): the owner is who the next "she" is; group 2 is what
# is owned.
_SUBJECT_NAME = re.compile(r"\s*(?:(?:But|And|Yet|Still|So|Then)\s+)?"
                           r"((?:[A-Z][\w.-]*(?:'[A-Z][\w-]*)?\s+){0,4}?[A-Z][\w-]*[a-z])"
                           r"(?:'s\s+([a-z]+)|,\s*\d{1,3},)?\s+(?=[a-z])")


def _heading_name(earlier: EarlierText, surname: str, upto: int) -> str:
    """Return the full name a headline in sentence case writes for a surname that the text never writes in full
    ("Shop owner Li Chen recalls blast" for "Chen said"), or ""; Title Case capitalizes words that are no names."""
    for index in earlier.headings:
        flat = earlier.flats[index]
        if index >= upto or looks_like_headline(flat):
            continue
        for found in re.findall(full_name_pattern(surname), flat):
            endings = name_endings(full_name(found, surname))
            if endings:
                return endings[-1]
    return ""


def _full_names(earlier: EarlierText, surname: str) -> _FullNames:
    """Return the tally of the full names the document writes for a surname ("Mark Delaney" for "Delaney")."""
    pattern = full_name_pattern(surname)
    names = earlier.memo.get(pattern)
    if not isinstance(names, _FullNames):
        names = earlier.memo[pattern] = _FullNames(earlier.scan(pattern, all_found, words=[[leading_word(surname)]]),
                                                   surname)
    return names


def full_name_pattern(surname: str) -> str:
    """Return the pattern of a written full name for a surname; its groups are the words before the surname, after
    a lowercase time opener (so "Earlier on Sunday Ince" gives "Ince", not "Sunday Ince"), and a suffix."""
    return (r"(?:\b(on|in|at|during|since|until|over|through|by|last|this|next|early|late)\s+)?"
            r"((?:[A-Z](?:[\w'-]+|\.)\s+){1,3})" + re.escape(surname) + r"\b(" + _SUFFIX + ")?")


def full_name(found: tuple[str, str, str], surname: str) -> str:
    """Return the name a ``full_name_pattern`` match writes: (opener, words before, suffix) -> "Mark Delaney"."""
    opener, before, suffix = found
    words = before.split()
    if opener and opening_time([opener, *words, surname]):
        words = [opener, *words]  # "on Monday Ince": the time phrase goes, not the name
    return _drop_leading(" ".join([*words, surname])) + suffix


def name_endings(name: str) -> list[str]:
    """Return the 2- and 3-word endings of a mention that name a person ("Gov. Mark Delaney": "Mark Delaney").

    >>> name_endings("Badghis Governor Hessamuddin Shams")
    ['Hessamuddin Shams']
    """
    words = (_strip_title(name) or name).split()
    endings = []
    for size in (2, 3):
        tail = words[-size:]
        titled = any(word.lower().rstrip(".") in TITLE_WORDS for word in tail)
        if len(tail) == size and is_person(" ".join(tail)) and not titled:
            endings.append(" ".join(tail))
    return endings


class _FullNames:
    """The full names written for a surname, tallied one sentence at a time as far as a source needs them."""

    def __init__(self, scan: Scan[list[tuple[str, str]]], surname: str) -> None:
        self._scan, self._surname = scan, surname
        self._longest, self._longest_read = "", 0  # the longest name in the first ``_longest_read`` findings
        self._counts: dict[str, tuple[int, int]] = {}  # name ending -> (mentions, order of first mention)
        self._most, self._counted = "", 0  # the ending named most in the first ``_counted`` findings

    def _names(self, start: int, stop: int) -> Iterator[str]:
        for found in self._scan.found[start:stop]:
            for match in found:
                yield full_name(match, self._surname)

    def longest(self, upto: int) -> str:
        """Return the longest full name before sentence ``upto`` (the first of the longest), or ""."""
        count = self._scan.count(upto)
        if count < self._longest_read:  # asked about an earlier sentence than before: tally again
            self._longest, self._longest_read = "", 0
        for name in self._names(self._longest_read, count):
            if len(name) > len(self._longest):
                self._longest = name
        self._longest_read = count
        return self._longest

    def most_named(self, upto: int) -> str:
        """Pick the full name most often used before sentence ``upto``: count the 2- and 3-word name endings of
        each mention; on a tie the one with more words, then the one mentioned first."""
        count = self._scan.count(upto)
        if count < self._counted:
            self._counts, self._most, self._counted = {}, "", 0
        for name in self._names(self._counted, count):
            for ending in name_endings(name):
                mentions, order = self._counts.get(ending, (0, len(self._counts)))
                self._counts[ending] = (mentions + 1, order)
                # Only this ending's count grew, so it is the most named if it now beats the one that was.
                if not self._most or self._rank(ending) > self._rank(self._most):
                    self._most = ending
        self._counted = count
        return self._most

    def _rank(self, ending: str) -> tuple[int, int, int]:
        mentions, order = self._counts[ending]
        return mentions, len(ending.split()), -order


def _drop_leading(phrase: str) -> str:
    words = phrase.split()
    words = words[opening_time(words):]  # "On Monday Ince", "In June Bailey": a time phrase, then the name
    # "In Texas", "At Westfield Bondi Junction": a sentence's first word, capitalized, joins the run that follows.
    while len(words) > 1 and (words[0].lower() in DETERMINERS or words[0].lower() in LEADING or words[0].lower() in STOP
                              or words[0].lower() in PREPOSITIONS):
        words.pop(0)
    return " ".join(words)


_CAPITALIZED_RUN = r"(?:[A-Z](?:[\w'-]+|\.)\s+){1,4}[A-Z][\w'-]+"


def _last_mention(earlier: EarlierText, upto: int, *, person: bool) -> str:
    """Return the last person (or organization) named before sentence ``upto``, for a pronoun with no earlier
    speaker."""
    return earlier.scan(_CAPITALIZED_RUN, _last_person if person else _last_body).last(upto) or ""


def _last_person(pattern: re.Pattern[str], flat: str) -> str | None:
    """Return the last person a sentence names (a scan's read for ``_last_mention``)."""
    # A name after "the" is a thing's or a place's ("the Launch Vehicle Mark-III rocket", "the White House").
    runs = [match.group() for match in pattern.finditer(flat)
            if not match.group().startswith("The ") and not re.search(r"\b(?i:the)\s+$", flat[:match.start()])]
    for run in reversed([_drop_leading(re.sub(r"'s$", "", run)) for run in runs]):  # "Allison Jean's face"
        name = _strip_title(run) or run
        if is_one_person(name) and not is_outlet(name):  # "on Fox News' ...": a channel, not a person
            return name
    return None


def _last_body(pattern: re.Pattern[str], flat: str) -> str | None:
    """Return the last organization a sentence names (a scan's read for ``_last_mention``)."""
    for run in reversed([_drop_leading(run) for run in pattern.findall(flat)]):
        if any(word in ORGANIZATION_HEADS for word in run.split()) or run in _companies(run):
            return run
    return None


def _last_company(pattern: re.Pattern[str], flat: str) -> str | None:
    """Return the last company a sentence names (a scan's read; ``_companies`` has patterns of its own)."""
    companies = _companies(flat)
    return companies[-1] if companies else None
