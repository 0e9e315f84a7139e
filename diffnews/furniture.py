"""Page furniture inside the lines of an article: photo credits, run-in labels, repeated lines.

A copied page carries a photo's credit at the end of its caption ("... on Friday. Rick Bowmer/AP"), advertisement
and link labels run into paragraphs ("ADVERTISEMENT", "READ MORE") and captions repeated under their alt text.
:func:`diffnews.load.load_text` gives each its own line, set aside as boilerplate, so no story text is lost.
"""

from __future__ import annotations

import re

from .markup import lstrip_at, rstrip_at, strip_markdown
from .model import Line, Role

__all__ = ["AGENCY_LINE_CHARACTERS", "ENUMERATION", "TRAILING_RUN_IN_LABEL", "has_run_in_word", "is_furniture",
           "is_masthead", "is_photo_credit", "mark_alt_text", "masthead_name", "names_only_agencies_line",
           "set_aside_repeats", "split_image_credit", "split_run_in_labels", "trailing_date", "trailing_link_label"]


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
# Words of furniture glued together when a page's elements lose the space between them: "byDropdown".
_GLUED_WORDS = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
# A list item's marker: "1.", "2)", "-", "*", a bullet or a dash.
ENUMERATION = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*\u2022\u2013\u2014])\s+")
_SKIP_LINK = re.compile(r"^(?:skip|jump)\s+to\b")
# The verbs a link to the rest of a story opens with: "Read full story", "View full article", "Continue reading".
_LINK_VERBS = frozenset("read view continue watch listen".split())
_LINK_LABEL_CHARACTERS = 40
"""A link's label is a few words ("\U0001F453 View full article", "Read more")."""

AGENCY_LINE_CHARACTERS = 60
"""A credit line of agency names alone is short ("Reuters", "AFP, AP and dpa")."""

# An image credit glued to or standing after a caption: "...WednesdayImage: AFP/Getty Images".
# The agency-name branch is tried only at a word's first or second character (where it would match later in the
# word, it matches at the second character too, which comes first; the search starts at a line's first character,
# never inside a word), and it looks for the name before reading to the line's end.  Tried at every character, it
# read the rest of the word at each: one 50,000-character word took over a minute.
_IMAGE_CREDIT = re.compile(
    r"(?:(?<=\S)|^)((?:image|photo|picture|foto|credit|source|bild)s?\s*:\s*\S.*"
    r"|\(?(?:photo|image)\s+by\s+.*"
    r"|(?:^|(?<!\S\S))(?:(?=\S*?(?:shutterstock|epa-efe))\S*"
    r"|(?=\S*?(?:getty images|ap photo|afp photo|reuters photo))\S* \S*))$",
    re.IGNORECASE | re.MULTILINE,
)

# A photo credit set apart in brackets: "(AP Photo/Jane Doe)", "(AP Photo/Jane Doe, File)", "(Photo by Jane Doe)".
_BRACKETED_PHOTO_CREDIT = re.compile(
    r"\((?:[A-Z][\w.-]*\s+){0,2}(?i:photo|image|picture|foto)s?\b(?:\s*[/:]|\s+by\b)[^()]{1,80}\)"
)

# The patterns given as strings below are compiled on first use (re's cache): they read only a line with a slash, a
# run-in label's word, a sentence end before a link, or a one-word masthead, and compiling them all at import cost
# ~1.5 ms of every run.

# One side of a slashed photo credit that names the picture's source: "REUTERS", "Getty Images", "Handout via REUTERS".
_SOURCE_PREFIX = r"(?i)^(?:(?:courtesy(?:\s+of)?|handout|pool|file)\s+)*(?:via\s+)?"

_PICTURE_LIBRARY = r"(?:[A-Z][\w&.'-]*\s+){0,3}(?:Images|Photos?|Pictures|Photography)"

_SHOUTED_SOURCE = r"[A-Z]{3,}(?:-[A-Z]{2,})?"  # "REUTERS", "AFP", "EPA-EFE", "CNN"

