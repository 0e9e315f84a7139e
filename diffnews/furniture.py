"""Page furniture inside the lines of an article: furniture words, run-in labels, mastheads, repeated lines.

A copied page carries advertisement and link labels run into paragraphs ("ADVERTISEMENT", "READ MORE"), the
outlet's name over its headline and captions repeated under their alt text (photo credits: photo_credits.py).
:func:`diffnews.load.load_text` gives each its own line, set aside as boilerplate, so no story text is lost.
"""

from __future__ import annotations

import re

from .markup import lstrip_at, rstrip_at, strip_markdown
from .model import Line, Role

__all__ = ["AGENCY_LINE_CHARACTERS", "ENUMERATION", "SENTENCE_BREAK", "TRAILING_RUN_IN_LABEL", "has_run_in_word",
           "is_furniture", "is_masthead", "is_recommendation_heading", "masthead_name", "names_only_agencies_line",
           "set_aside_repeats", "split_run_in_labels", "trailing_date", "trailing_link_label"]


# Words that only page furniture consists of: navigation, sharing, media labels, the text-size control ("Text size Aa").
_FURNITURE_WORDS = frozenset(
    """
    skip to content main menu more navigation accessibility links link breaking news sites site
    share this on facebook twitter x whatsapp email print copy linkedin reddit telegram
    advertisement advertising sponsored subscribe sign in up log out newsletter newsletters
    menu search home close open toggle read listen watch video videos audio image images photo photos
    gallery related topics topic more stories story comments comment follow us cookie cookies settings
    accept all back top next previous page live updates most popular trending latest
    16x9 4x3 1x1 3x2 min minute minutes
    article articles ago hour hours posts sort by dropdown arrow filter newest oldest view full
    shares tweet save send post continue reading now
    text size font typography aa
    """.split()
)
# Small words a furniture label may carry beside its furniture words ("Post a Comment", "No comments", "Add your
# comment"); alone they are no label.
_FURNITURE_FILLERS = frozenset("a an no your".split())
# A page control's label names the control's kind last ("Back to top button", "Search icon"): without that noun the
# label is tested as furniture like any other, so "Nuclear button" stays text.
_CONTROL_KINDS = frozenset("button icon".split())
# A heading over the page's picks for the reader addresses the reader: "You Might Like", "You may also like",
# "Stories you might have missed", "Recommended for you".  The shape (you + might/may + a verb of liking), not a list
# of labels; "What you need to know" is a subheading.  Compiled on first use (re's cache).
_RECOMMENDATION = (
    r"(?i)(?:(?:more\s+)?(?:stories|articles|posts|videos|news)\s+(?:that\s+)?)?you\s+(?:might|may|could)\s+"
    r"(?:also\s+)?(?:like|love|enjoy|have\s+missed|be\s+interested\s+in)|recommended(?:\s+for\s+you)?"
    r"|(?:more\s+)?for\s+you"
)
_RECOMMENDATION_CHARACTERS = 50
# Words of furniture glued together when a page's elements lose the space between them: "byDropdown".
_GLUED_WORDS = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
# A list item's marker: "1.", "2)", "-", "*", a bullet or a dash.
ENUMERATION = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*\u2022\u2013\u2014])\s+")
_SKIP_LINK = re.compile(r"^(?:skip|jump)\s+to\b")
# A template's tags left in the page by a scraper: "{{#rendered}} {{/rendered}}" (mustache, handlebars).
# This and the promotion below are compiled on first use (re's cache): only lines with "{{" or "follow" are matched.
_TEMPLATE_TAGS = r"(?:\{\{[^{}]*\}\}\s*)+"
# A promotion of the outlet's social accounts: "Follow us on Twitter", "Follow Ynetnews on Facebook and Twitter".
_SOCIAL = r"(?:facebook|twitter|x|instagram|tiktok|youtube|linkedin|telegram|whatsapp|threads|bluesky)"
_FOLLOW_PROMOTION = (
    r"follow\s+(?:us|[\w.&'-]+(?:\s+[\w.&'-]+){0,3})\s+on\s+" + _SOCIAL
    + r"(?:\s*(?:,|and|&|or)\s*" + _SOCIAL + r")*\s*[.!]?"
)
# The verbs a link to the rest of a story opens with: "Read full story", "View full article", "Continue reading".
_LINK_VERBS = frozenset("read view continue watch listen".split())
_LINK_LABEL_CHARACTERS = 40
"""A link's label is a few words ("\U0001F453 View full article", "Read more")."""

