"""Picture credits and captions' own words, the widget family every outlet prints under a photo ('Jane Roe | The
Daily X', '(Jane Roe/for The Daily X)', 'Jane Roe, left, ...'): the patterns :mod:`newsprism.clean.widgets` lists
as ``caption`` rules. Calibrated like them: on the dev part of the labelled gunviolence pages and on PolNeAR train
and dev, never on the test part."""

from __future__ import annotations

import re

from newsprism.lexicon import MONTH_NAMES, WEEKDAY_NAMES

NAMED_PHOTO_CREDIT = re.compile(r"[.!?\"”]\s+(?:[A-Z][\w.'’-]+\s){1,3}(?:[Pp]hoto(?:graph)?s?|PHOTO)\s*/?\s*$")
"""A caption closed by its photographer's credit without brackets: '... left a nine-year-old hurt. Jane Roe photo/'."""

CREDIT_OUTLET = (r"(?:the\s+)?(?:[A-Z][\w.'’&-]*\s){0,3}?(?:Gazette|News|Times|Post|Press|Journal|Tribune|Herald|Star|"
                 r"Sun|Register|Record|Chronicle|Bee|Observer|Courier|Inquirer|Review|Mail|Daily|Reuters|AP|"
                 r"Getty Images|[Cc]orrespondent|[Ss]taff|[Pp]hotographer|[Cc]ontributor)")
"""The end of a picture credit: a paper or an agency ('The Daily Star', 'MPR News', 'Getty Images') or the
photographer's role ('correspondent', 'staff')."""
CREDITED_PICTURE = re.compile(
    rf"[.!?\"”)]\s+(?:[A-Z][\w.'’-]*\s){{1,3}}(?:[|/]\s*|for\s+){CREDIT_OUTLET}\W*$|"
    rf"^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){{1,3}}\s*[|/]\s*{CREDIT_OUTLET}\b|"
    r"[.!?]\s+[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}\s?/\s?(?:STAFF|Staff|CORRESPONDENT|Correspondent)\W*$|"
    r"[.!?]\s*\((?i:facebook|instagram|twitter|google (?:maps|street view)[\w ]{0,20}|family photo|"
    r"courtesy\b[^()]{0,40}|file|provided|submitted|handout)\)\W*$|\b(?i:view full caption)\b")
"""A caption with its photographer's credit unbracketed, after its last sentence ('... at a vigil. Jane Roe | The
Daily X', '... news conference. Jane Q. Roe / The Daily X', '... in Portvale. Jane Roe for The Daily X') or before it
in capitals ('JANE ROE | Daily X Police say ...'), 'JANE ROE/STAFF', a closing '(Facebook)', '(Google Maps Street
View)', '(Courtesy of the family)', and a gallery's 'View Full Caption'; a dateline in capitals ('NEW YORK | Police
said') names no paper (batch 8 of the dev labels: three such captions; none in PolNeAR, none on a body line of the dev
pages; on the unlabelled dev pages 45 hits, all captions)."""
PICTURE_POSITION = re.compile(
    r"[A-Z][\w.'’-]*,\s*(?i:left|right|cent(?:er|re)|far (?:left|right)|(?:second |third )?from (?:left|right)|top|"
    r"bottom)\s*,|\((?i:left|right|cent(?:er|re)|far (?:left|right)|(?:second |third )?from (?:left|right)|top|bottom|"
    r"inset)\)")
"""Where a named person stands in a picture: 'Jane Roe, left, hugs ...', 'John Doe (right) and ...': a caption's
words (batches 4 and 8 of the dev labels: two captions above the lead, no body line; PolNeAR: two captions)."""
CREDIT_NAME = r"[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){1,3}"
CREDIT_SEPARATOR = r"(?:\s?/|\s[—–]\s?|\s?--\s?|\s-\s)"
CREDIT_SOURCE = (r"(?:for\s+|the\s+)?[A-Z][\w.'’&-]*(?:\s(?:[A-Z][\w.'’&-]*|via|for|of|and|staff|photographer|"
                 r"file|photo)){0,6}(?:…|\.\.\.)?")