# The other side names a photographer or a body: capitalised words, with short lowercase joining words
# ("Hawaii Department of Land and Natural Resources/Reuters").
_CREDIT_NAME = r"[A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|[a-z]{1,3}))*"

# Where the text before a trailing photo credit ends a sentence.
_BEFORE_CREDIT = r"[.!?\u2026][\"'\u201d\u2019)\]]*\s+"

# A photographer's given name, with any initials, before the surname that opens a slashed credit: "Rick " in
# "Rick Bowmer/AP", "Jane Q. " in "Jane Q. Roe/Getty Images".
_GIVEN_NAME = r"(?<=\s)[A-Z][a-z\u00c0-\u024f'-]+\s+(?:[A-Z]\.\s*)*$"

# A picture's source before the word for a picture, a line's whole credit: "Associated Press photo", "AP file
# photo", "Staff photo".  Compiled on first use: only a line ending in the word is matched.
_SOURCE_PHOTO = r"(?P<source>.*?)\s*(?:\b(?i:file|staff|pool|handout)\s+)?\b(?i:photo|image|picture|foto)s?"
_PICTURE_WORDS = ("photo", "photos", "image", "images", "picture", "pictures", "foto", "fotos")

_PHOTO_CREDIT_CHARACTERS = 90
"""A photo credit is short: a source and a name or two ("Antara Foto/Nurul Ramadhan/ via REUTERS")."""

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
    tokens = re.findall(r"[\w']+", _GLUED_WORDS.sub(" ", bare).lower())
    return (bool(tokens) and all(token in _FURNITURE_WORDS or token.isdigit() or token in _FURNITURE_FILLERS
                                 for token in tokens)
            and not all(token in _FURNITURE_FILLERS for token in tokens))


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
    ends = list(re.compile(_BEFORE_CREDIT).finditer(line, max(0, len(line) - _LINK_LABEL_CHARACTERS - 4)))
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

def is_photo_credit(piece: str) -> bool:
    """Whether a piece of a line is a photo credit alone: "(AP Photo/Jane Doe)", "REUTERS/Jane Doe", "Jane Doe/AP".

    One side of a slash names an agency, a picture library or a source in capitals; every other side is a name.

    >>> [is_photo_credit(piece) for piece in ("Rick Bowmer/AP", "REUTERS/Mike Blake", "Jane Roe/Getty Images",
    ...                                        "(AP Photo/Jane Doe, File)", "(Ana Maria Roe/AP)", "US/China talks", "Runway 5/23")]
    [True, True, True, True, True, False, False]
    >>> [is_photo_credit(piece) for piece in ("Associated Press photo", "AP file photo", "Staff photo", "Best photos")]
    [True, True, True, False]
    """
    piece = piece.strip()
    if len(piece) > _PHOTO_CREDIT_CHARACTERS:
        return False
    if _BRACKETED_PHOTO_CREDIT.fullmatch(piece):
        return True
    if piece.lower().endswith(_PICTURE_WORDS):
        labelled = re.fullmatch(_SOURCE_PHOTO, piece)
        source = labelled.group("source") if labelled is not None else None
        if source is not None and (_names_photo_source(source) or not source and piece[:1].isupper()):
            return True
    if piece[:1] == "(" and piece[-1:] == ")":
        piece = piece[1:-1].strip()  # "(Ana Maria Roe/AP)": a slashed credit in brackets
    parts = [part.strip() for part in piece.split("/")]
    if not 2 <= len(parts) <= 4 or not all(parts):
        return False
    sources = [_names_photo_source(part) for part in parts]
    return any(sources) and all(source or re.fullmatch(_CREDIT_NAME, part) for part, source in zip(parts, sources))

def _names_photo_source(part: str) -> bool:
    """Whether one side of a slashed photo credit names where the picture came from."""
    bare = re.sub(_SOURCE_PREFIX, "", part)
    return bool(bare) and bool(re.fullmatch(_SHOUTED_SOURCE, bare) or re.fullmatch(_PICTURE_LIBRARY, bare)
                               or names_only_agencies_line(bare) and bare[:1].isupper())

