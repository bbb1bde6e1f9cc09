"""Page layouts read from several lines at once: a press office's listing of releases and a dated caption on top.

- A press office's news-release page (a FlashAlert-style listing) prints its releases one under another, each
  under a headline stamped with the listing's date ('Brawl erupts at county fairgrounds - 07/14/16'). The page is
  the first release (labels/README.md, batch 6): from the second stamped headline on, every line is another
  release (``related``).
- A picture's caption in sentence form that states its full date ('Jane Roe listens to the judge during her
  hearing in Portvale on August 9, 2016.', 'Officers search a lot where a crash left three people hurt
  Sunday evening, Oct. 2, 2016.') stands above the lead: a news lead gives the day, not the year.
- The one sentence kept above a lead that opens with a dateline, with no report's verb, naming a person in its first
  words or only a few words long ('Shooting witness Jane Roe recounts the night.', 'Police lights.'), is a picture's
  caption (round 18: on the 2,781 dev pages it takes 4 lines, all captions; PolNeAR dev and train unchanged).
- A picture's caption that names the person the lead below leaves unnamed, and otherwise repeats the lead ('Jane
  Roe, 20, has been arrested in the X shooting.' over 'A 20-year-old woman has been arrested in the X shooting.').
- The one sentence kept above a dateline lead, in the present or the past, naming a person the lead leaves unnamed
  and telling the day ('Officer Jane Roe was hurt in a shooting on Friday.'): round 25 (issue #16, helper B11), on the
  2,781 dev pages 1 line, a caption; PolNeAR dev and train unchanged.
- A related-articles box whose header was run into the end of the lead ('… in East Oakland. Related Articles
  Town: Man held in …'): the headlines under it, down to the next paragraph, are the box's.

Calibrated on the dev part of the labelled gunviolence pages (batches 1 to 13) and on the 2,781 dev pages, each
cleaned alone (README, Evaluation: rounds 15 and 18), never on the test part.
"""

from __future__ import annotations

import re

from newsprism.clean.edge_patterns import DATELINE
from newsprism.clean.lines import (
    SMALL_WORDS,
    Line,
    ends_sentence,
    lower_words,
    sentence_count,
    title_case_ratio,
    whole_paragraph,
    words,
)
from newsprism.clean.widget_credits import PICTURE_SCENE, PICTURE_SCENE_WORDS
from newsprism.lexicon import GLUE_WORDS, MONTH_PREFIX, WEEKDAY_ALTERNATION
from newsprism.model import ClutterKind, RemovedLine

Kinds = list[ClutterKind | None]

RELEASE_HEADLINE = re.compile(r"^(?:[\w.-]+\.(?:jpe?g|png|gif)\s+)?\S.{2,200}\S\s+-\s+\d{1,2}/\d{1,2}/\d{2}$", re.I)
"""A release's headline in a listing, closed by the listing's date stamp ' - 05/02/16' (a picture's file name may
come first: 'Suspect.jpg Theft Suspects (Photo) - 12/31/16'). The dev pages: 3 listings with 3 to 10 such headlines;
no other page has one."""
RELEASES_MIN = 2
"""A page with this many stamped headlines is a listing (one alone is the page's own release)."""

DATED_CAPTION = re.compile(
    rf"(?:\bon\s+)?(?:(?:{WEEKDAY_ALTERNATION}),?\s+)?{MONTH_PREFIX}\s+\d{{1,2}},\s+(?:19|20)\d\d\.?$",
    re.I)
"""A line closed by a full date with its year ('… on June 13, 2016.', '… Saturday morning, Nov. 5, 2016.')."""
DATED_CAPTION_WORDS = 40
"""A one-sentence caption runs to 40 words (the dev pages' longest dated one: 24)."""
ATTRIBUTION = re.compile(r"\b(?:said|says|told|according to)\b", re.I)
"""A lead's attribution: the article's, never a caption."""
DATELINE_HEAD = re.compile(r"^[^a-z]{2,60}?[—–-]\s")
"""A lead's dateline ('MINNEAPOLIS (WCCO) — … on Sept. 12, 2015.')."""