# Where text ends a sentence before a label or a photo credit run into its line: a mark, closing quotes or brackets,
# white space.  Compiled on first use (re's cache).
SENTENCE_BREAK = r"[.!?\u2026][\"'\u201d\u2019)\]]*\s+"

AGENCY_LINE_CHARACTERS = 60
"""A credit line of agency names alone is short ("Reuters", "AFP, AP and dpa")."""

# The label a page puts on an advertisement or a link between paragraphs: "ADVERTISEMENT", "Story continues below
# advertisement", "READ MORE".  Only in capitals or (an advertisement's) title case: lowercase it is story text.
_RUN_IN_LABEL = (
    r"(?<!\S)(?:(?:(?:Story|STORY|Article|ARTICLE)\s+(?i:continues\s+below)\s+)?(?:ADVERTISEMENT|[Aa]dvertisement)"
    r"|READ\s+MORE|CONTINUE\s+READING)(?!\S)"
)

_RUN_IN_WORDS = ("dvertisement", "DVERTISEMENT", "READ MORE", "CONTINUE READING")
"""Pieces of every _RUN_IN_LABEL: a line without any has none, a test far cheaper than the pattern."""

# A label after a paragraph's last sentence, which still ends the paragraph: "... lost power. ADVERTISEMENT".
TRAILING_RUN_IN_LABEL = r"(?<=[.!?\u2026\"'\u201d\u2019)\]])\s+" + _RUN_IN_LABEL + "$"

# A date or an age that an aggregator's list glues to the end of a headline: "Storm hits coast Nov. 3, 2023",
# "Floods close roads2 hours ago", "Power cut in city ( 13 minutes ago )", "Tides rise | 5h ago".  Compiled on
# first use (re's cache): only a short line with a digit near its end is searched.
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_TRAILING_DATE = (
    r"(?i)(?P<tail>(?P<separator>[|\u00b7\u2022\u2013\u2014-]\s*)?(?P<open>[(\[]\s*)?"
    r"(?:(?:updated|published|posted|created|modified)(?:\s+on\b)?\s*:?\s*)?"
    r"(?:(?:" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+\d{4}"
    r"|\d{1,4}[./-]\d{1,2}[./-]\d{2,4})(?:[,.]?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,5})?)?"
    r"|\d{1,3}\s*(?P<unit>[a-z]{1,7})\s+ago)"
    r"\s*(?(open)[)\]]\s*))$"
)
# An age in these units, with no bracket or bar to set it apart, may still be the headline's ("... 50 years ago").
_SHORT_AGE_UNITS = frozenset("s sec secs second seconds m min mins minute minutes h hr hrs hour hours d day days".split())
_AGE_UNITS = _SHORT_AGE_UNITS | frozenset("w wk wks week weeks mo mos month months y yr yrs year years".split())
# A headline that ends in one of these takes the date as its own: "Vote set for Nov. 5, 2024".
_BEFORE_DATE_WORDS = frozenset(
    "on for by since until till from to before after of in at through between and or than as during dated "
    "is was be will ending starting beginning circa around about".split()
)
_DATED_HEADLINE_CHARACTERS = 200