BRACKETED_PHOTO_CREDIT = re.compile(
    rf"[.!?\"”’)…]\s*\({CREDIT_NAME}\s*(?:{CREDIT_SEPARATOR}|,\s)\s*{CREDIT_SOURCE}\)(?:\W*$|\s*[A-Z])|"
    rf"[.!?\"”’)]\s*\(\s*/?\s*{CREDIT_NAME}\s+for\s+{CREDIT_SOURCE}\s*\)\W*$|"
    rf"^\({CREDIT_NAME}\s*{CREDIT_SEPARATOR}\s*{CREDIT_SOURCE}\)")
"""A picture's credit in brackets, the photographer and the paper or agency, after the caption's last sentence or
before the next caption: '(Jane Roe/for The Daily X)', '(Jane Roe -- Santa Cruz X)', '(Jane Roe — Register)', '(Jane
Roe, The Daily X)', '(Jane Roe /X Sun via AP)', closing the line '(Jane Roe for The Daily X)' (round 16: 7
captions of the dev pages, 6 kept before; no body line of the dev labels, none in PolNeAR); opening the line too,
but then never with a comma ('(Harris County, TX) …' is a dateline: batch 1 of the dev labels). On the dev labels
(batches 1-10) 14 caption lines, no body line; PolNeAR train and dev none; on the unlabelled dev pages 75 lines,
every one a caption (22 of them kept before). A caption the page cut off ('… outside the shop… (Jane Roe, Maple…)')
closes on an ellipsis: round 21, one caption of batch 19, the only line of the 2,781 dev pages that ends so; PolNeAR
train and dev none."""
GALLERY_CREDIT = re.compile(
    r"(?:^|\s)[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){1,2}\s/\s(?:the\s+)?(?:[A-Z][\w.'’&-]*\s){0,3}(?:Tribune|Times|News|"
    r"Post|Sun|Herald|Journal|Gazette|Press|Star|Register|Courier|Chronicle|Observer|Staff|Courtesy)\s+[A-Z]")
"""A gallery's slide pasted as one line: its title, the photographer's credit 'Jane Roe / Chicago X' and the caption
('Old Town shooting Jane Roe / Chicago Tribune Police officers investigate …'): one caption of the dev labels, four
of the unlabelled dev pages, no body line, none in PolNeAR."""
LEADING_CREDIT = re.compile(
    r"^(?i:(?:photo\s+)?courtesy(?:\s+of)?(?:\s+photo)?)\s+[A-Z\"“]|(?i:\benlarge\s*\|\s*buy (?:this|a) photo\b)|"
    r"^(?i:buy (?:this|a) photo)\b|^Google (?:Maps|Street View|Earth)\s+[A-Z]|"
    r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}\s?/\s?(?:Getty Images|AP|Reuters|AFP|EPA|Shutterstock|iStock(?:photo)?)"
    r"\s+[A-Z]|^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}\s?/\s?[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}\s+[A-Z][a-z]|"
    r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}\s?/\s?for\s+[A-Z]|"
    r"[.!?]\s*\|\s*(?:[A-Z][\w.'’-]*\s){0,4}(?i:(?:file |staff )?photo)\W*$")
"""A caption opened by its picture's credit: 'Courtesy WBBM-TV/CBS2 Jane Roe, 77, was …', 'Courtesy photo Jane Roe …',
'THE X/JANE ROE Enlarge | Buy This Photo A woman …', 'Google Maps Every …', 'Jane Roe/Getty Images The girl …' (a
caption that repeats a sentence of the article under a credit), 'Jane Roe/for The Daily X Police officers …', or
closed by it ('… | X file photo'). The unlabelled dev pages: eight such lines kept before, all captions; the dev
labels and PolNeAR: no body line opens or closes so."""
GALLERY_ENLARGE = re.compile(r"\bEnlarge\s+[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}\s?/\s?(?:for\s+)?[A-Z]")
"""A gallery's captions pasted as one line, each under its 'Enlarge' button and credit ('… Enlarge Jane Roe/for The
Daily X A man is …'): one line of the unlabelled dev pages (97 words), no body line of the dev labels or PolNeAR."""
CLOSING_CAPS_CREDIT = re.compile(
    r"^[^\"“”]*[.!?]\s*\((?:[A-Z][A-Z.&'’-]{2,29}|(?i:(?:www\.)?[a-z0-9-]+\.(?:com|org|net|tv|us)))\)\W*$")