def mark_release_listing(lines: list[Line], kinds: Kinds) -> None:
    """From a listing's second stamped headline (:data:`RELEASE_HEADLINE`) on, every line is another release."""
    stamped = [i for i, line in enumerate(lines) if RELEASE_HEADLINE.match(line.text.strip())]
    if len(stamped) < RELEASES_MIN:
        return
    for i in range(stamped[1], len(lines)):
        if kinds[i] is None:
            kinds[i] = "related"


def mark_dated_caption(lines: list[Line], kinds: Kinds) -> None:
    """Captions: on top of the article a dated one (:func:`mark_full_date_caption`), anywhere one in the wire's style
    (:func:`mark_picture_scenes`), on top a scene's (:func:`mark_scene_caption`), then one naming whom the lead leaves
    unnamed (:func:`mark_named_caption`)."""
    mark_full_date_caption(lines, kinds)
    mark_picture_scenes(lines, kinds)
    mark_scene_caption(lines, kinds)
    mark_unnamed_lead_caption(lines, kinds)
    mark_named_caption(lines, kinds)


def mark_picture_scenes(lines: list[Line], kinds: Kinds) -> None:
    """Captions in the wire's style anywhere on the page (:data:`newsprism.clean.widget_credits.PICTURE_SCENE`), when
    the page keeps a whole paragraph besides them: a page that is only such a line keeps it."""
    scenes = [i for i, line in enumerate(lines) if kinds[i] is None
              and len(words(line.text)) <= PICTURE_SCENE_WORDS and PICTURE_SCENE.search(line.text.strip())]
    if any(kinds[i] is None and i not in scenes and whole_paragraph(line.text) for i, line in enumerate(lines)):
        for i in scenes:
            kinds[i] = "caption"


def mark_full_date_caption(lines: list[Line], kinds: Kinds) -> None:
    """The first whole paragraph the rules keep is a caption when it is one sentence closed by a full date
    (:data:`DATED_CAPTION`) without a lead's attribution or dateline, and another whole paragraph follows; its
    second printing goes with it."""
    whole = [i for i, line in enumerate(lines) if kinds[i] is None and whole_paragraph(line.text)]
    if len(whole) < 2:
        return
    text = lines[whole[0]].text.strip()
    if (len(words(text)) <= DATED_CAPTION_WORDS and sentence_count(text) == 1 and DATED_CAPTION.search(text)
            and not ATTRIBUTION.search(text) and not DATELINE_HEAD.match(text)):
        for i in whole:  # a caption shown twice goes twice
            if lines[i].text.strip() == text:
                kinds[i] = "caption"


SCENE_CAPTION_WORDS = 30
"""A one-sentence caption of a scene runs to 30 words (the dev pages' ones above a dateline lead: 2 to 17)."""
FINITE_REPORT_VERB = re.compile(
    r"\b(?:is|are|am|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do|say|"
    r"said|says|tell|tells|told|according|\w{3,}ed)\b", re.I)
