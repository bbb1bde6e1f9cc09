"""Names that are no entity of the story, decided on the whole story: products, diseases, share-button words.

- A product (:func:`drop_products`): a name some mention of which is followed by a product word or a class suffix
  ("the Lumo rocket", "Kopa-class", :func:`.products.is_product`) is a vehicle's, weapon's or device's name. The
  type set has no product, so such a name is left out, unless the story's votes make it a body (a maker's name
  before its products, "Kopa phones", is the maker's, unless half its mentions are so marked: :data:`PRODUCT_SHARE`)
  or some mention's context says what else it is (a title, a place's or body's word). So is a disease's name ("the
  Lumo-19 pandemic", :func:`.products.is_disease`), whatever its votes.
- Acronyms the story spells out in lower case (:func:`drop_common_acronyms`: "DUI") are common nouns; so are
  title-case phrases the story also writes in lower case (:func:`drop_common_phrases`: "Internet Service Providers"
  beside "internet service providers").
- Share-button words (:func:`drop_widgets`): spaCy tags runs of platform names in share rows ("Telegram Facebook",
  "Twitter") as people or bodies. A mention made only of such words (:data:`newsprism.lexicon.UI_WORDS`) is
  left out when it has two words or more, or when it stands in a run of :data:`MIN_WIDGET_RUN` such words.
  Cleaning removes most share rows; this catches those it keeps. So are the names on a reporter's contribution
  line (:data:`CONTRIBUTOR_LINE`: "— With Ana Lee", "Contributing: Ana Lee, Ben Ode", "Staff writer Ana Lee
  contributed to this report."): the article's makers, no entity of the story.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from newsprism.entities.mentions import Mention, make_mention, voted_type
from newsprism.entities.names import ABBREVIATIONS
from newsprism.lexicon import UI_WORDS
from newsprism.memo import per_text

_WORD = re.compile(r"[\w+-]+")

MIN_WIDGET_RUN = 3
"""Share-button words in a row, a one-word platform name among them, that make a share row ("Share WhatsApp
Telegram"); "on Twitter and Facebook" in prose has two with a word between. Chosen on the seeds' share rows (six to
eight such words) with room for short rows."""


_DEGREE = r"(?:MD|M\.D\.|PhD|Ph\.D\.|DO|RN|MPH|DDS)"
_DEGREE_GAP = re.compile(rf",\s*(?:{_DEGREE},\s*)*")
_DEGREES = re.compile(_DEGREE)


def drop_degrees(per_article: list[list[Mention]], texts: list[str]) -> list[list[Mention]]:
    """A degree's letters after a name spaCy tags no place and a comma ("Ana Lee, MD, PhD", a name it may tag a
    body), which spaCy tags Maryland: no entity (ECB+ dev topic 34, issue #19's twelfth round: six physicians' "MD"
    in Maryland's record). "Lumo, MD" after a town stays the state."""
    result: list[list[Mention]] = []
    for mentions, text in zip(per_article, texts, strict=True):
        kept: list[Mention] = []
        for m in mentions:
            if not (_DEGREES.fullmatch(m.text) and kept and kept[-1].label != "place" and kept[-1].end <= m.start
                    and _DEGREE_GAP.fullmatch(text, kept[-1].end, m.start)):
                kept.append(m)
        result.append(kept)
    return result


def drop_products(per_article: list[list[Mention]]) -> list[list[Mention]]:
    """Every mention of a product's name left out (see the module's docstring)."""
    by_key: dict[str, list[Mention]] = defaultdict(list)
    for mentions in per_article:
        for m in mentions:
            by_key[m.key].append(m)
    products = {key for key, group in by_key.items() if not any(m.cue for m in group) and (
        any(m.disease for m in group) or (any(m.product for m in group) and voted_type(group) != "organisation")
        or (any(m.the_product for m in group) and sum(m.product for m in group) >= PRODUCT_SHARE * len(group)))}
    makers = {key for key, group in by_key.items() if len(group[0].tokens) == 1 and voted_type(group) == "organisation"}
    products |= {key for key, group in by_key.items() if _model(group[0].tokens, makers) or _aircraft(group[0].tokens)}
    return [[m for m in mentions if m.key not in products] for mentions in per_article]


_MODEL_NUMBER = re.compile(r"[a-z]{0,3}\d{2,7}[a-z]{0,3}")
"""A model's number, its words run together ("727", "F150", "F-150", "A320", "737-800")."""


def _model(tokens: tuple[str, ...], makers: set[str]) -> bool:
    """A maker the story names as a body and a model number after it ("Lumo 727", "Kade F150"): the product (an
    aircraft, a car), no entity of the story (issue #19: "Boeing 727", "Ford F150" read as bodies)."""
    return 1 < len(tokens) <= 3 and tokens[0] in makers and _MODEL_NUMBER.fullmatch("".join(tokens[1:])) is not None


_AIRCRAFT_WORD = re.compile(r"copter|chopper")


def _aircraft(tokens: tuple[str, ...]) -> bool:
    """A broadcaster's helicopter, a number after its name ("NewsChopper 2", "Sky Copter 4"): a vehicle, no entity
    of the story (a gun-violence page of issue #19's eighth round)."""
    return 1 < len(tokens) <= 3 and tokens[-1].isdigit() and any(_AIRCRAFT_WORD.search(t) for t in tokens[:-1])


PRODUCT_SHARE = 0.5
"""Share of a name's mentions marked as a product's that make it a product's whatever spaCy's labels, when one of
them names the product itself (:func:`.products.is_the_product`): "the Lumo operating system" in half of its
mentions is the program, while a maker is named on its own far more often than before its products ("Kopa said",
"Kopa phones"). Set on NeuS train 1100 (a program tagged ORG) and the seeds'
phone makers."""


_SPELLING_GAP = r"[a-z]*(?:-|\s+(?:(?:the|of|and|for|on|in|at|to|a)\s+)*)"
"""What lies between the spelt-out words of an acronym: the rest of a word, then a hyphen or spaces and connectors."""
_SPELT = r"(?!(?:the|of|and|for|on|in|at|to|from|by|with|be|is|was|are|being|but|or|not|its|his|her)\b){}[a-z]{{2}}"
"""One spelt-out word of an acronym: three letters or more, the first the acronym's letter (the first word's may
open a sentence), no function word ("for both inside" spells no "FBI")."""


def drop_common_acronyms(per_article: list[list[Mention]], texts: list[str]) -> list[list[Mention]]:
    """Acronyms the story spells out in lower case ("DUI" beside "driving under the influence", "GBH" beside
    "grievous bodily harm") left out: the short form of a common noun, which spaCy tags as a body, no entity. Two
    letters spell too many phrases by chance ("AP": "after police"): three to five."""
    acronyms = {m.text.replace(".", "") for mentions in per_article for m in mentions
                if m.short and 3 <= len(m.text.replace(".", "")) <= 5 and m.text.replace(".", "").isupper()}
    joins = _joins(texts)
    common = {letters for letters in acronyms if letters.lower() not in ABBREVIATIONS and (
        any(_spelt(letters, text) for text in texts) or any(_spelt(letters, join) for join in joins))}
    if not common:
        return per_article
    return [[m for m in mentions if not (m.short and m.text.replace(".", "") in common)] for mentions in per_article]


@per_text  # a text's spellings are read once per story (issue #20: a story analysed again reads the new text's)
def _spelt(letters: str, text: str) -> bool:
    """``text`` spells ``letters`` out in lower case (see :func:`drop_common_acronyms`)."""
    return re.search(r"\b" + _SPELLING_GAP.join(_SPELT.format(f"[{letter}{letter.lower()}]" if not at else
                                                             letter.lower()) for at, letter in enumerate(letters))
                     + r"[a-z]*\b", text) is not None


def _joins(texts: list[str]) -> list[str]:
    """Where the story's texts meet, as the story joins them (a line break between two texts): the run of letters,
    spaces and hyphens (all a spelling is made of) around each break, with the character on either side of it (a
    spelling's word boundaries read it). A spelling the story holds is in one of its texts or in one of these."""
    story = "\n".join(texts)
    windows, at, end = [], -1, 0
    for text in texts[:-1]:
        at += len(text) + 1  # the line break after the text
        if at < end:
            continue  # inside the run of the last window (a text of letters and spaces alone)
        start = at
        while start > 0 and _spelling_character(story[start - 1]):
            start -= 1
        end = _SPELLING_RUN.match(story, at).end()  # type: ignore[union-attr]
        windows.append(story[max(start - 1, 0):end + 1])
    return windows


def _spelling_character(character: str) -> bool:
    return character == "-" or character.isspace() or ("a" <= character.lower() <= "z" and character.isascii())


_SPELLING_RUN = re.compile(r"[A-Za-z\s-]*")


_TITLE_WORD = re.compile(r"[A-Z][a-z]+")
"""A word of a title-case phrase: a capital, then lower-case letters ("Service", not "FBI", "McCain" or "St.")."""


def drop_common_phrases(per_article: list[list[Mention]], texts: list[str]) -> list[list[Mention]]:
    """Names of two words or more, each a capital and lower-case letters, that the story also writes with the words
    after the first in lower case ("Responsible Person" beside "the responsible person", "Internet Service Providers"
    beside "Internet service providers") left out: a common noun set in title case by a headline or a style, which
    spaCy tags as a name. The first word may keep its capital there only when it opens no other name of the story
    ("Kent Police Department" beside "Kent police department" is the force's name). A real name is not written in
    lower case in edited news; one word is (a surname that is also a noun: "Rock"), so one word never counts."""
    story = _Story("\n".join(texts))
    openers: dict[str, set[str]] = defaultdict(set)
    for m in (m for mentions in per_article for m in mentions if m.text.strip()):
        openers[m.text.split()[0]].add(m.text)
    names = {m.text for mentions in per_article for m in mentions}
    common = {name for name in names if _lower_elsewhere(name, story, openers)}
    if not common:
        return per_article
    return [[m for m in mentions if m.text not in common] for mentions in per_article]


class _Story:
    """A story's text with where each lower-case word stands in it, so that a phrase is looked for only around the
    places of its rarest lower-case word, not through the whole story once per name (quadratic in big stories)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.places: dict[str, list[int]] = defaultdict(list)
        for match in _LOWER_WORD.finditer(text):
            self.places[match.group()].append(match.start())

    def search(self, pattern: re.Pattern[str], words: list[str], span: int) -> bool:
        """``pattern`` (at most ``span`` characters of its words and single gaps) matches somewhere in the text
        where every one of ``words`` (lower case) stands; the same answer as searching the whole text, but for
        gaps of more than PHRASE_GAP_SLACK characters in all."""
        rarest = min((self.places.get(word, []) for word in words), key=len)
        reach = span + PHRASE_GAP_SLACK
        return any(pattern.search(self.text, max(0, at - reach), at + reach) for at in rarest)


_LOWER_WORD = re.compile(r"[a-z]+")
PHRASE_GAP_SLACK = 200
"""Characters of white space a title-case phrase's lower-case twin may have between its words beyond single
spaces (line breaks of a crawled page): generous, a twin is a phrase in running text."""


def _lower_elsewhere(name: str, story: _Story, openers: dict[str, set[str]]) -> bool:
    words = name.split()
    if len(words) < 2 or not all(_TITLE_WORD.fullmatch(word) for word in words):
        return False
    first = re.escape(words[0].lower())
    if openers.get(words[0], set()) <= {name}:
        first = f"(?:{first}|{re.escape(words[0])})"  # "Internet service providers": the first word opens no other name
    tail = [word.lower() for word in words[1:]]
    pattern = re.compile(r"(?<![\w-])" + first + r"\s+" + r"\s+".join(map(re.escape, tail)) + r"(?![\w-])")
    return story.search(pattern, tail, len(name))


CONTRIBUTOR_LINE = re.compile(
    r"[ \t]*(?:[—–-]+[ \t]*)?(?:(?:With|Contributing:?|(?:Additional[ \t]+)?[Rr]eporting[ \t]+by|Compiled[ \t]+by)"
    r"[ \t]+(?:[A-Z][\w.'’-]*|and|,|;|[ \t])+\.?"
    r"|(?:[A-Z][\w.&'’-]*[ \t]+){0,3}(?:Staff[ \t]+writers?|[Ss]taff[ \t]+writers?|[Rr]eporters?|[Ww]riters?)[ \t]+"
    r"(?:[A-Z][\w.'’-]*|and|in|,|[ \t]|researchers?|reporters?|writers?|photographers?)+contributed"
    r"(?:[ \t]+to[ \t]+(?:this|the)[ \t]+(?:report|story|article))?\."
    r"|[A-Z][^.!?\n\"“”]{0,200}?[ \t]+contributed[ \t]+(?:(?:additional[ \t]+)?reporting(?:[ \t]+to[ \t]+this[ \t]+"
    r"(?:report|story|article))?|to[ \t]+this[ \t]+(?:report|story|article))\.)[ \t]*")
"""A line crediting the reporters who helped write the article ("— With Ana Lee", "Contributing: Ana Lee and Ben
Ode", "Additional reporting by Ana Lee", "Staff writer Ana Lee contributed to this report.", "Lumo Press reporters Ana
Lee in Kade and researcher Ben Ode in Tarvo contributed to this report."), matched over the whole line: names only,
no other lower-case word than 'and', 'in' and the reporters' roles (read on gun-violence incident 653539, issue #19's
eighth round, the dev pages' 19 such lines, and incident 655275 of the tenth round's honest set, after its count); a
line of one sentence ending "contributed to this report" or "contributed reporting" whatever names it ("The Lumo
Times' Ana Lee contributed to this story.", "Staff writers Ana Lee and Ben Ode of the Lumo Gazette contributed
reporting.", issue #19's known wrong kinds, eleventh round)."""


def drop_widgets(per_article: list[list[Mention]], texts: list[str]) -> list[list[Mention]]:
    """Mentions made of share-button words and names on a contribution line left out (see the module's
    docstring)."""
    return [[m for m in mentions if not _widget(m, text) and not contributor(text, m.start)]
            for mentions, text in zip(per_article, texts, strict=True)]


def contributor(text: str, at: int) -> bool:
    """Whether the line holding ``at`` is a reporters' contribution line (:data:`CONTRIBUTOR_LINE`)."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    return CONTRIBUTOR_LINE.fullmatch(text, line_start, line_end if line_end >= 0 else len(text)) is not None


def _widget(mention: Mention, text: str) -> bool:
    if not mention.tokens or not set(mention.tokens) <= UI_WORDS:
        return False
    if len(mention.tokens) > 1:
        return True
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    before = _WORD.findall(text[line_start:mention.start].lower())
    after = _WORD.findall(text[mention.end:line_end if line_end >= 0 else len(text)].lower())
    run = _ui_run(reversed(before)) + 1 + _ui_run(after)
    return run >= MIN_WIDGET_RUN


def _ui_run(words: Iterable[str]) -> int:
    """How many share-button words open ``words``."""
    count = 0
    for word in words:
        if word not in UI_WORDS:
            break
        count += 1
    return count


_DOUBLED = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})[ \t]+\1(?![\w'’-])")
"""A name of two or three words written twice in a row ("Ana Lee Ana Lee is from Lumo ...": a reporter's note under
a page, the byline's link and its text run together; gun-violence incident 741684, issue #19's twelfth round)."""


def undouble(per_article: list[list[Mention]], texts: list[str]) -> list[list[Mention]]:
    """Mentions inside a name written twice in a row (:data:`_DOUBLED`), however spaCy cut them ("Ana" and "Lee Ana
    Lee"), made one person's mention of the second copy, so that the page's later "Ana" is that person."""
    result: list[list[Mention]] = []
    for mentions, text in zip(per_article, texts, strict=True):
        doubles = [(match.start(), match.end(), match.end() - len(match.group(1))) for match in _DOUBLED.finditer(text)]
        if not doubles:
            result.append(mentions)
            continue
        kept: list[Mention] = []
        for m in mentions:
            double = next(((second, end) for start, end, second in doubles if m.start < end and start < m.end), None)
            if double is None:
                kept.append(m)
            elif not any(k.end == double[1] for k in kept):
                kept.append(make_mention(m.article, text, double, "person", m.paragraph))
        result.append(kept)
    return result