# The nouns that end a newspaper's or a broadcaster's name ("BBC News", "The Washington Post", "Daily Mail"): general
# English words of mastheads, not a list of outlets.  With the line's shape (is_masthead) they tell an outlet's name
# above a headline from a short headline.
_MASTHEAD_WORDS = frozenset(
    """
    news times post herald tribune journal guardian telegraph gazette register chronicle observer independent express
    mail mirror star sun record courier inquirer examiner enquirer globe standard dispatch bulletin sentinel democrat
    press monitor reporter review today online daily weekly leader advertiser argus echo citizen ledger messenger
    telegram magazine radio tv television network wire insider
    """.split()
)
_MASTHEAD_SMALL_WORDS = frozenset("of the and & de la el al".split())
_MASTHEAD_CHARACTERS = 40
_DOMAIN = r"(?i)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|news|co\.uk|com\.au|co|in|uk|ca|au|ie|nz)"

_REPEAT_WORDS = 6
"""Fewest words of a story line whose repeat just after it is a copy's, not the writer's (see set_aside_repeats)."""

_OPENING_QUOTES = "\"'\u201c\u2018("
_TERMINAL_MARKS = tuple(".!?:;\"'\u201d\u2019)]\u2026")

def is_furniture(line: str) -> bool:
    """Whether a line is navigation or a media label rather than story text."""
    if len(line) > 80:
        return False
    bare = ENUMERATION.sub("", line)
    plain = bare.lower()
    if _SKIP_LINK.match(plain):
        return True
    if "{{" in bare and re.fullmatch(_TEMPLATE_TAGS, bare.strip()):
        return True
    if "follow" in plain and re.fullmatch(_FOLLOW_PROMOTION, plain.strip()):
        return True
    if (len(bare) <= _RECOMMENDATION_CHARACTERS and ("you" in plain or "recommended" in plain)
            and is_recommendation_heading(bare)):
        return True
    tokens = re.findall(r"[\w']+", _GLUED_WORDS.sub(" ", bare).lower())
    if len(tokens) > 1 and tokens[-1] in _CONTROL_KINDS:
        tokens = tokens[:-1]
    return (bool(tokens) and all(token in _FURNITURE_WORDS or token.isdigit() or token in _FURNITURE_FILLERS
                                 for token in tokens)
            and not all(token in _FURNITURE_FILLERS for token in tokens))


def is_recommendation_heading(line: str) -> bool:
    """Whether a line heads the page's picks for the reader: "You Might Like", "Recommended for you".

    >>> [is_recommendation_heading(line) for line in ("You Might Like", "You may also like:", "What you need to know")]
    [True, True, False]
    """
    return re.fullmatch(_RECOMMENDATION, line.strip().rstrip(":").rstrip()) is not None


def trailing_link_label(line: str) -> int | None:
    """Return where a link's label after a paragraph's last sentence starts, or None: "... at dawn. Read full story".

    The label is unpunctuated furniture words that open with a link's verb (_LINK_VERBS); "Read the full report
    here." is a sentence.

    >>> [trailing_link_label(line) for line in ("It rained. Read full story", "It rained. Read more about it.")]
    [11, None]
    """
    if not line or line.endswith(_TERMINAL_MARKS) or not any(word in line[-_LINK_LABEL_CHARACTERS:].lower()
                                                              for word in _LINK_VERBS):
        return None  # the cheap test: most paragraphs end with a full stop
    ends = list(re.compile(SENTENCE_BREAK).finditer(line, max(0, len(line) - _LINK_LABEL_CHARACTERS - 4)))
    if not ends:
        return None
    label = line[ends[-1].end():]
    first = re.search(r"[\w']+", label)
    if first is None or first.group().lower() not in _LINK_VERBS or not is_furniture(label):
        return None
    return ends[-1].end()

