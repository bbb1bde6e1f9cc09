"""A quote cluster whose variants name different speakers is a 'person' conflict."""

from __future__ import annotations

from newsprism.conflicts.speakers import speaker_conflicts
from newsprism.model import Evidence, Quote, QuoteVariant


def _variant(article: str, speaker: str, source: str | None = None) -> QuoteVariant:
    words = "The harbour stays closed until noon"
    written = source or speaker
    entity = "person:" + ("henrik-dahl" if "Dahl" in speaker else "elena-varga")
    return QuoteVariant(kind="direct", content=Evidence(article=article, start=1, end=1 + len(words), text=words),
                        source=Evidence(article=article, start=50, end=50 + len(written), text=written), cue=None,
                        speaker=speaker, entity=entity)


def test_speakers_differ_is_a_person_conflict_with_origins() -> None:
    quote = Quote(kind="direct", text="The harbour stays closed until noon", speaker="Elena Varga",
                  variants=[_variant("wire", "Elena Varga"), _variant("reprint", "Elena Varga", "Varga"),
                            _variant("radio", "Henrik Dahl")],
                  articles=3, speakers_differ=True)
    origin = {"wire": 0, "reprint": 0, "radio": 1}.__getitem__
    [conflict] = speaker_conflicts([quote], origin)
    assert conflict.kind == "person"
    assert [(s.claim, s.articles, s.origins) for s in conflict.sides] == [("Elena Varga", 2, 1), ("Henrik Dahl", 1, 1)]
    assert "radio" in conflict.explanation and "Henrik Dahl" in conflict.explanation


def test_a_speaker_given_by_a_pronoun_is_no_side() -> None:
    quote = Quote(kind="direct", text="The harbour stays closed until noon", speaker="Elena Varga",
                  variants=[_variant("wire", "Elena Varga"), _variant("radio", "Henrik Dahl", "He")], articles=2,
                  speakers_differ=True)
    assert speaker_conflicts([quote], {"wire": 0, "radio": 1}.__getitem__) == []


def test_agreeing_speakers_are_no_conflict() -> None:
    quote = Quote(kind="direct", text="The harbour stays closed until noon", speaker="Elena Varga",
                  variants=[_variant("wire", "Elena Varga"), _variant("radio", "Elena Varga", "Varga")],
                  articles=2)
    assert speaker_conflicts([quote], {"wire": 0, "radio": 1}.__getitem__) == []


def _placed(article: str, text: str, words: str, name: str) -> QuoteVariant:
    at, by = text.index(words), text.index(name)
    entity = "person:" + name.lower().replace(" ", "-")
    return QuoteVariant(kind="direct", content=Evidence(article=article, start=at, end=at + len(words), text=words),
                        source=Evidence(article=article, start=by, end=by + len(name), text=name), cue=None,
                        speaker=name, entity=entity)


def _told_apart(words: str, speaker: str, *variants: QuoteVariant) -> Quote:
    """A direct quotation of ``words`` carried by two articles whose variants name different speakers."""
    return Quote(kind="direct", text=words, speaker=speaker, articles=2, speakers_differ=True, variants=list(variants))


def test_a_speaker_from_the_sentence_before_is_no_side() -> None:
    words = "He knew the chase was over"
    wire = f'Deputies chased him for miles, Sheriff Ada Quill said.\n"{words}," deputy Ben Roe said.'
    radio = f'"{words}," deputy Ben Roe said.'
    quote = _told_apart(words, "Ben Roe", _placed("wire", wire, words, "Ada Quill"),
                        _placed("radio", radio, words, "Ben Roe"))
    origin = {"wire": 0, "radio": 1}.__getitem__
    assert len(speaker_conflicts([quote], origin)) == 1  # without the texts, as before
    assert speaker_conflicts([quote], origin, {"wire": wire, "radio": radio}) == []
    own = f'"{words}," Sheriff Ada Quill said.'
    quote = quote.model_copy(update={"variants": [_placed("wire", own, words, "Ada Quill"), quote.variants[1]]})
    assert len(speaker_conflicts([quote], origin, {"wire": own, "radio": radio})) == 1


def test_a_quote_whose_sentence_names_the_other_speaker_is_no_conflict() -> None:
    words = "a lasting pause in the fighting"
    own = f'Mayor Ida Lenz said she expects "{words}" by Friday.'
    other = f'Governor Tor Malm dismissed Lenz\'s call for "{words}" on Thursday.'
    quote = _told_apart(words, "Ida Lenz", _placed("left", own, words, "Ida Lenz"),
                        _placed("right", other, words, "Tor Malm"))
    origin = {"left": 0, "right": 1}.__getitem__
    assert len(speaker_conflicts([quote], origin)) == 1
    assert speaker_conflicts([quote], origin, {"left": own, "right": other}) == []


def test_a_speaker_named_in_a_joint_subject_is_no_side() -> None:
    words = "a reckless tirade"
    own = f'Senator Ada Quill accused the governor of "{words}" at the meeting.'
    joint = f'The governor gave "{words}", Mayor Ben Roe and other council leaders said.'
    quote = _told_apart(words, "Ada Quill", _placed("left", own, words, "Ada Quill"),
                        _placed("right", joint, words, "Ben Roe"))
    origin = {"left": 0, "right": 1}.__getitem__
    assert len(speaker_conflicts([quote], origin)) == 1  # without the texts, as before
    assert speaker_conflicts([quote], origin, {"left": own, "right": joint}) == []
    alone = joint.replace(" and other council leaders", "")
    assert len(speaker_conflicts([quote], origin, {"left": own, "right": alone})) == 1
    second = f'The governor gave "{words}", council leaders and Ben Roe said.'
    quote = quote.model_copy(update={"variants": [quote.variants[0], _placed("right", second, words, "Ben Roe")]})
    assert speaker_conflicts([quote], origin, {"left": own, "right": second}) == []
