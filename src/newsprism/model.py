"""The data model: one typed record per thing newsprism reads or finds.

Every record that points into an article does so through :class:`Evidence` (or the
offsets of a :class:`Sentence`): an article id and character offsets into that
article's cleaned ``text``, so that ``article.text[start:end] == evidence.text``.

The JSON report is :class:`Report` serialised with pydantic; its JSON Schema is
published in ``docs/report.schema.json`` (see :mod:`newsprism.render.schema`).
Records are frozen: a stage returns new records, it never edits the ones it got.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "3.0"


class Record(BaseModel):
    """Base of every record: immutable, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


ClutterKind = Literal[
    "title",
    "subtitle",
    "byline",
    "outlet",
    "date",
    "dateline",
    "credit",
    "breadcrumb",
    "share",
    "comments",
    "login",
    "caption",
    "duplicate",
    "related",
    "advertisement",
    "link",
    "signoff",
    "header",
    "footer",
    "fragment",
    "boilerplate",
    "media",
    "promo",
    "newsletter",
]
"""Why a line left the body: metadata moved to its field, or web clutter of one kind."""


class RemovedLine(Record):
    """A line (or the piece of a line) that cleaning took out of the body, and why."""

    text: str
    reason: ClutterKind
    line: int | None = Field(
        default=None, description="1-based line number in the source text; null for HTML pages"
    )


class Evidence(Record):
    """A span of one article's cleaned text that backs an output item."""

    article: str = Field(description="id of the article")
    start: int = Field(ge=0, description="character offset into the article's text")
    end: int = Field(ge=0, description="end offset (exclusive)")
    text: str = Field(description="article.text[start:end]")
    part: Literal["title"] | None = Field(
        default=None, exclude_if=lambda part: part is None,
        description="'title': the offsets are into the article's title, not its text (a figure a headline states: "
                    "article.title[start:end] == text); absent: into its text")


