"""Wording: where two articles state the same thing in different, evaluative words.

Every pair of sentences the alignment links across two articles (the passages of :class:`newsprism.model.Reuse`)
is compared word by word; the words one sentence uses and the other does not are its differing words. The pair
is kept when a differing word on either side is evaluative: a word that judges or colours rather than reports
("baseless", "monster", "regime", "slammed", "claimed"). newsprism labels nobody: it shows the two wordings side by
side and marks those words, and the reader judges.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from newsprism.memo import per_text
from newsprism.model import Article, Evidence, Reuse, Wording
from newsprism.reuse import sentence_evidence

EVALUATIVE = frozenset("""
baseless bogus false falsely groundless meritless frivolous unfounded spurious dubious questionable debunked
discredited misleading so-called purported supposed alleged allegedly notorious infamous disgraced embattled
controversial divisive polarizing polarising radical extreme extremist far-right far-left hardline hard-line
militant fanatic fanatical zealot brutal ruthless savage barbaric vicious horrific horrifying shocking
outrageous scandalous disgraceful shameful shameless reckless dangerous alarming chilling terrifying dramatic
stunning staggering massive monster huge enormous colossal whopping sweeping unprecedented historic landmark
sensational bombshell explosive damning devastating disastrous catastrophic crushing humiliating embarrassing
stinging scathing fiery furious angry bitter heated defiant desperate defeated triumphant victorious bold
brave courageous heroic hero heroes villain villains thug thugs gang gangs mob mobs terror terrorist terrorists
regime regimes dictator dictators dictatorship tyrant tyranny despot strongman junta puppet propaganda
disinformation misinformation lies lie liar liars hoax sham scam scheme schemes plot plots ploy stunt stunts
witch-hunt witch hunt crackdown purge invasion aggression aggressor occupier occupiers illegal
illegitimate lawless corrupt corruption crony cronies elite elites establishment mainstream woke patriot
patriots patriotic freedom fighters rebels insurgents separatists invaders infiltrators
claim claims claimed claiming insist insists insisted insisting admit admits admitted admitting concede concedes
conceded boast boasts boasted brag bragged slam slams slammed blast blasts blasted lash lashed lambast
lambasted rip ripped torch torched trash trashed mock mocked ridicule ridiculed scoff scoffed sneer sneered
rant ranted whine whined rail railed fume fumed seethe seethed vow vowed threaten threatens threatened
threatening warn warned demand demanded beg begged plead pleaded confess confessed
flop flopped fiasco debacle chaos chaotic mess meltdown crisis turmoil
mere merely barely finally
""".split())
"""Words that judge or colour rather than report. Written for this stage from the kinds of wording differences
readers of multi-source coverage point at (issue #21: "baseless", "monster lawsuit", "regime" vs "government"):
loaded adjectives and adverbs, intensifiers, loaded nouns for people and governments, verbs of saying that take
a stance ("claimed", "insisted", "admitted", "slammed" against a plain "said"), and framing adverbs ("merely",
"finally"). A list, not a model: a reader can see why a word is marked, and there are no bias labels to learn."""
NEUTRAL_COMPOUNDS = frozenset({
    "sanctions regime", "sanction regime", "tax regime", "visa regime", "trade regime", "export regime",
    "control regime", "ceasefire regime", "legal regime", "climate crisis", "housing crisis", "financial crisis",
    "debt crisis", "hostage crisis", "claims process", "insurance claims", "flood claims", "historic district"})
"""Word pairs in which an evaluative word is a technical term ('the UN sanctions regime'): never marked."""
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
MIN_DIFFERENCE = 1
"""Evaluative differing words a pair needs to be shown (one word can reframe a sentence: 'claimed' for 'said')."""


def evaluative(word: str) -> bool:
    """Whether a word (any case, with its possessive) is in :data:`EVALUATIVE`."""
    key = word.lower().replace("’", "'").removesuffix("'s")
    return key in EVALUATIVE


def differing_words(mine: Evidence, other: Evidence) -> list[Evidence]:
    """The evaluative words of ``mine`` that ``other`` does not use, as spans of ``mine``'s article."""
    return [Evidence(article=mine.article, start=mine.start + start, end=mine.start + end, text=word)
            for start, end, word in _differing_spans(mine.text, other.text)]


def _differing_spans(mine: str, other: str) -> list[tuple[int, int, str]]:
    """(start, end, word) in ``mine`` of :func:`differing_words`: a function of the two texts alone."""
    candidates = _evaluative_spans(mine)
    if not candidates:
        return []
    theirs = _lower_words(other)
    return [(start, end, word) for start, end, word in candidates if word.lower() not in theirs]


@per_text  # each distinct text read once per story (issue #20)
def _evaluative_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, word) of the text's evaluative words outside a technical term."""
    words = list(_WORD.finditer(text))
    return tuple((m.start(), m.end(), m.group()) for i, m in enumerate(words)
                 if evaluative(m.group()) and not _in_compound(words, i))


