"""Sports statistics with their holder: win-loss records, career and game points are the named team's or
player's, scoped records are measures of their own, records of other times of a season are no rivals, a game's
points are keyed by the article's final score (issue #18, round 19). Invented texts."""

from __future__ import annotations

from newsprism.figures.measures import read_claims
from newsprism.figures.rivals import rivals
from newsprism.figures.sports import game_key, person_bracket
from newsprism.model import Evidence, FigureValue


def _read(text: str) -> list[tuple[str, str | None, float]]:
    return [(c.measure, c.subject, c.number.value) for c in read_claims(text)]


def test_a_team_record_in_a_bracket_is_the_team_wins_and_losses() -> None:
    assert _read("Rowe threw for 240 yards and led Lakeland (11-4) to the title game.") == [
        ("record wins", "Lakeland", 11.0), ("record losses", "Lakeland", 4.0)]


def test_a_record_stated_by_a_verb_is_its_subject_or_possessor() -> None:
    assert _read("With the loss, the Ospreys fell to 6-9 on the season.") == [
        ("record wins", "Ospreys", 6.0), ("record losses", "Ospreys", 9.0)]
    assert _read("By beating the Herons, Lakeland’s record rose to 10-5 and a playoff spot was theirs.") == [
        ("record wins", "Lakeland", 10.0), ("record losses", "Lakeland", 5.0)]


def test_a_record_a_pronoun_holds_or_a_score_is_not_read() -> None:
    assert _read("He came to Dunmore from Varna, where he was 150-130 in four seasons.") == []
    assert _read("The Ospreys won a 27-20 victory and led 14-3 at halftime.") == []
    assert _read("The motion passed 52-48 after a long debate.") == []


def test_a_scoped_record_is_a_measure_of_its_own() -> None:
    assert _read("Marlow is 131-150 in four-plus seasons as the Herons' coach.") == [
        ("record wins in four-plus seasons", "Marlow", 131.0), ("record losses in four-plus seasons", "Marlow",
                                                                 150.0)]
    assert _read("The Ospreys are 7-2 in games decided by one score.")[0][0] == "record wins in games decided by one"


def test_a_boxer_record_with_knockouts() -> None:
    assert _read("The bout took Varga's record to 40-2 with 30 wins by knockout.") == [
        ("record wins", "Varga", 40.0), ("record losses", "Varga", 2.0), ("knockouts", "Varga", 30.0)]


def test_career_points_of_the_named_player() -> None:
    assert _read("Ellery now has 2,413 career points for the Herons.") == [("career points", "Ellery", 2413.0)]
    assert _read("Play halted once Ellery, who now has 2,414 points, hit the free throw.") == [
        ("career points", "Ellery", 2414.0)]
    assert _read("On a free throw Ellery broke Rob Tandy’s scoring record of 2,050 points.") == [
        ("career points", "Rob Tandy", 2050.0)]
    assert _read("Ellery passed Ken Mott (2,110) on the school's scoring list.") == [
        ("career points", "Ken Mott", 2110.0)]


def test_points_no_name_holds_are_not_read() -> None:
    assert _read("The free throw gave him 2,117 career points.") == []
    assert _read("He scored 24 points and had nine rebounds.") == []


def _value(article: str, sentence: str, words: str, number: float) -> FigureValue:
    start = sentence.index(words)
    evidence = Evidence(article=article, start=0, end=len(sentence), text=sentence)
    mention = Evidence(article=article, start=start, end=start + len(words), text=words)
    return FigureValue(article=article, value=number, qualifier="exact", written=words.split("-")[0],
                       mention=mention, evidence=evidence, published=None)


def test_records_of_one_time_are_rivals_and_games_apart_are_not() -> None:
    now = _value("a", "Forwards scored for the Herons (12-0), who stayed unbeaten.", "12-0", 12)
    misreported = _value("b", "The Herons (11-0) stayed unbeaten with the win.", "11-0", 11)
    later = _value("c", "Vance had 15 points for the Herons (16-1), who lost at home.", "16-1", 16)
    assert rivals(now, misreported, "record wins")
    assert not rivals(now, later, "record wins")


def test_a_person_record_in_a_bracket_is_left_to_the_conflicts_stage() -> None:
    text = "Ivo Varga (41-2, 31 KOs) won again."
    assert person_bracket("record wins", "person:ivo-varga", text, text.index("41"))
    assert not person_bracket("record wins", "org:lakeland", text, text.index("41"))
    stated = "Varga improved his record to 41-2."
    assert not person_bracket("record wins", "person:ivo-varga", stated, stated.index("41"))


def test_a_score_after_an_opponent_is_no_record() -> None:
    assert _read("Dunmore slipped past Lakeland, 24-17, and into the title game.") == []
    assert _read("The Ospreys won their semifinal against Marlow Academy (41-30) on Friday.") == []


def test_game_points_are_the_named_player_scoped_by_what_follows() -> None:
    assert _read("Vance had 12 points and four assists for the Herons.") == [("game points", "Vance", 12.0)]
    assert _read("Osei had 7 points in the first half.") == [("game points in the first half", "Osei", 7.0)]
    assert _read("Ellery finished with 21 points, and he now has 2,302 in all.") == [
        ("game points", "Ellery", 21.0)]


def test_a_game_figure_is_keyed_by_the_article_final_score() -> None:
    assert game_key("game points", "person:vance", "The Herons won a 71-60 victory over Dunmore.") == (
        "person:vance @ 71-60")
    assert game_key("game points", "person:vance", "Vance had 12 points in the loss.") is None
    assert game_key("career points", "person:vance", "Vance had 12 points in the loss.") == "person:vance"


def test_a_stated_record_holder_is_no_name_after_a_preposition_and_lifetime_scopes() -> None:
    assert _read("Marlow’s record as a coach with both Dunmore and Lakeland stands at 250-260.") == []
    assert _read("Marlow is 250-260 lifetime, with four years at Dunmore.")[0][0] == "record wins lifetime"
    assert _read("Six games later and the Ospreys stand at 10-5.")[0][:2] == ("record wins", "Ospreys")
