"""How story grouping decides (:class:`StoryConfig`), each constant with how it was calibrated."""

from __future__ import annotations

import math
from dataclasses import dataclass

MASS_RANGE = (15.0, 80.0)
"""The term mass (summed term weights of title and lead) :class:`SameStoryCosine` is read at is held in this range:
the 1st and 99th percentiles of the five calibration halves' items were 17 and 62 (the largest 83), so outside
it the fit has no data."""


@dataclass(frozen=True)
class SameStoryCosine:
    """The cosine an item is expected to have with another item of its story, from what the item carries:
    ``base + per_log_mass * ln(term mass) + keyed * [it names an event key]``.

    Fitted by weighted least squares (each corpus weighing alike) on the calibration halves of five corpora at
    once (issue #17): per item, the mean cosine with the other items of its gold story, against its term mass and
    whether it names any key (a name, number or entity). Short items and items naming nobody share less with
    their story's other items in every corpus, not in one: items without a key had a mean same-story embedding
    cosine of 0.48 (gunviolence), 0.61 (NeuS val), 0.53 (GoogleNews-TS, lower-cased, so it names none) against
    0.60-0.69 for keyed items, and the TF-IDF cosine drops alike. The fit reproduces each corpus's mean within
    0.03 (GoogleNews-TS 0.528 / 0.533 fitted, NeuS 0.654 / 0.658, gunviolence 0.600 / 0.653 the furthest)."""

    base: float
    per_log_mass: float
    keyed: float

    def at(self, mass: float, keyed: bool) -> float:
        low, high = MASS_RANGE
        return self.base + self.per_log_mass * math.log(min(max(mass, low), high)) + (self.keyed if keyed else 0.0)


MINILM, STATIC = "minilm", "static"
"""The document vectors the dense view can read (:attr:`StoryConfig.document_vector`)."""
DENSE_SAME = SameStoryCosine(0.3534, 0.0541, 0.1045)
"""Embedding cosine (title and lead, MiniLM) with the item's story mates (:class:`SameStoryCosine`)."""
SPARSE_SAME = SameStoryCosine(-0.0251, 0.0595, 0.0890)
"""TF-IDF cosine (the grouper's view, IDF over the half) with the item's story mates (:class:`SameStoryCosine`)."""