@per_text
def _lower_words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(text))


def _in_compound(words: list[re.Match[str]], i: int) -> bool:
    """The word at ``i`` and its neighbour make a technical term of :data:`NEUTRAL_COMPOUNDS`."""
    pairs = [words[j].group() + " " + words[j + 1].group() for j in (i - 1, i) if j >= 0 and j + 1 < len(words)]
    return any(pair.lower() in NEUTRAL_COMPOUNDS for pair in pairs)


def find_wording(reuse: Sequence[Reuse], articles: Sequence[Article]) -> list[Wording]:
    """Aligned sentence pairs (the reuse passages between ``articles``' sentences) whose differing words are
    evaluative, most evaluative words first.

    Each distinct text's evaluative words and word set are read once, and each sentence's words against one other
    text are made once (issue #20: a one-event story aligns each reprinted sentence with hundreds of others). A
    pair whose two texts hold no evaluative word is passed over before anything is kept for it: most passages."""
    seen: set[tuple[str, int, str, int]] = set()  # pairs kept (a pair not kept would not be kept again)
    made: dict[tuple[str, int, str, str], list[Evidence]] = {}
    found: list[Wording] = []
    for a, b in _aligned(reuse, articles):
        if a.text == b.text or not (_evaluative_spans(a.text) or _evaluative_spans(b.text)):
            continue
        key = (a.article, a.start, b.article, b.start)
        if key in seen:
            continue
        a_words, b_words = _differing(a, b.text, made), _differing(b, a.text, made)
        if len(a_words) + len(b_words) >= MIN_DIFFERENCE:
            seen.add(key)
            found.append(Wording.model_construct(_WORDING_FIELDS, a=a, b=b, a_words=list(a_words),
                                                 b_words=list(b_words)))
    return sorted(found, key=lambda w: (-(len(w.a_words) + len(w.b_words)), w.a.article, w.a.start))


_WORDING_FIELDS = {"a", "b", "a_words", "b_words"}


def _differing(mine: Evidence, other: str, made: dict[tuple[str, int, str, str], list[Evidence]]) -> list[Evidence]:
    """:func:`differing_words` of the sentence ``mine`` against the text ``other``, made once per sentence and
    other text (in ``made``)."""
    key = (mine.article, mine.start, mine.text, other)
    words = made.get(key)
    if words is None:
        words = made[key] = [Evidence(article=mine.article, start=mine.start + start, end=mine.start + end,
                                      text=word) for start, end, word in _differing_spans(mine.text, other)]
    return words


def _aligned(reuse: Sequence[Reuse], articles: Sequence[Article]) -> Iterator[tuple[Evidence, Evidence]]:
    """Each passage's two sentences as evidence, one shared record per sentence (passages hold sentence indexes,
    schema 3.0)."""
    by_id = {article.id: article for article in articles}
    made: dict[str, list[Evidence | None]] = {}
    for item in reuse:
        side_a, side_b = _sentences(by_id[item.a], made), _sentences(by_id[item.b], made)
        for i, j, _ in item.passages:
            yield (side_a[i] or _evidence(by_id[item.a], i, side_a)), (side_b[j] or _evidence(by_id[item.b], j, side_b))


def _sentences(article: Article, made: dict[str, list[Evidence | None]]) -> list[Evidence | None]:
    """The article's sentences' evidence made so far (None: not yet), by index."""
    found = made.get(article.id)
    if found is None:
        found = made[article.id] = [None] * len(article.sentences)
    return found


def _evidence(article: Article, index: int, made: list[Evidence | None]) -> Evidence:
    evidence = made[index] = sentence_evidence(article, index)
    return evidence