class EntityMention(Record):
    """A named entity found in a sentence, with offsets into the article's text."""

    text: str
    label: str = Field(description="spaCy label: PERSON, GPE, ORG, DATE, ...")
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Sentence(Record):
    """One sentence of an article's cleaned text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    entities: list[EntityMention] = Field(default_factory=list)


class Article(Record):
    """One cleaned article: metadata, body text, sentences and what was removed."""

    id: str = Field(description="file stem, JSON 'id', or feed/URL derived; stable across runs")
    source: str = Field(description="path or URL it was read from")
    format: Literal["text", "html", "json", "feed"]
    url: str | None = None
    title: str | None = None
    subtitle: str | None = None
    byline: list[str] = Field(default_factory=list, description="author names, not the outlet")
    outlet: str | None = Field(default=None, description="the publishing outlet, as a reader names it; null when "
                                                        "nothing names it (a wire agency is the credit)")
    outlet_source: Literal["metadata", "domain", "dateline", "line", "copyright", "promo", "mention", "email",
                           "bare-domain"] | None = Field(
        default=None, description="the evidence the outlet came from: the input's metadata, the URL's domain in the "
                                  "packaged table, a credit in the text (dateline, line, copyright, promo, mention, "
                                  "email) or the URL's bare domain")
    published: str | None = Field(default=None, description="ISO 8601 date or date-time")
    dateline: str | None = Field(default=None, description="place the story was filed from")
    credit: str | None = Field(default=None, description="wire agency credited: Reuters, AP, AFP, ...")
    text: str = Field(description="the cleaned body; paragraphs separated by a blank line")
    sentences: list[Sentence] = Field(default_factory=list)
    removed: list[RemovedLine] = Field(default_factory=list)


class Fact(Record):
    """A statement several articles make, with its support."""

    text: str = Field(description="a representative wording")
    evidence: list[Evidence]
    articles: int = Field(ge=0, description="number of articles that report it")
    origins: int = Field(ge=0, description="number of independent origins (reprints count once)")


Passage = tuple[Annotated[int, Field(ge=0)], Annotated[int, Field(ge=0)], Annotated[float, Field(ge=0.0, le=1.0)]]
"""Two sentences, one in each article of a reuse pair, that say the same thing: [the sentence's index in article a's
``sentences``, its partner's index in article b's, similarity]; the evidence is those sentences (their offsets and
text). Schema 3.0 (issue #20): a passage was two evidence records with their texts, about 500 bytes of JSON; a
500-article one-event story's reuse section was 747 MB of them."""


class Change(Record):
    """What a reprint or rewrite changed: one slot of an aligned sentence pair that differs."""

    kind: Literal["number", "date", "name", "place", "quote"]
    a: Evidence = Field(description="the sentence in article a")
    b: Evidence = Field(description="the aligned sentence in article b")
    a_value: str
    b_value: str


class Reuse(Record):
    """How one article relates to another."""

    a: str
    b: str
    relation: Literal["verbatim", "rewrite", "independent"]
    source: str | None = Field(description="id of the article the other one reuses, if known")
    coverage: float = Field(ge=0.0, le=1.0, description="share of the reusing article explained by the other")
    passages: list[Passage] = Field(default_factory=list, description="the aligned sentence pairs, each [index of "
                                    "the sentence in article a's sentences, index of its partner in article b's, "
                                    "similarity]")
    changes: list[Change] = Field(default_factory=list, description="slots a reprint or rewrite changed")


EntityType = Literal["person", "place", "organisation", "work"]
"""spaCy's PERSON; GPE, LOC and FAC; ORG and NORP-named bodies; a work (a film, show, book, song) named in the story."""


class QuoteVariant(Record):
    """One article's wording of a statement, and who it says made it."""

    kind: Literal["direct", "partial", "indirect"] = Field(
        description="direct: a full quotation in quotation marks; partial: a few quoted words inside the "
                    "writer's sentence; indirect: reported speech without quotation marks")
    content: Evidence = Field(description="the words quoted, without the quotation marks (indirect: the reported "
                                          "content)")
    source: Evidence | None = Field(
        description="the words that name the speaker where the article attributes the quote (a name, 'he', "
                    "'the ministry'), possibly in an earlier sentence; null when none is found")
    cue: Evidence | None = Field(description="the attribution cue: said, told, added, according to, ...")
    speaker: str | None = Field(description="who the speaker is: the entity's canonical name where the source "
                                            "resolves to one, else the source's words")
    entity: str | None = Field(default=None, description="id of the speaker's entity in ``entities``")
    anonymous: bool = Field(default=False, description="the source is described, not named ('a senior official', "
                                                       "'the minister's lawyer'): an unnamed source")


class Quote(Record):
    """One statement and every wording of it across articles (a quote cluster)."""

    kind: Literal["direct", "indirect"] = Field(description="direct when any variant is in quotation marks")
    text: str = Field(description="a representative wording: the longest direct variant")
    speaker: str | None = Field(description="the speaker most variants name")
    entity: str | None = Field(default=None, description="id of that speaker's entity")
    variants: list[QuoteVariant]
    articles: int = Field(ge=1, description="number of articles that carry it")
    speakers_differ: bool = Field(default=False, description="the variants name different speakers")


class Entity(Record):
    """A person, place or organisation, merged across articles."""

    id: str = Field(description="stable within the report, e.g. 'person:kim-jong-un'")
    name: str = Field(description="canonical name: the fullest form the articles use")
    type: EntityType
    aliases: list[str] = Field(default_factory=list, description="the other forms the articles use")
    mentions: list[Evidence]
    articles: int = Field(ge=1, description="number of articles that mention it")


class ConflictSide(Record):
    """What one group of articles says about the disputed point, with its support."""

    claim: str = Field(description="the value this side states, as written ('2016', 'Moscow', '41 people')")
    evidence: list[Evidence] = Field(description="the sentence (or quote) in each article that states it")
    articles: int = Field(ge=1, description="number of articles on this side")
    origins: int = Field(ge=1, description="number of independent origins on this side (reprints count once)")


ConflictKind = Literal["date", "number", "place", "person", "negation", "modality", "other"]


class Conflict(Record):
    """Where sources disagree about one point, with the evidence on each side."""

    kind: ConflictKind = Field(description="what differs: a date or time, a number or quantity, a place, a person "
                                           "(who did or said it), a negation, a modality ('will' / 'may')")
    about: str = Field(description="what the disagreement is about, in a few words")
    sides: list[ConflictSide] = Field(min_length=2)
    explanation: str = Field(description="one sentence a person can check in one read")


FigureVerdict = Literal["agreed", "updated", "disputed"]
"""agreed: every outlet gives the same value; updated: later reports give a new value (a toll that rises);
disputed: different values in the same time window."""


class FigureValue(Record):
    """One article's statement of a figure: the value with its qualifier, where it says so, and when."""

    article: str = Field(description="id of the article")
    value: float = Field(description="the number as stated, scales applied ('1.5 million' → 1500000)")
    qualifier: Literal["exact", "about", "at least", "at most"] = Field(
        description="how the article bounds it: exact, about ('nearly', 'some'), at least ('more than', 'at "
                    "least'), at most ('up to', 'less than')")
    written: str = Field(description="the value as written, with its qualifier ('at least 129')")
    mention: Evidence = Field(description="the words of the figure: the number and what it counts")
    evidence: Evidence = Field(description="the sentence that states it")
    published: str | None = Field(default=None, description="the article's publication date or date-time")


class FigureSide(Record):
    """The articles that give one value of a figure, with their support and time."""

    claim: str = Field(description="the value as the first of its articles writes it")
    value: float = Field(description="the value as a number")
    articles: list[str] = Field(description="ids of the articles that give it")
    origins: int = Field(ge=1, description="independent origins among them (reprints count once)")
    first_published: str | None = Field(default=None, description="earliest publication among them")
    last_published: str | None = Field(default=None, description="latest publication among them")


class FigureHeadline(Record):
    """The story's count of one measure of the event as a whole, read from one figure (the headline toll)."""

    measure: str = Field(description="the measure counted: killed, injured, shot, arrested ...; 'injured' may be read "
                                     "from a figure of the people shot (less the dead)")
    value: float = Field(description="the story's count")
    basis: Literal["latest", "consensus", "with the shooter", "the shooter", "shot less killed"] = Field(
        description="latest: the last of values that rose (an updated toll); consensus: the value with the most "
                    "independent origins, then articles; with the shooter: the consensus or latest count of the "
                    "dead plus the shooter's own death, which it leaves out; the shooter: only the shooter died; "
                    "shot less killed: no article counts the injured, so the people shot less the dead")


class Figure(Record):
    """One measure of the story (the dead, the injured, a party's seats, the magnitude ...) as each outlet gives it."""

    measure: str = Field(description="what is counted: killed, injured, shot, arrested, seats, magnitude, "
                                     "passengers, people on board, attackers, missing, amount ...")
    subject: str | None = Field(default=None, description="of which subject or part of the event (a party, a "
                                                         "venue); null: the event as a whole")
    about: str = Field(description="the measure in a few words ('people killed at the Bataclan')")
    values: list[FigureValue] = Field(description="every statement of it, in article order")
    sides: list[FigureSide] = Field(description="one per distinct value, earliest first")
    verdict: FigureVerdict
    history: str = Field(description="the values in time order ('127 by 2015-11-14T02:00, 129 by "
                                     "2015-11-14T14:00'); the value alone when agreed")
    headlines: list[FigureHeadline] = Field(
        default_factory=list, description="the story's counts read from this figure: set on the one figure of each "
                                          "measure that counts the event as a whole (no group, venue or earlier "
                                          "event of its own where another figure does)")


class TimelineEvent(Record):
    """Something that happened at a time the articles state, with every article that reports it."""

    date: str = Field(description="ISO 8601 at the precision the text gives: YYYY, YYYY-MM, YYYY-MM-DD or "
                                  "YYYY-MM-DDTHH:MM; a range as START/END")
    precision: Literal["year", "month", "day", "time"]
    what: str = Field(description="a representative sentence")
    evidence: list[Evidence] = Field(description="the sentence in each article that reports it")
    expressions: list[Evidence] = Field(description="the time expressions as written ('on Tuesday', 'last month')")
    reference: str | None = Field(
        default=None, description="how relative expressions were resolved when an article gives no date of its own: "
                                  "the inferred publication date and what it was inferred from; null otherwise")
    background: bool = Field(
        default=False, description="true when the event is background (an earlier event the articles recall), false "
                                   "when it is part of the story itself (near the articles' publication dates)")


class SummarySentence(Record):
    """One sentence of the cited summary."""

    text: str = Field(description="extracted or lightly fused from the articles; never a fact no source states")
    citations: list[str] = Field(description="ids of every article that supports it")
    evidence: list[Evidence] = Field(description="the sentence in each cited article")
    conflict: int | None = Field(default=None, description="index into ``conflicts`` when this sentence states "
                                                           "a disagreement ('Outlets differ on ...')")
    origins: int = Field(default=1, ge=1, description="number of independent origins among the cited articles "
                                                      "(a reprint or rewrite and its source count once)")


class InputProblem(Record):
    """An input that could not be analysed; the others still are."""

    input: str = Field(description="the path, URL or path:line that failed")
    code: str = Field(description="error code from the catalogue in newsprism.errors")
    message: str
    outlet: str | None = Field(default=None, description="for a page refused as no article (a paywall, a video or "
                                                          "log-in page): the outlet the page still names, if any")
    removed: list[RemovedLine] = Field(default_factory=list, description="for a page refused as no article: every "
                                       "line cleaning took out, and why (what `--explain` lists)")


class QuotedSource(Record):
    """Someone an article quotes: a named person or body, or an unnamed source as the article describes it."""

    name: str = Field(description="the speaker's canonical name, or the article's words for an unnamed source "
                                  "('a senior official')")
    anonymous: bool = Field(description="true when the article does not name the source")
    quotes: int = Field(ge=1, description="number of quotations the article attributes to this source")
    evidence: list[Evidence] = Field(description="the words quoted, in the article")


class OmittedFact(Record):
    """A fact most of the other sources state that this one does not."""

    fact: int = Field(ge=0, description="index into ``facts``")
    text: str
    origins: int = Field(ge=1, description="independent origins that state it")


class OutletFigure(Record):
    """A figure a source gives: which measure, the value as it writes it, and where."""

    figure: int = Field(ge=0, description="index into ``figures``")
    about: str = Field(description="the measure in a few words")
    written: str = Field(description="the value as this source writes it")
    mention: Evidence = Field(description="the words of the figure in this source")


class OutletOrigin(Record):
    """How a source got its text."""

    how: Literal["own", "reprint", "rewrite", "shared"] = Field(
        description="own: no other article here is its source; reprint / rewrite: it reuses ``of`` verbatim or "
                    "reworded; shared: it shares most of its text with ``of`` but which one came first is unknown")
    of: str | None = Field(default=None, description="id of the article it reuses (or shares text with)")
    coverage: float | None = Field(default=None, ge=0.0, le=1.0, description="share of it the other explains")


class Outlet(Record):
    """One source of the story as a reader meets it: who, when, how it opens, where its text came from, whom it
    quotes, what it alone says and what it leaves out."""

    article: str = Field(description="id of the article")
    name: str = Field(description="the outlet, or 'unnamed source N' when nothing names it")
    named: bool = Field(description="true when ``name`` is the outlet, false for 'unnamed source N'")
    label: str | None = Field(default=None, description="the reader's own label: the file name or URL it came from")
    domain: str | None = Field(default=None, description="host of the article's URL, without 'www.'")
    published: str | None = Field(default=None, description="first publication time, ISO 8601")
    headline: str | None = None
    lede: Evidence | None = Field(default=None, description="the article's opening sentence")
    origin: OutletOrigin
    figures: list[OutletFigure] = Field(default_factory=list, description="the figures it gives, in the order of "
                                                                         "``figures``")
    quoted: list[QuotedSource] = Field(default_factory=list, description="named sources first, most quoted first")
    exclusive: list[Evidence] = Field(
        default_factory=list, description="sentences no other origin states (its own copies aside), in text order")
    omitted: list[OmittedFact] = Field(default_factory=list, description="facts most other origins state, not it")


class Wording(Record):
    """Two aligned sentences of different articles that say the same thing in different, evaluative words."""

    a: Evidence
    b: Evidence
    a_words: list[Evidence] = Field(description="evaluative words of ``a`` that ``b`` does not use")
    b_words: list[Evidence] = Field(description="evaluative words of ``b`` that ``a`` does not use")


class Report(Record):
    """Everything newsprism found about one story."""

    schema_version: str = SCHEMA_VERSION
    articles: list[Article] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    reuse: list[Reuse] = Field(default_factory=list, description="one record per pair of articles that share an "
                               "aligned passage; every other pair of articles is independent")
    quotes: list[Quote] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list, description="most-mentioned first")
    conflicts: list[Conflict] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list, description="every measure the articles count, the "
                                                                   "disputed first")
    timeline: list[TimelineEvent] = Field(default_factory=list, description="in date order")
    summary: list[SummarySentence] = Field(default_factory=list)
    outlets: list[Outlet] = Field(default_factory=list, description="one entry per source, in article order")
    wording: list[Wording] = Field(default_factory=list, description="the same statement in different evaluative "
                                                                    "words, most differing words first")
    problems: list[InputProblem] = Field(default_factory=list)