@dataclass(frozen=True)
class StoryConfig:
    """alpha, beta, vocabulary_floor, merge_*: calibrated on the GoogleNews-TS clusters whose crc32(label)
    is even (74 of 152 stories, 5,746 items, in file order; see :mod:`newsprism.eval.clusters`).

    The event fields (window_hours .. split_key_idf, sparse_*, candidates; issue #17) were calibrated on the
    calibration stories (even crc32) of five corpora at once, newsprism-lexical in stream order: gunviolence
    incidents (2,009 pages), AllSides roundups (741), NeuS val (463), ECB+ train+dev (304) and GoogleNews-TS
    (5,746); the odd halves are held out (docs/stories.md has both). The grid (sparse_weight 0/50/200/400/1000,
    sparse_new 0.2/0.25/0.3/0.4, key_evidence 0/1/2/4, key_items_floor 100/1000, evidence_weight 0/1/3) picked
    the setting with the most corpora at or above the TF-IDF baseline. dense_* were calibrated after them, the
    same way, on newsprism with embeddings (the document vectors of title and lead).

    ``sparse_new`` and ``dense_new`` hold for a reference item (one naming an event key, of ``reference_mass``
    terms); for any other item they are scaled by its expected same-story cosine over the reference's
    (:meth:`new_cosines`): a 28-word lower-cased snippet naming nobody is expected to share less with its story than
    a titled lead naming people and places, so it needs less to join one. One setting for every corpus."""

    alpha: float = 0.03
    """MStream's concentration; the paper's setting. 0.01-0.1 gave NMI 0.915-0.922 on the calibration half."""
    beta: float = 0.04
    """MStream's term smoothing: calibration NMI 0.904 (0.02), 0.918 (0.03, the paper's), 0.934 (0.04), 0.934
    (0.05, fewer stories). Smaller beta splits stories, larger merges them."""
    dense_weight: float = 1000.0
    """Weight of the embedding cosine, added to the log-probability as the TF-IDF view is. At 80 (calibrated on
    GoogleNews-TS before the TF-IDF view, weight 1000, came in) the embeddings were swamped: newsprism with
    embeddings was within 0.01 of newsprism-lexical everywhere (NeuS val 0.933 / 0.794). Calibration halves
    (issue #17, dense_new 0.6), weight 80 / 1000 / 2000, NMI / B-cubed: NeuS val 0.933 / 0.794, 0.957 / 0.848,
    0.959 / 0.852; AllSides 0.929 / 0.770, 0.945 / 0.812, 0.948 / 0.818; ECB+ 0.957 / 0.916, 0.959 / 0.922,
    0.954 / 0.915; gunviolence 0.967 / 0.857 (80) and 0.964 / 0.851 (1000). 1000 is on a par with
    ``sparse_weight``: the two views weigh alike."""
    dense_new: float = 0.6
    """The embedding cosine standing in for a new story (weight 1000; calibration halves, NMI / B-cubed): 0.5 /
    0.55 / 0.6 / 0.65 / 0.7 gave NeuS val 0.944 / 0.817, 0.950 / 0.832, 0.957 / 0.848, 0.958 / 0.845, 0.957 /
    0.836; ECB+ 0.958 / 0.918, 0.955 / 0.913, 0.959 / 0.922, 0.952 / 0.910, 0.942 / 0.892; AllSides B-cubed
    0.793, 0.807, 0.812, 0.814, 0.809; gunviolence (0.55 / 0.6) 0.962 / 0.847, 0.964 / 0.851. Lower joins
    unrelated stories of one topic (NeuS precision 0.83 at 0.5, 0.93 at 0.6). GoogleNews-TS's 28-word snippets
    want less: 0.4 (weight 80) / 0.5 / 0.6 gave 0.929 / 0.873, 0.948 / 0.909, 0.914 / 0.846. With the threshold
    scaled by the item's expected same-story cosine (:meth:`new_cosines`) a snippet's is 0.6 * 0.533 / 0.657 = 0.49,
    and GoogleNews-TS has 0.964 / 0.936 at 0.6 while the real corpora keep their figures (docs/stories.md)."""
    reference_mass: float = 40.0
    """The term mass of the item ``sparse_new`` and ``dense_new`` are set for (one naming a key): about the median of
    the real corpora's items (median title and lead mass 39 AllSides, 42 ECB+, 43 gunviolence, 47 NeuS val)."""
    vocabulary_floor: int = 500
    """MStream's V is the vocabulary of the whole data set; online it is the vocabulary seen so far, which at the
    start of a stream is tiny and makes every word a story lacks very costly. V is taken as at least this (a
    few dozen articles' worth). Large floors merge stories: calibration NMI without embeddings 0.952 with V as
    seen, 0.799 with a floor of 10,000, 0.644 with 20,000; GoogleNews-TS passes 500 words within its first
    50 items, so the calibrated figures hold with this floor."""
    fade_hours: float = 72.0
    """Dated articles: a story fades three days after its latest article (not calibrated: GoogleNews-TS is a
    one-day crawl without dates)."""
    fade_quantile: float = 0.0
    """Which of the recent arrivals' dates is the stream's clock for fading (the items placed since the last
    maintenance, sorted by date; 0 the earliest, 1 the newest, the clock before issue #17's order check). With
    the newest, a shuffled stream faded each story at the first maintenance after a later-dated item came:
    calibration halves, lexical, shuffled, NMI / B-cubed, newest -> earliest (with ``reach_hours`` 336):
    gunviolence 0.954 / 0.758 -> 0.966 / 0.846, AllSides 0.926 / 0.699 -> 0.958 / 0.834 (TF-IDF 0.955 / 0.804,
    0.944 / 0.767). Only 0 and 1 were tried."""
    fade_items: int | None = 20000
    """Undated articles: a story fades after this many items without one for it. GoogleNews-TS is in no time
    order (its stories span the whole file), so any window shorter than the file splits them; 20,000 keeps
    every story of it alive."""
    merge_every: int = 500
    """Items between two merge checks."""
    merge_threshold: float = 0.6
    """Cosine of two stories' term profiles (their 50 heaviest terms) at which they merge. Calibration NMI without
    / with embeddings: no merging 0.934 / 0.959; 0.8: 0.938 / 0.964; 0.7: 0.944 / 0.966; 0.6: 0.952 / 0.974
    (9 / 5 merges); 0.5: 0.950 / 0.970 (17 / 8 merges, some wrong)."""
    merge_terms: int = 50
    window_hours: float = 96.0
    """A story's activity window: an item dated more than this before its first or after its latest article joins
    it only on ``strong_evidence`` (and two stories further apart never merge). Four days: gunviolence follow-ups
    (arrests, names released) mostly come within a few days; not swept (the dated corpora's figures did not move
    between runs with the window at 96 h and without it once the key gate was on)."""
    reach_hours: float = 336.0
    """An item dated further than this from a story's span never joins it, whatever the evidence (two weeks).
    Before, the fading did this, and only in date order: a story faded three days of stream time after its
    latest article, so a late follow-up could join only within one maintenance's items of it, and in a shuffled
    stream never. Gunviolence calibration half, lexical, with the order-independent fading clock
    (``fade_quantile`` 0) and no reach: 533 joins in stream order, 81 of them more than 14 days from the story's
    nearest member (25 right), 67 more than 30 days (19 right). NMI / B-cubed, stream / shuffled, reach 168 /
    336 / 720 h: 0.968 / 0.848, 0.966 / 0.844; 0.969 / 0.851, 0.966 / 0.846; 0.969 / 0.852, 0.967 / 0.848
    (TF-IDF 0.956 / 0.806, 0.955 / 0.804); AllSides calibration half, 336 / 720 h: 0.954 / 0.832, 0.958 / 0.834;
    0.950 / 0.824, 0.952 / 0.821 (TF-IDF 0.939 / 0.758, 0.944 / 0.767). 336 is the better of the two over both
    (docs/stories.md)."""
    key_evidence: float = 1.0
    """Evidence (summed capped IDF of shared event keys, :func:`~newsprism.stream.scoring.evidence`) an item needs
    to join a story when both name an event key: two shootings in two towns share none. Calibration (sparse 1000):
    0 / 1 / 2 gave gunviolence B-cubed 0.849 / 0.854 / 0.847, ECB+ 0.890 / 0.919 / 0.890, NeuS val 0.828 / 0.782 /
    0.812 (NeuS's three outlets name different people: the gate costs there)."""
    strong_evidence: float = 5.0
    """Evidence of the story's own keys (:func:`~newsprism.stream.scoring.own_evidence`: each shared key's capped IDF
    times the share of the stream's items naming it that are the story's) an item needs to join a story outside its
    activity window: about one rare key that only this story names (a victim's name in a follow-up weeks later).
    Read by hand on gunviolence held out, plain summed IDF let a Las Vegas shooting join a Las Vegas suicide five
    months older ("^las", "^vegas", "^metro", the station's call sign: four rare keys) and six pages from months
    apart join on a sign-up prompt left in their leads ("^thing", "^spam", "^junk"): rare, but spread over many
    stories. Calibration halves (the dated corpora; sparse_new 0.25, evidence_weight 0), NMI / B-cubed with
    embeddings: summed IDF at 8 / 12: gunviolence 0.969 / 0.857, 0.970 / 0.859, AllSides 0.948 / 0.817, 0.954 /
    0.832; own evidence at 2 / 3 / 5 / 8: gunviolence 0.970 / 0.860, 0.971 / 0.864, 0.971 / 0.862, 0.970 / 0.858,
    AllSides 0.951 / 0.822, 0.953 / 0.829, 0.958 / 0.844, 0.959 / 0.848 (lexical at 5 / 8: gunviolence 0.971 / 0.859,
    0.970 / 0.855, AllSides 0.950 / 0.821, 0.954 / 0.832); 5 keeps gunviolence's B-cubed furthest above 0.85."""
    evidence_weight: float = 0.0
    """Nats of join score per unit of evidence (shared rare keys) among the stories an item may join. Before the
    scaled thresholds 0 and 3 moved AllSides and NeuS B-cubed by about +-0.03 and gunviolence by 0.004, and 1 was
    kept. With them (sparse_new 0.25), calibration halves, 1 / 0: NeuS val lexical 0.943 / 0.811 -> 0.947 / 0.819,
    AllSides lexical NMI 0.938 -> 0.939 (the baseline's), ECB+ with embeddings 0.954 / 0.913 both, GoogleNews-TS
    (no keys) unchanged. The key gate (``key_evidence``) still decides which stories an item may join; among those
    the words and the embeddings choose."""
    idf_cap: float = 5.0
    """A key's IDF counts at most this much (a key seen once so far is no stronger than a rare one). Not swept."""
    key_items_floor: int = 100
    """Key rarity (IDF) is reckoned over at least this many items (:class:`~newsprism.stream.scoring.KeyFrequency`):
    a key in 1 of the first 3 items is not common. 1,000 made common names look rare on the small corpora
    (AllSides B-cubed 0.555 vs 0.609 and NeuS val 0.511 vs 0.546 with 100, before the TF-IDF view)."""
    sparse_weight: float = 1000.0
    """Weight of the TF-IDF view: the cosine of the item's TF-IDF vector (terms weighted by their rarity in the
    stream so far) with the story's summed one, added to the log-probability as the dense view is. Calibration
    (sparse_new 0.2-0.3): 0 / 200 / 400 / 1000 gave gunviolence B-cubed - / 0.716 / 0.812 / 0.854, NeuS val 0.546 /
    0.765 / 0.787 / 0.782, GoogleNews-TS NMI 0.952 / 0.934 / 0.925 / 0.919: the lexical view of real articles
    needs word rarity that MStream's counts lack; GoogleNews-TS's stop-word-free snippets need it less."""
    sparse_new: float = 0.25
    """The TF-IDF cosine standing in for a new story, for the reference item (:meth:`new_cosines` scales it for the
    others). Before the scaling, 0.2 / 0.25 / 0.3 gave gunviolence B-cubed 0.854 / 0.847 / 0.838, ECB+ 0.919 / 0.890 /
    0.827, NeuS val 0.782 / 0.812 / 0.795 and 0.2 was kept. With the scaling (calibration halves, evidence_weight
    1 / 0 at 0.25), 0.2 -> 0.25, newsprism-lexical NMI / B-cubed: NeuS val 0.933 / 0.795 -> 0.947 / 0.819, AllSides
    0.929 / 0.768 -> 0.939 / 0.789, GoogleNews-TS 0.947 / 0.893 -> 0.952 / 0.915, gunviolence 0.968 / 0.858 ->
    0.968 / 0.852, ECB+ 0.957 / 0.919 -> 0.946 / 0.895 (still above the baseline's 0.940 / 0.881): the setting
    with every corpus but NeuS lexical at or above the baseline, with and without embeddings."""
    candidates: int = 10
    """With the TF-IDF view, an item is scored against this many stories at most: the nearest by TF-IDF cosine
    (keeps grouping linear; the figures did not change against scoring every story sharing a term)."""
    document_vector: str = "minilm"
    """What the dense view reads (issue #17): ``"minilm"``, the sentence encoder's vector of the first
    ``DOCUMENT_TOKENS`` word pieces of title and lead (14 ms of CPU per article), or ``"static"``, the SIF-weighted
    mean of the same model's static word-piece embeddings (:mod:`newsprism.nlp.static_vectors`, about 0.3 ms),
    grouped with ``static_weight`` and ``static_new`` in place of ``dense_weight`` and ``dense_new``. MiniLM stays
    the default: on the calibration halves the static vector left NeuS val below the TF-IDF baseline in every
    setting tried (best 0.949 / 0.820 against 0.954 / 0.836; MiniLM 0.957 / 0.842), docs/stories.md."""
    static_weight: float = 300.0
    """``dense_weight`` for the static vector. Calibration halves (static_new 0.5 / 0.6), NMI / B-cubed, weight
    300 / 600 / 1000: NeuS val 0.938 / 0.800, 0.949 / 0.820 (300); 0.929 / 0.781, 0.944 / 0.813 (600); 0.898 /
    0.734, 0.938 / 0.799 (1000); GoogleNews-TS 0.954 / 0.907, 0.947 / 0.894 (300); 0.959 / 0.919, 0.948 / 0.894
    (600); 0.954 / 0.909, 0.945 / 0.890 (1000); gunviolence 0.971-0.972 / 0.862-0.868 at all but (1000, 0.5).
    The static vector is a bag of word pieces like the TF-IDF view, so it earns less weight than MiniLM's."""
    static_new: float = 0.55
    """``dense_new`` for the static vector (weight 300; scaled per item like ``dense_new``). Calibration halves,
    0.5 / 0.55 / 0.6: NeuS val 0.938 / 0.800, 0.941 / 0.808, 0.949 / 0.820; GoogleNews-TS 0.954 / 0.907, 0.953 /
    0.907, 0.947 / 0.894; gunviolence 0.972 / 0.866, 0.972 / 0.865, 0.971 / 0.862. 0.55 is the highest keeping
    GoogleNews-TS NMI at 0.95 or above; NeuS wants more, GoogleNews-TS's snippets less."""
    split_min: int = 2
    """A story splits when at least two groups of this many members share no specific key. Not swept: with the
    key gate on, no calibration corpus triggered a split (stories there do not accrete), so this guards long
    streams; the tests show the split on a story that did grow over two events."""
    split_key_idf: float = 3.0
    """Keys at least this rare (IDF) link a story's members when looking for a split: a common name (a big city,
    a party) links events that are not one. IDF 3 is a key in under 5 % of the items. Not swept."""

    def new_cosines(self, mass: float, keyed: bool) -> tuple[float, float]:
        """The TF-IDF and the embedding cosine standing in for a new story, for an item of this term ``mass`` that
        names an event key or not: ``sparse_new`` and ``dense_new`` scaled by the item's expected same-story cosine
        over the reference item's (:data:`SPARSE_SAME`, :data:`DENSE_SAME`)."""
        sparse = self.sparse_new * SPARSE_SAME.at(mass, keyed) / SPARSE_SAME.at(self.reference_mass, True)
        dense_new = self.static_new if self.document_vector == STATIC else self.dense_new
        dense = dense_new * DENSE_SAME.at(mass, keyed) / DENSE_SAME.at(self.reference_mass, True)
        return sparse, dense

    @property
    def vector_weight(self) -> float:
        """The dense view's weight for the configured ``document_vector``."""
        return self.static_weight if self.document_vector == STATIC else self.dense_weight
