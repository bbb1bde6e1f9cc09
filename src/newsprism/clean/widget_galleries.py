"""Gallery and player controls, app pitches, inbox prompts and viewer warnings: widget families that batch 14 of the
dev labels (round 16, issue #16) showed kept, each checked on the 2,781 dev pages (every line of the family kept
before read) and on PolNeAR train and dev, never on the test part. :mod:`newsprism.clean.widgets` lists them as
rules.

- A gallery or a video carousel pasted as one line carries its controls' labels (or its 'Photos' label glued between
  its title and its first caption, :data:`GLUED_GALLERY`): 'Image 1 of / 2 Caption Close',
  'Back to Gallery', '[ ] Hide Caption [ ] Show Caption', 'Share Pin It 1 of 2 More Galleries', 'Related article »'
  and a player's closing 'See more videos'. No prose prints a control's label; on the dev pages 60 lines of 20
  sites carry one, none of them a labelled body line (13 of them kept before, on 8 sites).
- An app pitch names the phone stores: 'Local news … with the FREE X app for Apple or Android', 'Download the X
  News App on iTunes and Google Play' (23 lines of 15 sites on the dev pages).
- An alert box's prompt, e.g. 'Morning headlines, sent to your inbox daily: click here to sign up.' (invented; 10
  lines of 5 sites).
- A player's own lines: its notices and pointers (:data:`PLAYER_NOTICE`), a video blurb's '(Published …)' stamp, an
  embedded post's signature, a reporter's one-line introduction and a pasted caption track (moved here from
  :mod:`newsprism.clean.widgets` in round 26 with their calibration notes).
- A viewer warning about a player, e.g. 'Warning: the sound of this video may be disturbing …', 'CAUTION: This
  footage is graphic.' (invented; 3 lines of 3 sites).
"""

from __future__ import annotations

import re

from newsprism.lexicon import MONTH_PREFIX

GALLERY_CONTROLS = re.compile(
    r"\bCaption Close\b|\bBack to Gallery\b|\bHide Caption\b.{0,20}\bShow Caption\b|\bMore Galleries\b|"
    r"\bShare Pin It\b|\bImage \d+ of\s*/\s*\d+\b|\bRelated article\s*»")
"""A gallery's or a carousel's control labels inside a pasted line (case matters: they are buttons' labels)."""
GALLERY_CONTROLS_WORDS = 500
"""A gallery pasted as one line runs long (the dev pages': up to 1,443 words; those kept before: 31 to 128); the
same bound as a 'Caption …' carousel (:data:`newsprism.clean.widgets.CAROUSEL_WORDS`)."""
GLUED_GALLERY = re.compile(
    r"[\w’'.,]\s+Photos\s+(?!(?:Of|In|From|With|To|For|At|On|By|And|That|Shows?|Reveal|Capture)\b)[A-Z]")
"""A gallery's title run into its 'Photos' label and its first caption ('Four hurt in shooting Photos Four people,
including …'; 'Jane Roe Photos Jane Roe, 17, is charged …'): the label stands capitalised inside the line, after a
word and before a capital, where prose has no 'Photos'; a headline in Title Case goes on with a preposition or a
verb ('Shocking Photos Of X Go Viral': PolNeAR train). Round 19 (batch 18 of the dev labels): on the 2,781 dev
pages 4 lines of 4 sites, all a gallery's teaser, kept before."""
MORE_VIDEOS = re.compile(r"\bSee more videos\W*$|^EMBED\s*>\s*More News Videos\b|^Skip Ad\s+Ad Loading\b|"
                         r"^(?=(?:\S+\s){7}).*[\w.!?'’)] Share$")
"""A player's title and blurb closed by its 'See more videos' link or its 'Share' button, or opened by an embed's
'EMBED >More News Videos' label (dev pages: 7 lines of 5 sites, all players; round 20: the 5 lines of 8 words or
more closed by 'Share', 3 sites of one owner, all players; PolNeAR none; a short heading 'Market Share' stays).
Round 28: a player's 'Skip Ad Ad Loading... x Embed x Share' labels opening its blurb, 4 lines of 3 sites on the dev
pages (3 kept before) and one on a fresh unlabelled page."""
APP_PITCH = re.compile(
    r"\bapps?\b[^.!?]{0,60}\b(?:apple|iphone|ipad|ios|itunes)\b[^.!?]{0,30}\b(?:android|google play)\b", re.I)
"""An app pitch naming both phone stores (a sentence about an app names no store pair)."""
APP_PITCH_WORDS = 40
"""The dev pages' longest, run into a 'follow us online' prompt: 37 words."""
INBOX_PROMPT = re.compile(
    r"\b(?:sent|e-?mailed|delivered) (?:straight |directly |right )?to your (?:e-?mail )?inbox\b|"
    r"\bclick here to sign up\b", re.I)
"""An alert box's prompt (its other wordings are :mod:`newsprism.clean.widgets`' newsletter rule)."""
INBOX_BLURB = re.compile(r"^[^.!?]*\b(?:sent|e-?mailed|delivered) (?:straight |directly |right )?to your "
                         r"(?:e-?mail )?inbox\b", re.I)