"""A report's finite verbs: an auxiliary, a verb of saying or a past tense in '-ed'. A caption names a scene in the
present ('Jane Roe recounts the attack in downtown X.', 'X, 16, dies after a shooting near Y.') or with no verb
at all ('Police lights.'); a lead or a deck reports ('is investigating', 'were arrested', 'has been identified')."""
LABEL_WORDS = 4
"""A picture's label runs to 4 words ('Police lights.': 2 on the dev pages)."""
NAME_RUN = re.compile(r"\b[A-Z][a-z'’-]+ [A-Z][a-z'’-]+\b")
FULL_NAME = re.compile(r"\b[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)+\b")
"""A whole run of capitalised words ('Officer Jane Roe'): its last word is the surname a lead would repeat."""
QUOTATION = re.compile(r"[\"“”]")
"""A quotation mark: a caption shows, it quotes no one."""
CAPTION_DAY = re.compile(rf"\b(?:{WEEKDAY_ALTERNATION}|{MONTH_PREFIX}\s+\d{{1,2}}\b)", re.I)
"""The day a caption tells ('… on Friday.', '… on Oct. 2'); a deck or an abstract tells the story without one ('X, a
mine owner, devised a plan to …': PolNeAR dev, an abstract over its dateline lead; 'X is recovering … after he was
shot …': an unlabelled dev page, unsure)."""
PERFECT = re.compile(r"\b(?:has|have|had)\b", re.I)
"""The perfect is a report's tense ('X, 44, has been identified as the shooter …': a body line of batch 9 of the dev
labels over a lead that leaves him unnamed); a caption tells what the picture shows in the present or the past
('… is recovering …', '… was hurt … on Friday.')."""
NAME_WITHIN = 6
"""A caption names its person in its first 6 words ('16-year-old Jane Roe, a …', 'Shooting victim Jane Roe …')."""
UPDATE_HEAD = re.compile(r"^\W*(?:update|updated|breaking|editor'?’?s note|note|correction|developing)\b", re.I)
"""A live story's marker opening a line: its update above the original story's dateline is the article's."""


def mark_scene_caption(lines: list[Line], kinds: Kinds) -> None:
    """The one sentence the rules keep above a lead that opens with a dateline (:func:`_above_dateline_lead`) is a
    picture's caption when it has no report's verb (:data:`FINITE_REPORT_VERB`): a page's own text starts at its
    dateline, and a deck above it reports. An update's text above its dateline ('UPDATE: …', 'Update (May 11) -- …')
    has a report's verb or a marker the rules keep."""
    found = _above_dateline_lead(lines, kinds)
    if found is None:
        return
    index, _ = found
    text = lines[index].text.strip()
    if not FINITE_REPORT_VERB.search(text) and captioned_subject(text):
        kinds[index] = "caption"


def mark_unnamed_lead_caption(lines: list[Line], kinds: Kinds) -> None:
    """The one sentence the rules keep above a dateline lead (:func:`_above_dateline_lead`) is a picture's caption,
    in the present or the past, when it shows a person the lead leaves unnamed (:func:`_unnamed_caption`): 'Officer
    Jane Roe was hurt in a shooting on Friday.' over 'CITY (KXYZ) – An officer is in stable condition …'
    (labels/README.md, batch 18: a name-and-age caption over a lead that leaves the person unnamed)."""
    found = _above_dateline_lead(lines, kinds)
    if found is not None and _unnamed_caption(lines[found[0]].text.strip(), lines[found[1]].text):
        kinds[found[0]] = "caption"


def _unnamed_caption(text: str, lead: str) -> bool:
    """A person named in the first words (:func:`captioned_subject`) whose last name (:data:`FULL_NAME`) the lead has
    not, a day told (:data:`CAPTION_DAY`), no quotation, no attribution (:data:`ATTRIBUTION`), no perfect
    (:data:`PERFECT`): a deck reports with its source or repeats the lead's name; an abstract tells no day."""
    name = FULL_NAME.search(" ".join(words(text)[:NAME_WITHIN]))
    return (name is not None and captioned_subject(text) and bool(CAPTION_DAY.search(text))
            and not (QUOTATION.search(text) or ATTRIBUTION.search(text) or PERFECT.search(text))
            and name.group().split()[-1].lower() not in lower_words(lead))


def _above_dateline_lead(lines: list[Line], kinds: Kinds) -> tuple[int, int] | None:
    """The one kept line ending a sentence above the first kept paragraph that opens with a dateline, and that lead:
    when it is one sentence of up to :data:`SCENE_CAPTION_WORDS` words and no live story's marker. Lines that end no
    sentence above the lead (a byline, a label) are left to the other rules."""
    lead = next((i for i, line in enumerate(lines) if kinds[i] is None and whole_paragraph(line.text)
                 and DATELINE.match(line.text.strip())), None)
    if lead is None:
        return None
    above = [i for i in range(lead) if kinds[i] is None and ends_sentence(lines[i].text)]
    if len(above) != 1:
        return None
    text = lines[above[0]].text.strip()
    if len(words(text)) > SCENE_CAPTION_WORDS or sentence_count(text) != 1 or update_head(text):
        return None
    return above[0], lead


