"""Proper names across documents: spelling variants, and the name knowledge attribution needs.

A spelling variant is one name written two ways, such as ``Badghis`` and
``Bagdhis`` or ``Qala-e Naw`` and ``Qala-e-Naw``.  Candidates are capitalized
words and runs of up to three of them.  Two forms are the same name when they
are equal once case, hyphens and spaces are folded, or when their consonant
skeletons agree (vowels and doubled letters are what transliterations vary)
and guards against different real names pass: long enough, not one a prefix
of the other, not both common English words, never both used by one document.

>>> _same_name("Hessamuddin", "Husamuddin"), _same_name("Badghis", "Bagdhis"), _same_name("Qala-e Naw", "Qala-e-Naw")
(True, True, True)
>>> _same_name("al-Qaddafi", "Gadhafi"), _same_name("Al-Qaeda", "al-Qaida")
(True, True)
>>> _same_name("Iran", "Iraq"), _same_name("Takhar", "Tajikistan"), _same_name("Niger", "Nigeria")
(False, False, False)
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence


from .lexicon import zipf
from .model import Document, NameForm, NameVariant, Role

__all__ = ["find_name_variants", "canonical_agency", "AGENCY_PATTERNS", "AGENCY_PREFILTERS", "COUNTRIES", "TITLE_WORDS",
           "ORGANIZATION_HEADS"]

# Words that stand before a person's name as a title or job; general English, lowercase.
TITLE_WORDS = frozenset(
    """president vice prime minister governor adviser advisor spokesman spokeswoman spokesperson secretary director
    chief commander general gen lt col colonel major captain capt sen senator rep representative ambassador mayor
    judge chairman chairwoman chair leader official officer head envoy king queen prince princess sheikh pope
    cardinal bishop mr mrs ms dr professor prof expert analyst lawmaker deputy attorney counsel justice gov premier
    chancellor speaker commissioner superintendent inspector sergeant sgt adm admiral cmdr lieutenant marshal
    brig brigadier supt insp det detective cpl corporal pvt cdr rev reverend hon amb atty
    founder ceo executive manager coordinator negotiator emir ayatollah mullah researcher economist resident
    correspondent editor reporter witness worker student teacher farmer doctor nurse shopkeeper driver survivor
    victim activist lawyer engineer volunteer businessman businesswoman journalist photographer historian scientist
    writer author candidate pastor priest rabbi imam coach player owner mother father son daughter wife husband
    neighbor neighbour spokesperson aide staffer strategist pollster consultant republican democrat democratic
    congressman congresswoman councilman councilwoman councillor councilor assemblyman assemblywoman alderman
    sheriff host anchor moderator interviewer""".split()
)
# Countries (and continents) whose usual English name is one word: general knowledge, so "Britain and France said"
# is two speakers where "Marks and Spencer said" is one firm.
COUNTRIES = frozenset(
    """Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahamas Bahrain
    Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Botswana Brazil Britain Brunei Bulgaria
    Burma Burundi Cambodia Cameroon Canada Chad Chile China Colombia Comoros Congo Croatia Cuba Cyprus Czechia
    Denmark Djibouti Dominica Ecuador Egypt England Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon
    Gambia Georgia Germany Ghana Greece Grenada Guatemala Guinea Guyana Haiti Holland Honduras Hungary Iceland India
    Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Kiribati Kosovo Kuwait
    Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi
    Malaysia Maldives Mali Malta Mauritania Mauritius Mexico Micronesia Moldova Monaco Mongolia Montenegro Morocco
    Mozambique Myanmar Namibia Nauru Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palau Palestine
    Panama Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa Scotland Senegal Serbia
    Seychelles Singapore Slovakia Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria Taiwan Tajikistan
    Tanzania Thailand Togo Tonga Tunisia Turkey Turkmenistan Tuvalu Uganda Ukraine Uruguay Uzbekistan Vanuatu
    Venezuela Vietnam Wales Yemen Zambia Zimbabwe America Africa Asia Europe""".split()
)
# Capitalized head nouns of organizations, so "the ministry" can find "Afghan Defense Ministry".
ORGANIZATION_HEADS = frozenset(
    """Ministry Department Agency Command Council Office Party Army Police Government Court Committee Commission
    Bank Union Organization Organisation Service Corporation Company Group Institute Authority Administration
    Parliament Congress Senate Assembly Embassy Mission Board Bureau Force Forces Navy Guard Coalition Alliance
    Federation Association University Foundation Fund Network Center Centre Secretariat Cabinet Presidency
    Palace Ministry's Pentagon Kremlin""".split()
)
# Wire agencies and their canonical short names: general knowledge, not tied to any story.  The patterns stay
# strings, compiled on first use through re's cache: a run needs the few whose prefilter (below) hits its text,
# and compiling all 30 cost ~1.5 ms.
AGENCY_PATTERNS = (
    (r"\bAP\b|(?<!Australian )\bAssociated Press\b", "AP"),
    (r"\bAFP\b|\bAgence France[- ]Presse\b", "AFP"),
    (r"\bReuters\b", "Reuters"),
    (r"\b(?:dpa|DPA)\b|\bDeutsche Presse-Agentur\b", "dpa"),
    (r"\bUPI\b|\bUnited Press International\b", "UPI"),
    (r"\bXinhua\b", "Xinhua"),
    (r"\b(?:ITAR-)?TASS\b", "TASS"),
    (r"\bANSA\b", "ANSA"),
    (r"\bEFE\b", "EFE"),
    (r"\bKyodo\b", "Kyodo"),
    (r"\bYonhap\b", "Yonhap"),
    (r"\bPA Media\b|\bPress Association\b", "PA"),
    (r"\bAAP\b|\bAustralian Associated Press\b", "AAP"),
    (r"\bAnadolu\b", "Anadolu"),
    (r"\bIRNA\b", "IRNA"),
    (r"\bInterfax\b", "Interfax"),
    (r"\bRIA(?: Novosti)?\b", "RIA"),
    (r"\bKCNA\b", "KCNA"),
    (r"\bPTI\b|\bPress Trust of India\b", "PTI"),
    (r"\bANI\b|\bAsian News International\b", "ANI"),
    (r"\bIANS\b|\bIndo-Asian News Service\b", "IANS"),
    (r"\bBernama\b", "Bernama"),
    (r"\bAntara\b", "Antara"),
    (r"\bJiji\b", "Jiji"),
    (r"\bCanadian Press\b", "CP"),
    (r"\bKUNA\b", "KUNA"),
    (r"\bMENA\b", "MENA"),
    (r"\bTasnim\b", "Tasnim"),
    (r"\bISNA\b", "ISNA"),
    (r"\bBloomberg\b", "Bloomberg"),
)
# The same patterns without their zero-width tests (\b, look-behinds): each matches wherever its
# pattern does, and starts with a letter that the regex engine skips to quickly, whereas a pattern
# that starts with \b is tried at every position.  A text that a prefilter does not match needs no
# scan by its pattern (find_agencies: ~4 ms less on the seed pair), and a phrase that a prefilter does not match
# whole is not its agency's name.
AGENCY_PREFILTERS = tuple(re.compile(re.sub(r"\\b|\(\?<[!=][^)]*\)", "", pattern)) for pattern, _ in AGENCY_PATTERNS)