"""A caption closed by a credit in brackets that is a name in capitals or a site, not a station's call letters (the
rule before this one): '... court papers state. (D.ROE)', '... at the scene. (NYPD)', '... injured three others.
(abc1234.com)'. Round 20: on the dev pages 21 lines end so, every one a caption (3 of them kept before); PolNeAR train
and dev none. Two capitals ('(AP)') stay out: a wire story's sign-off."""
PHOTO_OPENER = re.compile(
    r"^This (?:(?:undated|handout|file|courtesy) )*(?:photo|image|picture)(?: \w+){0,2}? "
    r"(?:provided|released|shows?|was (?:taken|posted|provided|released))\b")
"""A wire caption opening on its picture, as long as the caption runs: 'This undated photo provided by X shows Jane
Roe, ...' (round 20: the dev pages' 4 lines opening so are captions, one of 86 words the 40-word rule in
:mod:`newsprism.clean.widgets` left; no body line, none in PolNeAR)."""
DOUBLED_CREDIT = re.compile(r"(\([^()]{2,60}\))\s*\1\W*$")
"""A gallery slide's credit printed twice at its end: '... on Aug. 9. (Jane Roe) (Jane Roe)'."""
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")
QUOTATION_MARK = re.compile(r"[\"“”]")
DOUBLED_SENTENCE_WORDS = 8
"""A sentence this long printed twice in one line is a gallery slide (title, credit, caption, the caption again).
Round 20, on the 2,781 dev pages: 110 lines repeat a sentence of 8 words or more and hold no quotation mark, all
captions or unlabelled gallery slides (8 kept before), no body line; PolNeAR train and dev none. A speaker may
repeat a sentence ('..., he was such a kind boy, he was such a kind boy,'): lines with a quotation mark stay."""


def doubled_caption(text: str) -> bool:
    """A gallery slide pasted with its caption printed twice: its credit twice at the end, or a whole sentence of
    :data:`DOUBLED_SENTENCE_WORDS` words or more twice in a line with no quotation."""
    if DOUBLED_CREDIT.search(text):
        return True
    if len(text) < 80 or QUOTATION_MARK.search(text):  # 80 characters: two sentences of 8 words at the shortest
        return False
    return any(sentence[-1] in ".!?" and len(sentence.split()) >= DOUBLED_SENTENCE_WORDS and text.count(sentence) > 1
               for sentence in SENTENCE_BREAK.split(text))


PICTURE_VERB = (r"(?:holds?|stands?|walks?|looks? on|hugs?|embraces?|comforts?|prays?|gathers?|mourns?|investigates?|"
                r"waits?|sits?|wipes?|weeps?|cries|kneels?|pauses?|reacts?|inspects?|examines?|carr(?:y|ies)|escorts?|"
                r"listens?|watch(?:es)?|(?:speaks?|talks?) (?:with|to|during|at)|poses?|smiles?|rests?|lays?|"
                r"search(?:es)? (?:for|the|a|an)|surveys?|enters?|exits?|arrives?|responds? to|"
                r"looks? (?:at|over|through)|walks? (?:past|by|through|along|away|down|out|into|to)|stands? guard|"
                r"pays? (?:their |his |her )?respects|attends? (?:a |the )?(?:vigil|funeral|memorial|service)|"
                r"lights? (?:a )?candles?|leaves? (?:flowers|a note|a candle)|blocks? off|works? the scene|"
                r"(?:speaks?|talks?) to (?:reporters|the media)|greets?|shakes? hands|"
                r"(?:is|are) (?:shown|seen|pictured|escorted|consoled|comforted|hugged))")