def captioned_subject(text: str) -> bool:
    """What a caption shows: a label of a few words ('Police lights.') or a person named in its first words, the line
    not opening with a function word ('Shooting victim Jane Roe recounts …'). A deck's present tense opens with a clause
    ('After the vote, bloc aims to …': PolNeAR dev) or names no one ('Council weighs the budget.')."""
    tokens = words(text)
    if len(tokens) <= LABEL_WORDS:
        return True
    return tokens[0].lower() not in GLUE_WORDS and bool(NAME_RUN.search(" ".join(tokens[:NAME_WITHIN])))


def update_head(text: str) -> bool:
    """A live story's marker opening the line ('UPDATE …', 'BREAKING …', 'Editor's note …')."""
    return bool(UPDATE_HEAD.match(text))



INTERLEAVED_MIN = 2
"""A page that already had this many headline-shaped lines between its paragraphs taken out (by the rules or the
line classifier) interleaves other stories' headlines with its article (a station page's 'more news' links): the
ones left between the paragraphs are theirs too. On the 2,781 dev pages it takes 6 lines on 4 pages, all other
stories' headlines (without :data:`HEADLINE_CASE` it took 80, among them a crime blog's entry titles)."""
HEADLINE_WORDS = (4, 16)
"""A linked headline's length: the interleaved ones on the dev pages have 4 to 12 words; sub-headings of the
article under 4 ('Victims identified') are left alone."""
HEADLINE_CASE = 0.6
"""Share of capitalised content words from which a line is set like a headline ('Father, Daughter Killed in Tent
Collapse'); a sentence-case line between paragraphs may be the article's own sub-heading or an entry's title."""
TEASER_KINDS = frozenset({"boilerplate", "media", "related", "promo"})


SENTENCE_HEADLINE_WORDS = (5, 16)
"""A headline set in sentence case ('Man, 24, fatally shot on street corner'): the interleaved ones on the dev pages
have 6 to 14 words; an article's sentence-case sub-headings mostly fewer ('A scene witnesses won't soon forget')."""


def mark_interleaved(lines: list[Line], kinds: Kinds) -> None:
    """Headline-shaped lines kept between two paragraphs of the body go as ``related`` on a page where at least
    :data:`INTERLEAVED_MIN` lines of that shape between paragraphs were already taken out as teasers, media titles
    or related links: set like headlines (:func:`_headline_shape`), or in sentence case
    (:func:`_sentence_headline`), each shape read apart (a page's own sentence-case sub-headings are no evidence
    against title-case links, nor the reverse)."""
    whole = [i for i, line in enumerate(lines) if kinds[i] is None and whole_paragraph(line.text)]
    if len(whole) < 2:
        return
    for shape in (_headline_shape, _sentence_headline):
        inside = [i for i in range(whole[0] + 1, whole[-1]) if shape(lines[i].text)]
        if sum(kinds[i] in TEASER_KINDS for i in inside) < INTERLEAVED_MIN:
            continue
        for i in inside:
            if kinds[i] is None:
                kinds[i] = "related"


def _headline_shape(text: str) -> bool:
    text = text.strip()
    low, high = HEADLINE_WORDS
    return (low <= len(words(text)) <= high and not ends_sentence(text) and not text.endswith(":")
            and not text.isupper() and title_case_ratio(text) >= HEADLINE_CASE and not FACT_ROW.search(text))