def trailing_date(line: str) -> int | None:
    """Return where a date or an age glued to the end of a headline starts, or None (see _TRAILING_DATE).

    The headline before it has two words or more and does not end in a word that takes the date ("... set for").

    >>> [trailing_date(line) for line in ("Storm hits coast Nov. 3, 2023", "Floods close roads2 hours ago",
    ...                                   "Vote set for Nov. 5, 2024", "Remembering the flood 50 years ago")]
    [17, 18, None, None]
    """
    if len(line) > _DATED_HEADLINE_CHARACTERS or not any(character.isdecimal() for character in line[-40:]):
        return None  # the cheap test
    found = re.search(_TRAILING_DATE, line)
    while found is not None:
        start = found.start()
        glued = start > 0 and not line[start - 1].isspace()
        # Glued to the headline, the date starts a word: "roads2 hours ago", "coastNov. 3, 2023".
        if not glued or line[start - 1].islower() and (line[start].isdecimal() or line[start].isupper()):
            break
        found = re.compile(_TRAILING_DATE).search(line, start + 1)  # re's cache: compiled once
    if found is None:
        return None
    unit = (found.group("unit") or "").lower()
    set_apart = glued or found.group("separator") or found.group("open")
    if unit and unit not in (_AGE_UNITS if set_apart else _SHORT_AGE_UNITS):
        return None
    head = line[:found.start()].rstrip()
    words = head.split()
    if len(words) < 2 or head[-1] in ",;:([/&+":  # after a comma or a colon the date belongs to the line
        return None
    return None if words[-1].lower() in _BEFORE_DATE_WORDS else found.start()

def is_masthead(line: str) -> bool:
    """Whether a line has the shape of an outlet's name: a few capitalised words ending in a masthead's noun, one
    word in capitals, or a web address.

    Only the shape: whether it stands above the headline is the loader's to tell.

    >>> [is_masthead(line) for line in ("BBC News", "The Springfield Gazette-Register", "KBTX", "example.com",
    ...                                 "Police Record Rise", "Storm hits coast", "Times Are Changing")]
    [True, True, True, True, False, False, False]
    """
    if len(line) > _MASTHEAD_CHARACTERS or line.endswith(_TERMINAL_MARKS) or "," in line:
        return False
    words = line.split()
    if len(words) == 1 and (re.fullmatch(_DOMAIN, line) or re.fullmatch(r"[A-Z]{2,6}\d{0,2}", line)):
        return True
    if not all(word[:1].isupper() or word.lower() in _MASTHEAD_SMALL_WORDS for word in words):
        return False
    return len(words) <= 5 and words[-1].rsplit("-", 1)[-1].lower() in _MASTHEAD_WORDS

def masthead_name(line: str) -> str:
    """Return the outlet's name a masthead line gives, without a link's verb before it ("Watch CBS News").

    >>> masthead_name("Watch CBS News"), masthead_name("The Springfield Gazette")
    ('CBS News', 'The Springfield Gazette')
    """
    first, _, rest = line.strip().partition(" ")
    return rest.strip() if first.lower() in _LINK_VERBS and rest.strip() else line.strip()

def names_only_agencies_line(line: str) -> bool:
    """Whether a short line names wire agencies and nothing else: "Reuters", "(AFP)", "- AP", "dpa/AFP", "Agencies".

    >>> [names_only_agencies_line(line) for line in ("Reuters", "— AFP, Reuters", "With agencies", "Reuters reported it")]
    [True, True, True, False]
    """
    if len(line) > AGENCY_LINE_CHARACTERS or not line.strip():
        return False
    from .names import names_only_agencies

    return names_only_agencies(line)

def has_run_in_word(line: str) -> bool:
    return any(word in line for word in _RUN_IN_WORDS)

