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
from collections.abc import Sequence

from .earlier import EarlierText, any_found, last_found, last_match, leading_word
from .model import Role, Sentence
from .names import ORGANIZATION_HEADS, TITLE_WORDS, canonical_agency
# The name matching lives in person_names; its names are imported from here as well.
from .person_names import (_SUFFIX, _drop_leading, _full_names, _heading_name, _strip_title, described_name,
                           full_name, full_name_pattern, is_one_person, is_person, name_endings, named_apart,
                           titled_elsewhere, titled_surname)
from .speaker_words import NAMING
from .speakers import DETERMINERS, PREPOSITIONS, PRONOUNS, clause_subject, is_outlet, tokenize

__all__ = [
    "Speakers", "described_name", "full_name", "full_name_pattern", "is_one_person", "is_person", "name_endings",
    "named_apart", "resolve_source", "titled_elsewhere", "titled_surname",
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


# Titles that only a person takes, written with or without a full stop.
_HONORIFICS = frozenset("mr mrs ms miss dr".split())



class Speakers:
    """The speakers credited so far in a document, kept as resolving a later source asks for them."""

    def __init__(self) -> None:
        self.last_person = ""
        """The last person credited."""
        self.last_other = ""
        """The last speaker who is not a person: a body, a group."""
        self._by_surname: dict[str, str] = {}  # last word of a person's name (after dropping "Jr.") -> that person
        self._by_first: dict[str, str] = {}  # first word of a person's name -> the first person credited with it

    def add(self, name: str, person: bool) -> None:
        """Record a credited speaker (resolved) and whether it is a person."""
        if not person:
            self.last_other = name
            return
        self.last_person = name
        plain = re.sub(_SUFFIX + "$", "", name)
        if " " in plain:
            self._by_surname[plain.rsplit(" ", 1)[1]] = name
            # A family name may come first ("Chen Yong", "Xi Jinping"), so a later "Chen" may be this person too.
            first = plain.split(" ", 1)[0]
            if first.lower().rstrip(".") not in TITLE_WORDS:
                self._by_first.setdefault(first, name)

    def named(self, surname: str) -> str:
        """Return the last person credited whose name ends with ``surname`` ("Mr. Sellers": "Ben Sellers")."""
        return self._by_surname.get(surname, "")

    def named_first(self, word: str) -> str:
        """Return the first person credited whose name starts with ``word`` ("Chen": "Chen Yong")."""
        return self._by_first.get(word, "")


# A phrase that gives its own name after a naming participle: "a man identified as Tom Reed".
_NAMED_AS = re.compile(r"\b(?:" + "|".join(sorted(NAMING)) + r")\s+as\s+((?:the\s+)?[A-Z].*)$")


def resolve_source(source: str, earlier: EarlierText, index: int, speakers: Speakers, *, spoke_last: int = -1) -> str:
    """Return the fullest earlier name for a source: surname -> full name, role -> body, pronoun -> speaker.

    ``spoke_last`` is the index of the sentence that credited the last person speaker: a person named as the
    subject of a later sentence ("But Justice Antonin Scalia was unconvinced.") is who "he" is in the next.
    """
    source = described_name(source) or source  # "a tearful Saka": the name is who speaks
    named = _NAMED_AS.search(source)
    if named:  # "volunteer rescuers known as the Blue Vests": the name given is who speaks
        source = named.group(1)
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
        group = _plural_subject(sentences, flats, index) or _plural_papers(sentences, flats, index)
        if group:
            return group
    if lower in {"they", "we", "it"}:
        return speakers.last_other or (_last_mention(earlier, upto, person=False) if lower == "it" else "") or source
    # "China's state-run news agency Xinhua": the agency named after its description is the source.
    apposed_agency = re.search(r"\bagency,?\s+(.+)$", source)
    agency = canonical_agency(source) or (canonical_agency(apposed_agency.group(1)) if apposed_agency else "")
    if agency:
        return agency
    if source[:1].islower() or bare != source:
        # "said a White House spokesman, Eric Schultz.": the name set off after a role is who it is.
        # Any script's capitals: "the assistant commissioner, José Álvarez".
        apposed = re.search(re.escape(source) + r",\s+((?:[^\W\d_][\w.'-]*\s+){1,3}[^\W\d_][\w'-]*[^\W\d_A-Z])"
                            r"(?=\s*(?:[,.;]|$))", flats[index])
        if apposed and is_person(apposed.group(1)):
            return apposed.group(1)
    family = _FAMILY.fullmatch(bare) if lower.startswith("the ") else None
    if family:  # "the Smiths" after "John and Mary Smith" (or "the Joneses" after "Ann and Tom Jones"): the couple
        for surname in dict.fromkeys((bare[:-1], family.group(1))):
            couple = earlier.scan(_COUPLE.format(re.escape(surname)), last_found, words=[[leading_word(surname)]],
                                  ).last(upto)
            if couple is not None:
                return couple
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
        return names.most_named(upto) or _heading_name(earlier, surname, upto) or speakers.named_first(surname) or bare
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
    if lower == "the statement":
        # "the statement, read on the family's behalf, said": the family speaks.  Only a statement named just before
        # (this sentence or the three before it) is the one "the statement" refers to.
        for flat in reversed(flats[max(0, upto - _ISSUER_REACH):upto]):
            issuer = last_match(_ISSUER, flat)
            if issuer is not None:
                name = _drop_leading(next(group for group in issuer.groups() if group))
                return resolve_source(name, earlier, index, speakers) if name.lower() not in PRONOUNS else bare
    return bare


# A family by its plural surname: "the Smiths", "the Joneses".
_FAMILY = re.compile(r"([A-Z][a-z'-]+?)(?:es|s)")
# Two people who share a surname, written once or twice: "John and Mary Smith", "John Smith and Mary Smith".
_COUPLE = r"\b([A-Z][\w'-]+(?:\s+{0})?\s+and\s+[A-Z][\w'-]+\s+{0})\b"
_ISSUER_REACH = 4
# Who a statement speaks for, whoever reads or sends it: "on behalf of X", "on X's behalf", "a statement from X",
# "X said in a statement", "X issued a statement" ("read by her lawyer" names only the reader).
_ISSUER_NAME = r"((?:the\s+)?(?:[A-Z][\w'-]*\s+){0,3}[\w-]+)"
_ISSUER = re.compile(r"\bon\s+behalf\s+of\s+" + _ISSUER_NAME + r"|\bon\s+" + _ISSUER_NAME + r"'s\s+behalf"
                     r"|\bstatement\s+from\s+" + _ISSUER_NAME
                     + r"|" + _ISSUER_NAME + r"\s+(?:said|says)\s+in\s+(?:a|an|the|its|their|his|her)\s+"
                     r"(?:[\w-]+\s+){0,2}?statement\b"
                     + r"|" + _ISSUER_NAME + r"\s+(?:released|issued)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?statement\b")


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


# Plural texts that "say" or "show" things (general English): "The court released the documents. They say ...".
_PLURAL_PAPERS = re.compile(r"\b(?:the|these|those|its|their)\s+(?:[\w-]+\s+){0,2}?(?:documents|files|records|papers"
                            r"|e-?mails|letters|logs|reports|memos|messages|minutes|transcripts|texts|filings|notes"
                            r"|studies|surveys|results|figures|data|recordings|videos|images|photos)\b", re.IGNORECASE)


# Collective nouns that take a plural verb without an "s": "Police released ...".
_PLURAL_WITHOUT_S = frozenset("police people staff crew military".split())


def _plural_papers(sentences: Sequence[Sentence], flats: list[str], index: int) -> str:
    """Return the plural texts the previous sentence names last ("the documents"), for "they": no person is."""
    if index == 0 or sentences[index - 1].role is not Role.BODY:
        return ""
    flat = flats[index - 1]
    subject, _ = clause_subject(flat, tokenize(flat), len(flat))
    head = subject.split()[-1].lower() if subject else ""
    if (head.endswith("s") and not head.endswith("ss") or head in _PLURAL_WITHOUT_S) and not is_outlet(subject):
        return ""  # "Officials released the documents. They say ...": a plural subject is likelier who "they" are
    found = last_match(_PLURAL_PAPERS, flat)
    return found.group() if found is not None else ""


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