"""What a picture shows its people doing, in the present tense a caption uses ('Jane Roe holds …', 'Police investigate
…', 'Mourners gather …'); a report tells the same in the past ('held', 'investigated') or with an auxiliary ('are
investigating'); the passive of what is shown ('is seen', 'is comforted'). Verbs that are also nouns or report verbs
('leads', 'places', 'says') are left out, and so is 'appears in court' (a hearing the report announces)."""
PICTURE_SUBJECT = (r"(?!(?:The|A|An|This|That|These|Those|It|He|She|They|We|I|You|His|Her|Their|Our)\s)"
                   r"(?:[A-Z][\w.-]*(?:['’](?!s\b)[\w-]+)?,?\s+(?:\d{1,3},\s+)?){1,5}(?:and [A-Z][\w.'’-]*\s+)?"
                   r"(?:police\s+|(?!(?:was|is|has|does|this|his|its|as|us)\s)[a-z]+s\s+){0,2}(?:and [a-z]+s\s+)?")
"""Who the picture shows: one to five capitalised words (a name, 'Jane Roe, 34,', 'San Antonio police', 'Friends and
Family'), then at most two plural nouns ('officers', 'deputies'); never a pronoun or an article alone (a report's
'The survey …')."""
PICTURE_SCENE = re.compile(
    rf"^(?=.*[.!?)]\W*$)(?!.*\b\d{{1,2}}(?::\d\d)?\s?[ap]\.?m\b)"
    rf"(?=.*\b(?:{'|'.join(day.capitalize() for day in WEEKDAY_NAMES)}|"
    rf"{'|'.join(month.capitalize() for month in MONTH_NAMES if month != 'may')})\b)"
    rf"{PICTURE_SUBJECT}{PICTURE_VERB}(?![\w-])")
"""A caption in the wire's style: who the picture shows, a present-tense verb of what they do, and the day or the
month, closing like a sentence or a credit ('Jane Roe holds her son Tuesday near …', 'Police investigate the
shooting Sunday on …'); read by :func:`newsprism.clean.listings.mark_picture_scenes`. Round 24 (issue #16, helper
B10), on every line of the 2,781 dev pages: 16 lines of up to :data:`PICTURE_SCENE_WORDS` words, all captions or a
video's blurb; PolNeAR train and dev: 3, all captions; no body line of the dev labels. 'May' is left out (a modal
at the start of a sentence), and so is a line with a clock time: broadcast copy announces a scheduled event in the
present ('The chief speaks at 2 p.m. Monday.'), a caption tells the day."""
PICTURE_SCENE_WORDS = 40
"""Longest such caption: the wire's run to two sentences; a longer paragraph that opens so is a report ('X holds a
substantial lead …', PolNeAR train)."""


PICTURE_CUE_CAPTION = re.compile(
    r"^(?!.*[.!?\"”'’]\s*$)(?=(?:\S+\s+){3})(?:"
    r"(?:.*[.!?]\s+)?(?:Pictured|Above|Below|Left|Right|Top|Bottom|Inset)"
    r"(?: (?:left|right|above|below|top|bottom|cent(?:er|re)))?\s*[,:]\s+\S|"
    r".*\((?i:pictured)\b[^()]*\)|.*\bpictured (?:left|right|above|below)\b)")
"""A tabloid's picture caption: a line with no final stop that points at its picture, by a cue opening it or its
last sentence ('Pictured, officers near the house', 'Police found two guns. Above, the street on Friday', 'Inset: the
victim') or by '(pictured …)' / 'pictured left' inside it ('Jane Roe (pictured above with her son), 38, was named as
a victim'). Prose that points at a picture closes with a stop and stays. Round 30 (issue #16, helper B17), on the 2,781
dev pages: 21 lines of 4 pages (one tabloid's house style) change, 15 captions, all kept before, and 6 of a header
(a headline copy opening 'Pictured:' and the deck under it, meta); no body line, no labelled line; PolNeAR train and
dev: no removed line changes."""