def split_run_in_labels(text: str, lines: list[Line]) -> list[Line]:
    """Split an advertisement's or a link's label that a copy ran into a paragraph off as boilerplate.

    The label stands where an advertisement sat between two paragraphs, so it is split off only between sentences:
    after a line's start or a sentence's end, and before a line's end or a capitalised word.  In "Advertisement
    Standards Authority said", where a capitalised word follows too, it may be a name's first word and stays.

    >>> text = "The storm hit. ADVERTISEMENT Power failed."
    >>> [(text[line.start:line.end], line.role.value) for line in split_run_in_labels(text, [Line(0, 43, Role.BODY)])]
    [('The storm hit.', 'body'), ('ADVERTISEMENT', 'boilerplate'), ('Power failed.', 'body')]
    """
    pieces: list[Line] = []
    for line in lines:
        link = trailing_link_label(text[line.start:line.end]) if line.role in (Role.BODY, Role.CAPTION) else None
        if link is not None:
            # "... at dawn. Read full story": the link to the rest of the story is furniture too.
            label = Line(line.start + link, line.end, Role.BOILERPLATE)
            line = Line(line.start, rstrip_at(text, line.start, line.start + link), line.role)
        if line.role not in (Role.BODY, Role.CAPTION) or not has_run_in_word(text[line.start:line.end]):
            pieces.append(line)
        else:
            pieces.extend(_split_run_in_labels(text, line))
        if link is not None:
            pieces.append(label)
    return pieces

def _split_run_in_labels(text: str, line: Line) -> list[Line]:
    pieces: list[Line] = []
    start = line.start
    for label in re.compile(_RUN_IN_LABEL).finditer(text, line.start, line.end):
        if not _between_sentences(text, start, line.end, label):
            continue
        if start < label.start():
            pieces.append(Line(start, rstrip_at(text, start, label.start()), line.role))
        pieces.append(Line(label.start(), label.end(), Role.BOILERPLATE))
        start = lstrip_at(text, label.end(), line.end)
    if start < line.end:
        pieces.append(Line(start, line.end, line.role))
    return pieces

def _between_sentences(text: str, start: int, end: int, label: re.Match[str]) -> bool:
    """Whether a run-in label in a line's piece stands between sentences (see split_run_in_labels)."""
    before = text[start:label.start()].rstrip()
    if before and not re.search(r"[.!?\u2026][\"'\u201d\u2019)\]]*$", before):
        return False
    after = text[label.end():end].split(None, 2)
    if not after:
        return True
    if not after[0].lstrip(_OPENING_QUOTES)[:1].isupper() and not after[0][:1].isdecimal():
        return False
    # Shouted, the label is no word of the story; in title case it may open a name ("Advertisement Standards ...").
    return label.group().isupper() or len(after) < 2 or not after[1][:1].isupper()

def set_aside_repeats(text: str, lines: list[Line]) -> list[Line]:
    """Set aside a line that repeats the story line before it, as a caption under its image's alt text does.

    The first of the two stays; when the repeat is a caption, so is the first, unless it is the headline.  A short sentence may be said twice
    on purpose ("Yes." "Yes."): unless a caption or a heading, it must have _REPEAT_WORDS words to count as a
    copy's repeat.
    """
    marked = list(lines)
    previous: int | None = None
    for index, line in enumerate(marked):
        if not line.role.is_content:
            continue
        if (previous is not None and _same_line(text, marked[previous], line)
                and (Role.CAPTION in (line.role, marked[previous].role) or line.role is Role.SUBHEADING
                     or len(text[line.start:line.end].split()) >= _REPEAT_WORDS)):
            if line.role is Role.CAPTION and marked[previous].role is not Role.HEADLINE:
                # A headline repeated as its picture's alt text stays the headline.
                marked[previous] = Line(marked[previous].start, marked[previous].end, Role.CAPTION)
            marked[index] = Line(line.start, line.end, Role.BOILERPLATE)
            continue  # a third copy repeats the first too
        previous = index
    return marked

def _same_line(text: str, first: Line, second: Line) -> bool:
    """Whether two lines say the same, ignoring emphasis, white space and a closing full stop (alt text has none)."""
    if abs((first.end - first.start) - (second.end - second.start)) > 8:
        return False  # the cheap test: most lines differ in length
    words = [strip_markdown(text[line.start:line.end]).rstrip(".").split() for line in (first, second)]
    return words[0] == words[1]
