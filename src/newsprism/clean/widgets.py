"""Line patterns of page widgets that many outlets share: players, embeds, paywalls, alert boxes, credits.

Each pattern is written against the *shape* of a widget family, never one outlet's exact string: the
vocabulary of video players ('trouble viewing the video', '(Published <date>)'), of embedded posts
('— Name (@handle) Month D, YYYY'), of paywalls and app pitches ('premium content', 'download the … app'),
of e-mail alert boxes ('notifications', 'inbox'), of picture credits ('(Source: …)', '(WXYZ-TV)') and of
author contact lines ('Reach him at …', 'Follow … on Twitter'). Calibrated on the dev part of the labelled
gunviolence pages (94 pages, 94 outlets) and on PolNeAR train (881 articles), never on the test part: each
family was kept only when it fired on no ``body`` line of those pages and on no annotated span of PolNeAR
train or dev.

A :class:`WidgetRule` fires on lines up to its ``max_words``: prose that happens to use a widget word is
longer than a widget (see the constants below).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsprism.clean import prefilter
from newsprism.clean.widget_boxes import (
    BROADCAST_CREDIT,
    COMMENT_POLICY,
    COMMENT_POLICY_WORDS,
    CONTACT_ROW,
    PAPER_PROMO,
    STATION_FOLLOW,
    STATION_GROUP,
)
from newsprism.clean.widget_credits import (
    BRACKETED_PHOTO_CREDIT,
    CLOSING_CAPS_CREDIT,
    CREDITED_PICTURE,
    GALLERY_CREDIT,
    GALLERY_ENLARGE,
    LEADING_CREDIT,
    NAMED_PHOTO_CREDIT,
    PHOTO_OPENER,
    PICTURE_CUE_CAPTION,
    PICTURE_POSITION,
)
from newsprism.clean.widget_galleries import (
    APP_PITCH,
    APP_PITCH_WORDS,
    EMBED_SIGNATURE,
    GALLERY_CONTROLS,
    GALLERY_CONTROLS_WORDS,
    GLUED_GALLERY,
    INBOX_BLURB,
    INBOX_BLURB_WORDS,
    INBOX_PROMPT,
    MORE_VIDEOS,
    PLAYER_NOTICE,
    PUBLISHED_STAMP,
    REPORTER_INTRO,
    REPORTER_INTRO_WORDS,
    TRANSCRIPT_WORDS,
    VIEWER_WARNING,
    VIEWER_WARNING_WORDS,
)
from newsprism.clean.widget_prompts import CONTRIBUTORS, CONTRIBUTORS_WORDS, NEWSROOM_PROMISE, OWN_DOCUMENT
from newsprism.clean.widget_roundups import (
    FIRST_PUBLISHED,
    LIKE_PAGE,
    NEWSLETTER_GREETING,
    PROMPT_WORDS,
    ROUNDUP_ITEM,
    ROUNDUP_LABEL,
    ROUNDUP_WORDS,
    SCHEDULE_WORDS,
    SERIES_NOTE,
    SERIES_NOTE_WORDS,
    SHOW_SCHEDULE,
)
from newsprism.lexicon import MONTH_PREFIX
from newsprism.model import ClutterKind

NOCASE = re.IGNORECASE

SHORT_WIDGET_WORDS = 30
"""Prompts, labels and alert texts: the longest on the dev pages ('Keep checking … sign up for email alerts.',
three sentences) has 33 words over two lines; single prompts stay under 30."""
BLURB_WORDS = 80
"""A widget whose mark is unambiguous (a video blurb's '(Published …)', an embed's '— Name (@handle) date',
a paywall or copyright block) may carry a long text: the longest on the dev pages has 64 words."""

PROMPT_RUN_WORDS = 40
"""A 'Stay with … for updates' prompt may run on into an app pitch: the dev pages' longest has 33 words."""
CREDITED_CAPTION_WORDS = 100
"""A caption closed by its picture credit '(Name/The Daily X)': a wire picture's caption may tell the whole event
(batch 5 of the dev labels: 88 words); prose never ends with a photographer and a paper in brackets."""
RELATED_HEADLINE_WORDS = 20
"""A 'Related: <headline>' line: a headline runs to 20 words (PolNeAR's longest has 24, with the marker)."""
READ_MORE_TEASER = r"^(?!updated?\b)\S.*(?:[.!?…][\"'”’]?\s+read more\s*(?:»|\.{1,3}|…)?|\s+read more\s*»)\s*$"
"""Another story's blurb or headline closed by its link: '<one sentence>. Read more.', '<headline> Read more »'. An
update marker's note closed so stays (the label guide makes update notes body). On the 2,781 dev pages 2 lines, both
unlabelled teasers of other stories: a cookout shooting's blurb kept before, and a 'Read more: …' line already removed;
the one update note closed so ('UPDATE: … Read more.') stays. PolNeAR none."""
TEASER_BLURB_WORDS = 45
"""A teaser's blurb is one or two sentences: the dev pages' has 14 words."""