def names_only_agencies(text: str) -> bool:
    """Whether a phrase names wire agencies and nothing else, joined by "and", "with" or punctuation: "Reuters",
    "AP/dpa", "AFP and Reuters", "Staff and agencies".

    >>> [names_only_agencies(text) for text in ("AP/dpa", "With agencies", "Reuters reported it", "Local police")]
    [True, True, False, False]
    """
    rest, named = text, 0
    for (pattern, _), quick in zip(AGENCY_PATTERNS, AGENCY_PREFILTERS):
        if quick.search(rest):
            rest, count = re.subn(pattern, " ", rest)
            named += count
    rest, generic = re.subn(r"(?i)\bagencies\b", " ", rest)
    return bool(named or generic) and not re.search(r"\w", re.sub(r"(?i)\b(?:and|with|staff|wires?|news)\b", " ", rest))


def canonical_agency(text: str) -> str:
    """Return the short name of the wire agency a phrase names ("the Reuters news agency" -> "Reuters"), or ""."""
    bare = re.sub(r"^(?:the)\s+|\s+(?:news\s+)?agency$|'s$", "", text.strip(), flags=re.IGNORECASE)
    for (pattern, name), quick in zip(AGENCY_PATTERNS, AGENCY_PREFILTERS):
        if quick.fullmatch(bare) and re.fullmatch(pattern, bare):
            return name
    return ""


_TOKEN = re.compile(r"[^\W\d_][\w'-]*[^\W_]|[^\W\d_]")
_MAX_RUN = 3
_COMMON_ZIPF = 4.0
"""Two common English words (both at least this frequent) are different words, not spellings of one name."""