def _trailing_photo_credit(text: str, start: int, end: int) -> int | None:
    """Return where a photo credit that closes a caption line starts, or None.

    After a sentence's end any credit shape counts ("... on Friday. Rick Bowmer/AP"); without one, a credit that
    opens with its source ("... October 26 REUTERS/Mike Blake"), or a photographer's given name and surname before
    the slash ("... at the pier Rick Bowmer/AP").  A name before a slash has no clear start: it is taken to be
    the two capitalised words a photographer signs with, with any initials between them.
    """
    line = text[start:end]
    if "/" not in line[-_PHOTO_CREDIT_CHARACTERS:] and ")" not in line[-1:]:
        return None  # the cheap test: every credit shape has a slash or is bracketed
    for found in re.compile(_BEFORE_CREDIT).finditer(line, max(0, len(line) - _PHOTO_CREDIT_CHARACTERS - 8)):
        if line[found.start() - 1:found.start()].isupper() and line[found.start() - 2:found.start() - 1].isspace():
            continue  # an initial ("Jane Q. Roe/AP"), not a sentence's end
        if found.end() < len(line) and is_photo_credit(line[found.end():]):
            return start + found.end()
    for found in re.finditer(r"(?<=\s)\S+/", line[-_PHOTO_CREDIT_CHARACTERS:]):
        offset = len(line) - len(line[-_PHOTO_CREDIT_CHARACTERS:]) + found.start()
        if line[:offset].rstrip().endswith(":"):
            continue  # "...WednesdayImage: AFP/Getty Images": the label is the credit's start (_IMAGE_CREDIT)
        if _names_photo_source(found.group()[:-1]) and found.group()[:-1].isupper() and is_photo_credit(line[offset:]):
            return start + offset
        given = re.compile(_GIVEN_NAME).search(line, max(0, offset - _PHOTO_CREDIT_CHARACTERS), offset)
        if given and given.start() > 0 and is_photo_credit(line[given.start():]):
            parts = line[given.start():].split("/")
            if not _names_photo_source(parts[0]) and _names_photo_source(parts[-1]):
                return start + given.start()
    return None

def split_image_credit(text: str, start: int, end: int, role: Role) -> list[Line]:
    """Split an image credit off a caption line; the caption is the rest of the line."""
    if role in (Role.BOILERPLATE, Role.CREDIT):
        return [Line(start, end, role)]
    credit_start = _trailing_photo_credit(text, start, end)
    if credit_start is not None:
        # What a photo credit closes is a caption, even when it is long enough to read as a paragraph.
        caption_end = rstrip_at(text, start, credit_start)
        return [Line(start, caption_end, Role.CAPTION), Line(credit_start, end, Role.BOILERPLATE)]
    if role is Role.BODY:
        return [Line(start, end, role)]
    match = _IMAGE_CREDIT.search(text, start, end)
    if not match:
        return [Line(start, end, role)]
    credit_start = match.start(1)
    word_start = credit_start - 1 == start or credit_start - 1 > start and text[credit_start - 2].isspace()
    if word_start and text[credit_start - 1].isalnum():
        credit_start -= 1  # the pattern starts an agency name at a word's second character: take the whole word
    caption_end = credit_start
    while caption_end > start and text[caption_end - 1].isspace():
        caption_end -= 1
    if caption_end <= start:
        return [Line(start, end, Role.BOILERPLATE)]
    return [Line(start, caption_end, Role.CAPTION), Line(credit_start, end, Role.BOILERPLATE)]

def mark_alt_text(text: str, lines: list[Line]) -> list[Line]:
    """Mark an unpunctuated line just before a caption as part of the caption (image alt text)."""
    marked = list(lines)
    for index in range(1, len(marked)):
        previous = marked[index - 1]
        if marked[index].role is Role.CAPTION and previous.role in (Role.SUBHEADING, Role.HEADLINE) and index > 1:
            if any(line.role is Role.HEADLINE for line in marked[: index - 1]) or previous.role is Role.SUBHEADING:
                marked[index - 1] = Line(previous.start, previous.end, Role.CAPTION)
    return marked

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