"""An alert box's prompt in the line's first sentence, run on with the box's blurb of what it sends (invented: 'Hear
about stories as they break … delivered right to your inbox. Storm warnings, school closings … every day.')."""
INBOX_BLURB_WORDS = 50
"""Round 28's fresh unlabelled pages: a 47-word box kept before (the dev pages' other prompts naming the inbox run to
24 words). A longer line whose prompt follows other sentences ('No arrests were made. Keep up with … Sign up …
right in your inbox') is left to the line classifier: a sentence of the article may have been run into it."""
VIEWER_WARNING = re.compile(
    r"^\W*(?:warning|caution)\b.{0,80}\b(?:video|audio|footage)\b.{0,40}\b(?:disturbing|graphic|upsetting)\b", re.I)
"""A warning above or below a player, e.g. 'Warning: the sound of this video may be disturbing to a young child.'"""
VIEWER_WARNING_WORDS = 20

TRANSCRIPT_WORDS = 5000
"""A video's caption track ('WEBVTT ...', the Web Video Text Tracks header, then the broadcast in capitals) is pasted as
one line of any length; no article's prose opens with that header (dev pages: 2 tracks, PolNeAR none)."""

REPORTER_INTRO_WORDS = 20
"""A video's one-line introduction ('Channel 9's Jane Roe explains what deputies ask you to watch for.'): batch 6 of the
dev labels has one of 13 words; a body sentence that names a station's reporter goes on with what was found."""
PUBLISHED_STAMP = re.compile(
    rf"\((?:published|posted|updated)\s+(?:\w+day,?\s+)?{MONTH_PREFIX}\s+\d{{1,2}},?\s+\d{{4}}\)\W*$", re.I)
"""A video blurb's closing stamp: '… report. (Published Monday, June 8, 2016)'."""
EMBED_SIGNATURE = re.compile(
    rf"[—–-]\s*[^—–()]{{0,60}}\(@\w{{1,15}}\)\s*(?:on\s+)?{MONTH_PREFIX}\s+\d{{1,2}},\s+\d{{4}}\W*$|"
    r"[—–-]\s*[^—–()]{0,60}\(@\w{1,15}\)\s*\d{1,2}\s+\S+\s+\d{4}(?:\s+\S{1,3})?\W*$|"
    r"^\W*pic\.twitter\.com/\w+\W*$|[—–-]\s*(?:facebook|instagram|twitter) post\W*$|"
    r"^<tweet\b[^>]*>\W*$|^</?tweet/?>\W*$|^<tweet\b[^>]*>\s*<tweet/>\W*$", re.I)
"""An embedded post: a tweet's '— Name (@handle) July 8, 2016' signature (or its day, month and year in the reader's
language: '(@handle) 25 <month> 2016 <abbreviation>', batch 10 of the dev labels), a lone picture link, '–Facebook
post', or a PolNeAR ``<tweet>`` tag standing alone. A tag around a post's text stays: PolNeAR annotates the
tweets an article quotes as its content."""

REPORTER_INTRO = re.compile(
    r"^(?:[KW][A-Z]{2,3}(?:-TV)?|[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2}\s\d{1,3}|[A-Z]+\d+[A-Za-z]*|\d+[A-Za-z]+)['’]s\s+"
    r"(?:[A-Z][\w.'’-]+\s){2,3}(?:explains (?:what|why|how)|[Rr]eports(?= from| live|\W*$)|has (?:more|the story|the "
    r"details|details|the latest)|takes (?:a|an in-depth|a closer) look|shows us|breaks (?:it )?down)\b"
    r"(?![^.!?]*\b(?:said|says|told)\b)")
"""A video's introduction naming the station's reporter: 'Local 15's Jane Roe explains what deputies ask you to watch
for.', 'NBC 7's Jane Roe reports.', 'WXYZ's Jane Roe has the story.': the station's call letters or a name with its
channel number, then the reporter's first and last name (case matters). What a reporter found ('Channel 2's Jane Roe
reports deputies escorted a man ...') and 'The County Sheriff's Office reports ...' are the article's."""
PLAYER_NOTICE = re.compile(
    r"\btrouble (?:viewing|playing|watching|loading) (?:the |this )?(?:video|player|media)|"
    r"\b(?:video|media|content) (?:is )?(?:restricted from playing|unavailable|not available in)|"
    r"\bdisabl\w+ (?:any )?ad[- ]?block|\byour browser does not support|"
    r"\b(?:watch|see|view) the (?:video|clip|podcast) (?:above|below)\b|"
    r"\b(?:podcast|video|clip) embedded (?:above|below)\b|\blisten to the latest episode\b|"
    r"^(?:above|below),? (?:see|watch|hear) (?:\w+ ){0,3}?(?:reports?|videos?|footage|coverage)\b|"
    r"\b(?:latest version of|install|download) (?:the )?(?:adobe )?flash player\b", re.I)
"""A player's notice or pointer: 'trouble viewing the video', 'Watch the video above', 'Below, see reports … from
KXYZ', an ad-blocker or Flash prompt (the pointer to the story's own document, 'Below, see the full statement',
stays)."""