def find_name_variants(documents: Sequence[Document]) -> tuple[NameVariant, ...]:
    """Find proper names spelled differently across the documents."""
    places = [_name_places(document) for document in documents]
    lowercase = {word for document in documents for s in document.sentences for word in re.findall(r"\b[a-z][\w'-]*", s.norm)}
    folds = [{fold_name(text) for text in doc_places} for doc_places in places]
    forms = sorted({(i, text) for i, doc_places in enumerate(places) for text in doc_places if text.lower() not in lowercase})
    parent = {form: form for form in forms}

    def find(form: tuple[int, str]) -> tuple[int, str]:
        while parent[form] != form:
            form = parent[form]
        return form

    for first_index, second_index in _candidate_pairs(forms):
        first, second = forms[first_index], forms[second_index]
        if first[0] == second[0] or first[1] == second[1]:
            continue
        if not _same_name(first[1], second[1]):
            continue
        exact = fold_name(first[1]) == fold_name(second[1])
        if not exact and any(fold_name(first[1]) in doc and fold_name(second[1]) in doc for doc in folds):
            continue  # one document uses both spellings: they are two names
        if _shares_word(first[1], second[1]):
            continue  # the difference lies in a single word, which is reported on its own (Francois / François)
        parent[find(second)] = find(first)
    clusters: dict[tuple[int, str], set[str]] = {}
    for form in forms:
        clusters.setdefault(find(form), set()).add(form[1])
    variants = []
    for texts in clusters.values():
        if len(texts) < 2:
            continue
        found = [NameForm(documents[i].id, text, places[i][text]) for i in range(len(documents)) for text in
                 sorted(texts, key=lambda t: places[i].get(t, ("",))[0]) if text in places[i]]
        if len({form.document for form in found}) >= 2:
            variants.append(NameVariant(tuple(found)))
    variants = [v for v in variants if not any(_inside(v, other) for other in variants if other is not v)]
    order = {sentence.id: n for n, sentence in enumerate(s for document in documents for s in document.sentences)}
    return tuple(sorted(variants, key=lambda v: min(order[s] for form in v.forms for s in form.sentences)))


def _inside(variant: NameVariant, other: NameVariant) -> bool:
    """Tell whether each spelling of ``variant`` is a word of a longer spelling of ``other``, in no other sentence.

    When every word of a name differs (Serina Weighman / Sarina Wiegman), the full name is the one to report; its
    words are reported on their own only where they stand alone ("Wiegman said").
    """
    return all(
        any(form.document == longer.document and form.text in longer.text.split()
            and set(form.sentences) <= set(longer.sentences) for longer in other.forms)
        for form in variant.forms
    )


def _candidate_pairs(forms: Sequence[tuple[int, str]]) -> list[tuple[int, int]]:
    """Index pairs ``i < j``, in order, of the forms that share a blocking key: the only ones ``_same_name`` can accept."""
    buckets: dict[str, list[int]] = {}
    for index, (_, text) in enumerate(forms):
        for key in blocking_keys(text):
            buckets.setdefault(key, []).append(index)
    return sorted({(i, j) for members in buckets.values() for n, i in enumerate(members) for j in members[n + 1:]})


def blocking_keys(text: str) -> tuple[str, ...]:
    """Return keys that two spellings share whenever ``_same_name`` accepts them, so pairs are not all compared.

    Equal folds, equal skeletons and skeletons one swap apart all have the same skeleton letters, sorted;
    a doubled final letter (Zelensky, Zelenskyy) leaves the fold equal once its final run is one letter.

    >>> blocking_keys("Badghis"), blocking_keys("Bagdhis")
    (('skeleton:bdks', 'fold:badghis'), ('skeleton:bdks', 'fold:bagdhis'))
    """
    keys: list[str] = []
    for form in dict.fromkeys((text, _without_article(text))):
        fold = fold_name(form)
        keys += ["skeleton:" + "".join(sorted(_skeleton(fold))), "fold:" + fold.rstrip(fold[-1:]) + fold[-1:]]
    return tuple(keys)


def _name_places(document: Document) -> dict[str, tuple[str, ...]]:
    """Map each capitalized word or run of capitalized words to the sentences it occurs in."""
    places: dict[str, list[str]] = {}
    for sentence in document.sentences:
        if sentence.role in (Role.BOILERPLATE, Role.CREDIT, Role.BYLINE):
            continue
        title_case = sentence.role in (Role.HEADLINE, Role.SUBHEADING)
        run: list[str] = []
        tokens = list(_TOKEN.finditer(sentence.norm))
        for position, match in enumerate(tokens):
            word = match.group()
            word = word[:-2] if word.endswith("'s") else word[:-1] if word.endswith("'") else word
            adjacent = position and sentence.norm[tokens[position - 1].end():match.start()] == " "
            if not adjacent:
                _add_runs(run, places, sentence.id)
                run = []
            # Whether the word opens a sentence matters only for a capitalized word (see _is_name_word):
            # only then is the text before it looked at.
            initial = position == 0 or title_case or (
                word[:1].isupper() and word[1:].islower() and sentence.norm[:match.start()].rstrip().endswith((".", '"', ":")))
            if _is_name_word(word, initial):
                run.append(word)
            else:
                _add_runs(run, places, sentence.id)
                run = []
        _add_runs(run, places, sentence.id)
    return {text: tuple(dict.fromkeys(ids)) for text, ids in places.items()}