MONTH = MONTH_PREFIX


@dataclass(frozen=True)
class WidgetRule:
    kind: ClutterKind
    pattern: re.Pattern[str]
    max_words: int = SHORT_WIDGET_WORDS


def _rule(kind: ClutterKind, pattern: str, max_words: int = SHORT_WIDGET_WORDS) -> WidgetRule:
    return WidgetRule(kind, re.compile(pattern, NOCASE), max_words)


STATION_WILL_UPDATE = re.compile(
    r"^(?i:as (?:more )?(?:information|details) (?:becomes?|is) (?:available|released),?\s+)?"
    r"(?:[A-Z0-9][\w.'’-]*\s){0,3}(?:News(?:\s\d+)?|[KW][A-Z]{2,3}(?:-TV)?) will "
    r"(?:update|provide (?:more )?(?:updates|information|details))\b")
"""A station's promise to update: 'KXYZ News 13 will provide updates once we learn more.', 'As more information
is released, 21 News will update this page.' (the subject a newsroom's name: 'Police will provide more
information ...' is the article's)."""
CAROUSEL_WORDS = 500
"""A 'Caption <headline> <blurb> …' video carousel is pasted as one line: the unlabelled dev pages' four run to 144-426
words; no body line of the dev labels or PolNeAR opens with the word 'Caption'."""
CAPTION_POSITION_WORDS = 60
"""A caption naming who stands where runs to 60 words (the dev pages' longest: 41); a longer paragraph that points
at a picture is the article's."""

MEDIA_PROMPT_WORDS = 16
"""'Listen to the press conference:', 'Hear the boy's uncle recount the scene below:' (a player follows): batch 10
of the dev labels and the unlabelled dev pages, up to 9 words; PolNeAR's three ('Watch the full interview below:')
are not annotated."""
BRACKETED_HEADLINE = re.compile(
    r"^\[(?!\s*(?:editor|correction|note|original)\b)[^\[\]]*[^\[\].!?\s][\"”’']?\]\s*$", NOCASE)
"""A linked headline in square brackets standing alone: '[OTHER NEWS: Man charged in …]', '[Police: Woman, child
killed …]', '[From 2015: …]' (no closing full stop; an editor's note, a correction or '[ORIGINAL:]' stays): on the dev
labels two lines, both clutter; on the unlabelled dev pages 16, all links or an ad label; PolNeAR none."""
LABELLED_TEASER = re.compile(
    r"^(?!(?:UPDATED?|ORIGINAL|EARLIER|PREVIOUSLY|BREAKING|EDITOR|NOTE|CORRECTION|WATCH|VIDEO|PHOTOS?)\b)"
    r"[A-Z]{4,}(?: [A-Z]{2,}){0,2}:\s+(?=[^:]*[a-z])[A-Z0-9$'‘\"“][^:]*[^.!?\"”:\s]$")
"""Inside the body, another story's headline under a label in capitals, with no closing stop: 'DISTURBING: $1 million
bond for …', 'TECHNOLOGY: X is among 22 departments to …' (a live story's markers are left out; a sub-heading in
capitals, 'SILENCE: A 'SOCIETAL PROBLEM'', has no lower-case word). Read in the body only
(:func:`newsprism.clean.text.labelled_teaser`): a page's title line has the same shape ('BRPD: Shooting death of …').
Dev labels (batches 1-10): 3 lines, all clutter; PolNeAR none; unlabelled dev pages: the 7 kept before all teasers."""
AUTHOR_PHONE = re.compile(
    r"^(?:call|contact|reach|text)\s+(?!(?:[\w.'’-]+\s){0,3}?(?:police|stoppers|department|sheriff|detectives?|office|"
    r"unit|tip|hotline|crime|the)\b)(?:[A-Z][\w.'’-]*\s){1,3}at\s+\(?\d{3}\)?[\s.-]?\d{3}[.-]\d{4}\W*$", NOCASE)