def _sentence_headline(text: str) -> bool:
    """A headline in sentence case: no closing stop or colon, a capital first letter, fewer capitalised content
    words than :data:`HEADLINE_CASE`, no fact row's marks."""
    text = text.strip()
    low, high = SENTENCE_HEADLINE_WORDS
    return (low <= len(words(text)) <= high and text[:1].isupper() and not ends_sentence(text)
            and not text.endswith((":", ",", ";")) and not text.isupper() and title_case_ratio(text) < HEADLINE_CASE
            and not FACT_ROW.search(text))


FACT_ROW = re.compile(r"\s[–—-]\s|^\W|\d{1,2}:\d\d|:\s*\S*\d|^(?:update|original|previous|earlier|developing)\b", re.I)
"""A fact box's row ('Age – 17'), a list item, a clock stamp or an update marker: the article's own."""



NAMED_CAPTION_SHARE = 0.75
"""Share of a caption's words (its name's left out) that the lead under it repeats. On the 2,781 dev pages, 236 first
lines name a person over a lead without the name: the two captions among them share 0.90 (batch 18 of the dev
labels) and 0.83, the next line 0.62 (a lead over its second paragraph share 0.5 and less)."""


def mark_named_caption(lines: list[Line], kinds: Kinds) -> None:
    """The first line the rules keep is a picture's caption when it is one sentence that names a person in its first
    words (:func:`captioned_subject`), the next whole paragraph (the lead) has no word of that name (in any case: 'De
    Blasio says …' over '… Mayor Bill de Blasio …' in PolNeAR dev is a deck), and the lead
    repeats :data:`NAMED_CAPTION_SHARE` of the caption's other words: the caption names who the picture shows, the
    lead reports the same event without the name. A deck or a teaser printed above its lead repeats the name too."""
    kept = [i for i, line in enumerate(lines) if kinds[i] is None]
    if len(kept) < 2 or not whole_paragraph(lines[kept[0]].text):
        return
    text = lines[kept[0]].text.strip()
    lead = next((lines[i].text for i in kept[1:] if whole_paragraph(lines[i].text)), None)
    name = NAME_RUN.search(" ".join(words(text)[:NAME_WITHIN]))
    if (lead is None or name is None or len(words(text)) > SCENE_CAPTION_WORDS or sentence_count(text) != 1
            or words(text)[0].lower() in GLUE_WORDS):
        return
    named, said = set(lower_words(name.group())), set(lower_words(lead))
    rest = [word for word in lower_words(text) if word not in named and word not in SMALL_WORDS]
    if rest and not named & said and sum(word in said for word in rest) >= NAMED_CAPTION_SHARE * len(rest):
        kinds[kept[0]] = "caption"


GLUED_RELATED = re.compile(r"[.!?”\"]\s+(?:Related Articles|RELATED ARTICLES)\s+\S")
"""A related-articles box's header run into the end of the paragraph above it (the dev pages: one site, 3 pages)."""
GLUED_HEADLINE_WORDS = 20
"""Longest headline under such a box (batch 18 of the dev labels: 7 to 13 words), as under a 'Related' marker
(:data:`newsprism.clean.context.RELATED_HEADLINE_WORDS`); the article's paragraph under the box is longer or ends a
sentence."""


def cut_glued_related(lines: list[Line], kinds: Kinds) -> list[RemovedLine]:
    """Under a line whose end carries a related box's header (:data:`GLUED_RELATED`), the headlines that follow,
    down to the first line that ends a sentence or runs longer than a headline, are the box's (``related``); the
    header and the first headline run into the line are cut off it and returned as removed."""
    cut: list[RemovedLine] = []
    for index, line in enumerate(lines):
        match = GLUED_RELATED.search(line.text) if kinds[index] is None else None
        if match is None:
            continue
        cut.append(RemovedLine(text=line.text[match.start() + 1:].strip(), reason="related", line=line.number))
        lines[index] = Line(line.text[:match.start() + 1], line.number, line.alone)
        for below in range(index + 1, len(lines)):
            text = lines[below].text
            if kinds[below] is not None or ends_sentence(text) or len(words(text)) > GLUED_HEADLINE_WORDS:
                break
            kinds[below] = "related"
    return cut