def _is_name_word(word: str, initial: bool) -> bool:
    if not any(char.isupper() for char in word) or (len(word) > 1 and word.isupper()):
        return False
    # A capital at the start of a sentence or headline word says nothing; a common word there is no name.
    return not (initial and zipf(word.lower()) >= 3.5 and word[0].isupper() and word[1:].islower())


def _add_runs(run: list[str], places: dict[str, list[str]], sentence_id: str) -> None:
    for size in range(1, min(_MAX_RUN, len(run)) + 1):
        for start in range(len(run) - size + 1):
            places.setdefault(" ".join(run[start:start + size]), []).append(sentence_id)


# The Arabic article is written or dropped at will in transliterated names (al-Qaddafi, Gadhafi).
_ARTICLE = re.compile(r"^(?:al|el)[- ](?=[^\W\d_]{4})", re.IGNORECASE)


def _without_article(text: str) -> str:
    return _ARTICLE.sub("", text)


_TRANSLITERATION_SWAPS = str.maketrans("qcgzvwj", "kkksfuj")


_SAME_SPEAKER = 0.8
"""Least Indel similarity of two name words of five letters or more that are one name spelled two ways."""


def same_speaker(first: str, second: str) -> bool | None:
    """Whether two credits name one speaker: they share a capitalized word, allowing for spelling ("President
    Obama" / "Barack Obama", "Husamuddin Shams" / "Hessamuddin Shams"); None when either names nobody by a
    capitalized word ("officials", "the ministry"), so there is nothing to compare.

    >>> same_speaker("John A. Boehner", "Speaker John Boehner"), same_speaker("Harry Reid", "Jim Manley")
    (True, False)
    >>> same_speaker("officials", "the ministry") is None
    True
    """
    a, b = _name_words(first), _name_words(second)
    if not a or not b:
        return None
    from rapidfuzz.distance import Indel  # deferred: rapidfuzz costs ~15 ms to import

    return any(x == y or (min(len(x), len(y)) >= 5 and Indel.normalized_similarity(x, y) >= _SAME_SPEAKER)
               for x in a for y in b)


def _name_words(name: str) -> set[str]:
    return {fold_name(word) for word in re.findall(r"[^\W\d_][\w'-]*", name)
            if word[0].isupper() and len(fold_name(word)) > 1}


# Every pair of name forms is compared, so each form's fold and skeleton are computed once.
@functools.lru_cache(maxsize=16384)
def fold_name(text: str) -> str:
    """Reduce a name to lowercase letters and digits without accents: ``Qala-e Naw`` -> ``qalaenaw``."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in decomposed if char.isalnum())


@functools.lru_cache(maxsize=16384)
def _skeleton(fold: str) -> str:
    """Reduce a folded name to consonants, merging letters that transliterations swap."""
    text = re.sub(r"(?<=[bcdgkpstz])h", "", fold)
    text = text.translate(_TRANSLITERATION_SWAPS)
    head, rest = text[:1], re.sub(r"[aeiouy]", "", text[1:])
    return re.sub(r"(.)\1+", r"\1", head + rest)


def _same_name(first: str, second: str) -> bool:
    """Decide whether two spellings most likely name the same thing."""
    if _same_spelling(fold_name(first), fold_name(second)):
        return True
    bare_first, bare_second = _without_article(first), _without_article(second)
    return (bare_first, bare_second) != (first, second) and _same_spelling(fold_name(bare_first), fold_name(bare_second))


def _same_spelling(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) < 4:
        return False
    if long.startswith(short) or long.endswith(short):
        return long == short + short[-1]  # only a doubled final letter: Zelensky, Zelenskyy
    if zipf(a) >= _COMMON_ZIPF and zipf(b) >= _COMMON_ZIPF:
        return False
    from rapidfuzz.distance import Indel  # deferred: rapidfuzz costs ~15 ms to import

    similarity = Indel.normalized_similarity(a, b)
    skeleton_a, skeleton_b = _skeleton(a), _skeleton(b)
    if skeleton_a == skeleton_b:
        return len(short) > 5 and similarity >= 0.6  # one letter tells short names apart (Gaza, Giza)
    return len(short) >= 6 and similarity >= 0.8 and _is_transposition(skeleton_a, skeleton_b)


def _is_transposition(a: str, b: str) -> bool:
    if len(a) != len(b):
        return False
    differences = [i for i in range(len(a)) if a[i] != b[i]]
    return len(differences) == 2 and differences[1] == differences[0] + 1 and a[differences[0]] == b[differences[1]] and a[differences[1]] == b[differences[0]]


def _shares_word(first: str, second: str) -> bool:
    return len(first.split()) > 1 and bool(set(first.lower().split()) & set(second.lower().split()))