"""The reporter's telephone closing a story: 'Call Jane Roe at 203-555-0100.' (batch 10 of the dev labels); a tip
line ('Call Crime Stoppers at …', 'Contact the Sheriff's Office at …') is the article's."""

WIDGET_RULES: list[WidgetRule] = [
    # media: players, embeds, gallery links
    WidgetRule("media", PUBLISHED_STAMP, BLURB_WORDS),
    WidgetRule("media", EMBED_SIGNATURE, BLURB_WORDS),
    WidgetRule("media", PLAYER_NOTICE),  # round 20
    _rule("media", r"^\[(?:video|watch|photos?|gallery|audio|graphic|slideshow|raw video)\b[^\]]*\]\W*$"),
    _rule("media", r"^(?:photos?|video|watch|gallery|slideshow|in pictures|raw video)\s*:\s*\S.{0,90}$", 14),
    _rule("media", r"^(?:photos?|gallery|slideshow|in pictures)\s*:\s*\S", CREDITED_CAPTION_WORDS),  # gallery captions
    WidgetRule("media", REPORTER_INTRO, REPORTER_INTRO_WORDS),
    WidgetRule("media", re.compile(r"^WEBVTT\b"), TRANSCRIPT_WORDS),  # a video's caption track, pasted with the page
    # batch 14 of the dev labels (round 16): gallery and player controls, app pitches, inbox prompts, viewer warnings
    WidgetRule("caption", GALLERY_CONTROLS, GALLERY_CONTROLS_WORDS),
    WidgetRule("media", MORE_VIDEOS, GALLERY_CONTROLS_WORDS),
    WidgetRule("media", GLUED_GALLERY, GALLERY_CONTROLS_WORDS),  # round 19 (batch 18)
    WidgetRule("promo", APP_PITCH, APP_PITCH_WORDS),
    WidgetRule("newsletter", INBOX_PROMPT, SHORT_WIDGET_WORDS),
    WidgetRule("newsletter", INBOX_BLURB, INBOX_BLURB_WORDS),
    WidgetRule("media", VIEWER_WARNING, VIEWER_WARNING_WORDS),
    # promo: paywalls, app pitches, "stay with us for updates"
    _rule("promo", r"\bpremium content\b|\bsubscribers? (?:get|receive|enjoy|can)\b|\bdigital (?:pass|access)\b|"
                   r"\b(?:already|need|have|need to be) an? (?:online |print |digital )?"
                   r"(?:subscri(?:ber|ption)|account)\b|"
                   r"\bview offers\b|\bfor as little as\b|\bsubscription required\b", BLURB_WORDS),
    _rule("promo", r"\b(?:download|get|grab) (?:the|our) (?:free )?[\w\s'’.-]{0,30}\bapps?\b|"
                   r"\bapps? for (?:iphone|ipad|android|ios)\b|"
                   r"\bwatch\b.{0,40}\bon (?:the |our )?[\w\s'’.-]{0,30}\bapps?\b"),
    _rule("promo", r"^(?:stay (?:with|tuned to)|keep checking|check back (?:with|on|to|for)|count on)\b.{0,60}"
                   r"\b(?:updates?|latest|developments?|develops|information|details|coverage|news)\b",
          PROMPT_RUN_WORDS),
    _rule("promo", r"^this (?:story|article|report|post|piece) (?:will|may|has|was|is)(?: be| been| being)? updated\b|"
                   r"^(?:this is a developing story|we will (?:bring you|update you|have) (?:more|the latest))\b"),
    _rule("promo", r"^(?!.*\b(?:said|says|told)\b).*?\bwe(?:'ll|’ll| will) (?:continue to )?"
                   r"(?:update|follow|bring you more on) (?:you|this (?:breaking |developing )?(?:story|page|article|"
                   r"post|report))\b|"
                   r"^we(?:'re|’re| are) working to (?:get|gather|learn|find out|confirm) more\b"),
    _rule("promo", r"^to read the (?:entire|full|complete|rest of the) (?:story|article)\b"),
    WidgetRule("promo", STATION_WILL_UPDATE),
    WidgetRule("promo", re.compile(r"(?:News(?:\s\d+)?|\b[KW][A-Z]{2,3}(?:-TV)?) (?:is|are) working to "
                                   r"(?:learn|get|gather|find out|confirm) more\b")),  # a newsroom's, not police's
    WidgetRule("promo", re.compile(r"^(?:[A-Z]+\s?\d+|[KW][A-Z]{2,3})(?:[/ ][\w.'’-]+){0,3} will have (?:more )?"
                                   r"(?:updates|details|information)\b")),  # 'NBC 9/FOX 41 will have updates ...'
    _rule("promo", r"\bwatch\b.{0,40}\bon (?:roku|apple tv|fire tv|amazon fire|chromecast)\b|"
                   r"\b(?:stories|articles) can be purchased\b|\bonly available (?:from|in|to) (?:the |our )?"
                   r"[\w ]{0,30}archives?\b", BLURB_WORDS),
    _rule("promo", r"^(?:our|we|we(?:'ll|’ll| will))\b[^.!?]{0,60}\bbring you(?:r)? (?:the latest|more|updates|live)\b|"
                   r"\b(?:watch|stream|see) (?:it |them |the \w+ )?live\b[^.!?]{0,30}"
                   r"\bon [\w-]+\.(?:com|tv|net|org)\b"),
    _rule("promo", r"\byou(?:'ve|’ve| have) (?:now )?read (?:the maximum|all (?:of )?(?:your|the))\b.{0,40}"
                   r"\b(?:stories|articles)\b|"
                   r"\benjoyed your (?:free )?preview\b|^subscribe (?:now|today)\b|\b(?:uninterrupted|unlimited) "
                   r"(?:digital )?access\b|^try [\w .'’-]{1,30} free for \d+ (?:days|weeks|months)\b|"
                   r"^refresh (?:this|the) (?:story|page|article)\b|"
                   r"\brefresh (?:this|the) (?:page|story|article) for (?:updates|the latest|more)\b"),
    # 'X will continue to keep you updated': round 21 (batch 19: 1 line; the dev pages: no other; PolNeAR none)
    _rule("promo", r"^[A-Z][\w.'’-]*(?: [A-Z0-9][\w.'’-]*){0,3} will (?:keep you (?:updated|posted|informed)|"
                   r"continue to (?:update|follow|bring you|keep you (?:updated|posted|informed))|"
                   r"bring you (?:more|the latest|updates|new))\b"),
    # newsletter and alert boxes
    _rule("newsletter", r"\b(?:e-?mail|push) (?:notifications?|alerts?)\b|\bnotifications? (?:has|have) been\b|"
                        r"\bsaving your notification|\b(?:delivered to|straight to|in) your inbox\b|"
                        r"\b(?:sign up|subscribe|register)\b.{0,40}\b(?:newsletters?|e-?mails?|alerts?)\b|"
                        r"\benter your e-?mail(?: address)?\b|^(?:breaking )?news alerts?\W*$|^be in the know\b|"
                        r"\bwant (?:to receive )?(?:this|more)\b.{0,30}\binbox\b"),
    # a weather-alert box's stamp row ('Effective: May 2, 2019 at 4:10pmExpires: … Target Area: …'): one dev page
    # (batch 13) prints four, the rules left its last; no prose opens with 'Effective:' and names an expiry
    _rule("boilerplate", r"^effective:\s.{0,60}expires:\s", BLURB_WORDS),
    # verification and sign-in modals
    _rule("login", r"\bby (?:submitting|registering|signing up|creating an account|clicking)\b[^.]{0,80}\byou "
                   r"(?:agree|consent) to\b|^thank you for (?:registering|signing up|subscribing)\W*$|"
                   r"^we look forward to seeing you\b"),
    _rule("login", r"\bverification (?:e-?mail|message|link)\b|\bactivate your (?:profile|account)\b|"
                   r"\b(?:spam|junk) folder\b|\bforgot (?:your )?password\b|\bremember me\b"),
    # picture credits and captions
    _rule("caption", r"\((?:source|photo|image|credit|courtesy|file photo|photo courtesy)\s*:[^()]{1,60}\)\W*$",
          BLURB_WORDS),
    _rule("caption", r"^[^\"“”]*[.!?]\s*\((?:[KW][A-Z]{2,3}(?:-(?:TV|DT|FM|AM))?|[A-Z][\w.]*(?: [A-Z][\w.]*){0,3}"
                     r"(?:/[A-Z][\w.]*(?: [A-Z][\w.]*){0,3})+)\.?\)\s*$", CREDITED_CAPTION_WORDS),
    WidgetRule("caption", CLOSING_CAPS_CREDIT, CREDITED_CAPTION_WORDS),
    WidgetRule("caption", PHOTO_OPENER, CREDITED_CAPTION_WORDS),
    _rule("caption", r"^(?:\w+\s){0,2}(?:photo|photograph|picture|image|screenshot|screen grab)s?\.?$", 3),
    _rule("caption", r"^(?:getty(?: images)?|shutterstock|istock|ap photo|reuters photo)\.?$|"
                     r"^[A-Z][\w. -]{1,40}/(?:getty images|reuters|ap|afp|epa|shutterstock)\.?$", 8),
    WidgetRule("caption", re.compile(r"^[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2}(?:\s?/\s?[A-Z][\w.&'’-]*"
                                     r"(?: [A-Z][\w.&'’-]*){0,2})+\.?$"), 8),
    _rule("caption", r"\b(?:in )?this (?:undated |handout |file |courtesy )?(?:photo|image|picture)\b.{0,60}"
                     r"\b(?:is|are|was|shows?|provided|released|taken)\b|\b(?:police|officials|authorities) say "
                     r"this (?:photo|image|picture) (?:is|shows)\b", 40),
    _rule("caption", r"(?:\.\.\.|…)\s*(?:read|see|view) more\b.{0,40}$", BLURB_WORDS),
    WidgetRule("caption", NAMED_PHOTO_CREDIT, BLURB_WORDS),
    _rule("caption", r"^(?:image|photo|picture|slide)\s+\d+\s+of\s+\d+\b", BLURB_WORDS),  # a gallery's counter
    WidgetRule("caption", CREDITED_PICTURE, CREDITED_CAPTION_WORDS),
    WidgetRule("caption", PICTURE_POSITION, CAPTION_POSITION_WORDS),
    WidgetRule("caption", PICTURE_CUE_CAPTION, CAPTION_POSITION_WORDS),
    WidgetRule("caption", BRACKETED_PHOTO_CREDIT, CREDITED_CAPTION_WORDS),
    WidgetRule("caption", GALLERY_CREDIT, CREDITED_CAPTION_WORDS),
    WidgetRule("caption", LEADING_CREDIT, CAPTION_POSITION_WORDS),
    WidgetRule("caption", GALLERY_ENLARGE, CAROUSEL_WORDS),
    WidgetRule("caption", re.compile(r"^Caption\s+[A-Z0-9“\"']"), CAROUSEL_WORDS),
    _rule("caption", r"[.!?]\s+(?:photo\s+|image\s+)?credit\s*:\s*[\w .,'’&/-]{1,60}$", CREDITED_CAPTION_WORDS),
    # pages' own widgets (batch 10 of the dev labels and the unlabelled dev pages, read): players, registration and
    # comment forms, weather boxes, bracketed links
    _rule("media", r"\bplay\s?pause\W*$|\bwhen you tweet with a location\b|\byou can switch location on/off\b",
          BLURB_WORDS),
    WidgetRule("media", re.compile(r"\s[-–—]\s*(?i:produced|video|edited|shot) by\s+[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)"
                                   r"{0,2}\W*$"), REPORTER_INTRO_WORDS),
    _rule("media", r"^(?:listen|hear|watch)\b[^.!?:]{0,80}:\s*$", MEDIA_PROMPT_WORDS),
    _rule("login", r"\bset up your account\b|\bcomplete your registration\b|\bsubscription offers\b|"
                   r"\bno e-?mail address was supplied\b"),
    _rule("newsletter", r"\bselected any (?:e-?mail )?newsletters?\b|^newsletters?\s*:"),
    _rule("comments", r"\bcomment(?:ing)? (?:policy|submission|guidelines)\b|\bsubmit (?:an? |your )?(?:article )?"
                      r"comments?\b|\bcomments? (?:are|is) not posted\b|^(?:required\s+)?(?:username|user name|"
                      r"password|passcode|first name|last name|e-?mail|telephone|comment)\s*:\s*$"),
    _rule("boilerplate", r"\b(?:high|low) (?:near |around )?-?\d{1,3}\s?F\b\.|\bwinds? (?:[NSEW]{1,3}|light and "
                         r"variable) at \d+(?: to \d+)? mph\b|\bchance of (?:rain|snow|precip\w*) \d{1,3}%",
          PROMPT_RUN_WORDS),  # a weather box: 'High 64F. Winds NE at 5 to 15 mph. Chance of snow 40%.'
    _rule("promo", r"^check back (?:later|soon|often)\b|\bhome delivery\b.{0,60}\b(?:digital|subscri\w*|sign up|"
                   r"today)\b|\b(?:has|have) (?:a )?(?:crews?|reporters?|team) (?:on the way|headed|heading|at the "
                   r"scene|on (?:the )?scene)\b.{0,40}\b(?:will (?:have|bring|update|provide)|stick with us|"
                   r"stay with us)\b"),
    WidgetRule("related", BRACKETED_HEADLINE, RELATED_HEADLINE_WORDS),
    _rule("related", r"^what (?:others|people|readers|everyone) (?:are|is) (?:clicking|reading|watching|talking)\b",
          10),
    WidgetRule("link", re.compile(r"^«[^«»]{3,200}»\s*$"), PROMPT_RUN_WORDS),  # '« previous story  next story »'
    _rule("footer", r"^\W*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\W*$", 3),  # an e-mail address alone
    WidgetRule("footer", AUTHOR_PHONE, 12),
    # batch 11 of the dev labels (round 13): a broadcaster credit closing a caption, the printed paper's pointer, a
    # reporter's contact row, a comment section's rules
    WidgetRule("caption", BROADCAST_CREDIT, CAPTION_POSITION_WORDS),
    WidgetRule("promo", PAPER_PROMO, 16),
    WidgetRule("footer", CONTACT_ROW, 10),
    WidgetRule("comments", COMMENT_POLICY, COMMENT_POLICY_WORDS),
    WidgetRule("promo", STATION_FOLLOW, SHORT_WIDGET_WORDS),
    WidgetRule("promo", NEWSROOM_PROMISE, SHORT_WIDGET_WORDS),
    WidgetRule("signoff", CONTRIBUTORS, CONTRIBUTORS_WORDS),
    WidgetRule("related", ROUNDUP_ITEM, ROUNDUP_WORDS), WidgetRule("related", ROUNDUP_LABEL, 3),
    WidgetRule("newsletter", NEWSLETTER_GREETING, 2 * PROMPT_WORDS),
    WidgetRule("signoff", FIRST_PUBLISHED, PROMPT_WORDS), WidgetRule("signoff", SERIES_NOTE, SERIES_NOTE_WORDS),
    WidgetRule("promo", SHOW_SCHEDULE, SCHEDULE_WORDS), WidgetRule("share", LIKE_PAGE, PROMPT_WORDS),
    _rule("promo", r"^\W*using (?:our|the) (?:mobile )?app\?|\bread the latest at [\w.-]+\.(?:com|tv|net|org)\b", 20),
    _rule("share", r"\bupdates? on your memorials?\b|\bin your facebook news feed\b", 30),
    WidgetRule("footer", STATION_GROUP, BLURB_WORDS),
    _rule("comments", r"\byou are solely responsible for your (?:own )?comments\b|\bby using [\w.-]+ you agree to\b",
          SHORT_WIDGET_WORDS),
    # leave-outlets-out misses of batches 1-10 read again: link labels run into a headline, partner and photo-sale lines
    _rule("related", r"^quick clicks\b|^\+\s?[\dA-Z][^.!?]*[^.!?\s]$", RELATED_HEADLINE_WORDS),  # '+ 2 men shot …'
    WidgetRule("related", re.compile(r"^(?:[A-Z0-9&'’.-]+\s){1,4}INVESTIGATES\s*:\s*\S"), RELATED_HEADLINE_WORDS),
    WidgetRule("media", re.compile(r"^(?i:more (?:videos?|photos))\s+[A-Z]"), RELATED_HEADLINE_WORDS),
    _rule("footer", r"\b(?:is|are) (?:a |the )?(?:media|news|content) partners? of\b", 15),
    _rule("promo", r"\bphotos? can be (?:ordered|purchased|bought)\b|^more (?:as|when) (?:information|details) "
                   r"(?:becomes?|is|are) available\b", BLURB_WORDS),
    # boxes the dev pages show rarely (the held-out pages more): obituary, contact, social, comment and weather boxes.
    # Each scanned on the dev labels (batches 1-10), PolNeAR train and dev and the unlabelled dev pages: no body line.
    _rule("promo", r"^(?:sign|view|visit) (?:the |our )?guest ?book|^send (?:flowers|a sympathy)|^(?:plant|share|"
                   r"offer|leave) (?:a |your )?(?:trees?|memor(?:y|ies)|condolences?)\b|^published in\b.{0,60}\bon\b",
          12),
    _rule("footer", r"^(?:phone|tel|telephone|fax|e-?mail|newsroom|news tips?|tip line)\s*:\s*\S|"
                    r"^\d{1,5}\s+[A-Z][\w.' ]{2,40},\s*(?:[A-Z][\w. ]{2,30},?\s+)?[A-Z]{2}\.?\s+\d{5}(?:-\d{4})?\W*$",
          14),  # a contact box's rows, a mailing address
    WidgetRule("footer", re.compile(r"^(?:[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?|[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*)"
                                    r"{0,3} (?:News|Media|Broadcasting|Television|TV))\b[^.]{0,40} (?:is|are) "
                                    r"(?:owned|operated|licensed) by\b"), 20),  # a station's owner
    _rule("share", r"^(?:like|follow|find) us on (?:facebook|twitter|instagram|youtube)\b|^subscribe to (?:our|the|"
                   r"\w+['’]s) (?:youtube|channel|podcast)\b|^share (?:this|on)\b", 8),
    _rule("share", r"^(?:e-?mail|print|save|bookmark|text size|font size|reprints?)(?: this)?(?: story| article| page| "
                   r"post)?\W*$", 4),
    _rule("promo", r"^(?:subscribe|sign up) (?:to|for) (?:the |our |a )?[\w .'’&-]{1,40}[^.!?\s]$", 10),
    _rule("comments", r"^leave a (?:reply|comment)\b|^\d+\s+(?:comments?|replies)\b|\b(?:facebook comments plugin|"
                      r"powered by disqus|sort by (?:oldest|newest|top))\b", 12),
    _rule("boilerplate", r"^(?:traffic|weather) (?:alerts?|maps?|radar|forecast|cameras?|closings)\s*$|"
                    r"^\d{1,3}\s?°\s?[FC]?\W*$|^(?:\d-day|current|hourly|extended) (?:forecast|conditions)\s*$", 4),
    # share widgets
    _rule("share", r"^like this:?\s*(?:like\s*)?loading\W*$|^(?:share|email|print|tweet)(?: this)?(?: story| article)?"
                   r"\s*[:|]\s*(?:facebook|twitter|e-?mail)\b", 12),
    # links and related items
    _rule("link", rf"^click here\b{OWN_DOCUMENT}", SHORT_WIDGET_WORDS),
    _rule("link", r"\b(?:is|are) (?:now )?(?:sending|redirecting) you to\b|"
                  r"\bif you do not want to visit (?:that|this|the) page\b|\byou (?:are being|will be) redirected\b",
          SHORT_WIDGET_WORDS),
    _rule("related", r"^(?:also on|more on|more from)(?!\s*(?:this|that|it)\b.*\.\s*$)\s*[\w .'’-]{0,40}:?\s*$",
          8),  # a site's marker ('More on this story:'), not the article's sentence ('More on this case in May.')
    _rule("related", r"^also\s*:?\s*$", 1),  # 'ALSO' over a list of linked headlines
    _rule("related", r"^(?:related(?: story| article| link)?|previously|earlier|more|see also|read more|(?:also )?read "
                     r"(?:also)?)\s*:\s*(?!.*\b(?:said|says|told)\b)\S.{0,120}$", RELATED_HEADLINE_WORDS),
    _rule("related", READ_MORE_TEASER, TEASER_BLURB_WORDS),
    _rule("related", r"^(?:earlier|previous|prior|past|more|related|additional|our|full|complete) coverage\s*:?\s*$",
          4),
    _rule("related", r"^related (?:stories|articles|links|content|coverage|headlines)\b", RELATED_HEADLINE_WORDS * 2),
    _rule("related", r"^(?:more|other|related|latest|top)\s+(?:[\w'’-]+\s+){0,2}(?:news|stories|headlines|articles)"
                     r"\s*:?\s*$", 5),
    # advertising labels that run on into a reading prompt
    _rule("advertisement", r"^(?:advertisement|sponsored|ad)\s*[-–—:|]?\s*(?:continue reading|story continues|article "
                r"continues)\b", 6),
    # footers: copyright blocks and the author's contact or bio lines
    _rule("footer", r"^(?:\W*[\w.]+\W+){0,2}(?:(?:©|\(c\))\s*(?:copyright\s*)?\d{4}|copyright\s*(?:©\s*)?\d{4})|"
                    r"\bmay not be (?:published|reproduced|broadcast|rewritten|redistributed)\b", BLURB_WORDS),
    _rule("footer", r"^(?:on twitter,? )?follow\b.{0,60}\b(?:on (?:twitter|facebook|instagram)|@\w{2,15})\b|"
                    r"\bfollow (?:him|her|them|us) (?:on|at) (?:twitter|facebook|instagram)\b|"
                    r"\b(?:reach|e-?mail|contact|call) (?:him|her|them|the (?:author|writer|reporter))"
                    r"\s+(?:at|on|via)\b|\b(?:he|she) can be reached (?:at|by|via|on)\b|"
                    r"\b(?:call|reach|contact|e-?mail)\s+(?:[\w-]+\s){0,2}(?:reporter|writer|columnist|editor)\b|"
                    r"\b(?:send|e-?mail) (?:us )?(?:news )?tips\b|^feedback\?", 40),
    _rule("footer", r"\bfollow (?:us |him |her |them )?(?:on twitter )?@\w{2,15}\W*$", BLURB_WORDS),
    _rule("footer", r"\bpublic inspection file\b", BLURB_WORDS),  # a broadcaster's FCC notice (batch 2: 45 words)
    _rule("footer", r"^\W*(?:reach|contact|e-?mail)\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:at|via|on)\s+"
                    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+\W*$", 12),
    _rule("signoff", r"^contributing\s*:|\bcontributed (?:additional )?reporting\W*$|"
                     r"^\W*additional reporting (?:by|from)\b|"
                     r"^[A-Z][\w.'’-]+(?: and [A-Z][\w.'’-]+)? reported from [A-Z][\w ,.;'’-]{1,60}$", 20),
    # editorial notes and corrections, op-ed author bios. A 'Clarification:' stays: it restates what the article
    # says (PolNeAR dev annotates the attribution in one); so does an editor's note on an update ('has been
    # updated to reflect that ...', 'Police had previously said ...'): it states the story's facts.
    _rule("footer", r"^(?:editor[’']?s[’']? note|note to readers|correction)s?\s*[:.—–-](?!.{0,80}\b(?:(?:has|have|"
                    r"was|were) been updated|updated to reflect|previously (?:said|reported|stated))\b)|"
                    r"^(?:an? (?:article|earlier version|previous version|headline|picture caption|photo caption|"
                    r"report|story)|because of an editing error)\b.{0,300}\b(?:misstated|misidentified|misspelled|"
                    r"incorrectly|erroneously|omitted)\b|^as (?:published|it appeared) in\b", BLURB_WORDS),
    _rule("footer", r"\bboard of contributors\b|\bopinions are (?:his|her|their) own\b|"
                    r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3},? is (?:the )?(?:co-)?author of\b|"
                    r"\b(?:his|her|their) (?:new |latest )?book\b.{0,120}\bis (?:available|out|published)\b", 60),
    _rule("signoff", r"^\((?:additional )?reporting by\b.*\)\W*$|^story by\b.{0,80}\b(?:video|produced|photos?) by\b",
          BLURB_WORDS),
    # database-export section labels ('ABSTRACT.', 'FULL TEXT.') and a live blog's bare time stamps
    _rule("header", r"^(?:abstract|full text|correction appended|load-date|document type|publication-type|"
                    r"highlight|graphic|language)\W*$", 3),
    _rule("date", r"^\d{1,2}[:.]\d{2}\s*[ap]\.?\s?m\.?(?:\s+[A-Z]{2,4})?\W*$", 4),
]
"""Ordered widget rules; the first that matches (within its length) names the line's kind."""


def widget_kind(text: str, word_count: int) -> ClutterKind | None:
    """The kind of the first widget rule that matches ``text`` of ``word_count`` words, or None."""
    for rule in WIDGET_RULES:
        if word_count <= rule.max_words and prefilter.search(rule.pattern, text):
            return rule.kind
    return None
