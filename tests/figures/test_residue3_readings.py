"""Readings added after the dev residue 3 and 14 incidents were read (issue #18, round 10; texts written for the
test): a roundup page beside a page about the event, a parent 'of four', shots fired 'eight or nine times', a
headline's person after a colon or comma, a headline's 'shot himself', 'shooting of a boy', 'gunshot death', a death
in a headline's next clause, conditions at a hospital, ages after the counted noun, 'Wounds 4', 'follows recent
attacks'."""

from __future__ import annotations

from newsprism.figures.another_event import roundup_articles
from newsprism.figures.headline import headline
from newsprism.figures.measures import read_claims
from newsprism.figures.title_people import title_claims
from newsprism.ingest.raw import RawArticle
from newsprism.pipeline import analyze_raw


def claims(text: str) -> list[tuple[str, str | None, float]]:
    return [(c.measure, c.subject, c.number.value) for c in read_claims(text)]


def titled(title: str) -> list[tuple[str, float]]:
    return [(c.measure, c.number.value) for c in title_claims(title)]


def test_a_roundup_headline_marks_its_page_beside_a_page_about_the_event() -> None:
    titles = {"a": "30 hurt in 9 incidents across the city", "b": "Five shot at Lumo Street cookout",
              "c": "Lumoville weekend violence"}
    assert roundup_articles(titles) == {"a", "c"}
    assert roundup_articles({"a": titles["a"], "c": titles["c"]}) == set()  # roundups alone are all there is
    assert roundup_articles({"d": "Suspect named in the Lumoville shootings", "b": titles["b"]}) == set()


def test_a_roundup_pages_figures_are_other_shootings(resources) -> None:
    texts = {"round": ("Nine hurt in several Friday shootings across Lumoville",
                       "A man was shot dead on Corrow Road at 9 p.m. Nine people were wounded in all on Friday."),
             "own": ("Three shot outside Lumo Street cookout",
                     "Three guests were wounded after a man fired into a cookout on Lumo Street on Friday. "
                     "Doctors expect all three to pull through.")}
    raws = [RawArticle(id=name, source=f"{name}.txt", format="text", text=text, title=title,
                       published="2024-06-01") for name, (title, text) in texts.items()]
    figures = analyze_raw(raws, resources=resources).figures
    injured, killed = headline(figures, "injured"), headline(figures, "killed")
    assert injured is not None and injured.value == 3
    assert killed is None


def test_a_parents_children_are_no_count() -> None:
    assert claims("Father of 4 killed at barbecue shooting") == []
    assert claims("Four killed at barbecue shooting") == [("killed", None, 4.0)]


def test_shots_fired_some_or_other_times_are_no_count() -> None:
    assert claims("The gunman began shooting eight or nine times.") == []
    assert claims("The gunman began shooting eight people.") == [("shot", None, 8.0)]


def test_a_headline_person_after_a_colon_or_a_comma() -> None:
    assert titled("Storage shed burns, man found dead") == [("killed", 1.0)]
    assert titled("UPDATE: Police: Woman shot on Wrenfield Street") == [("shot", 1.0)]
    assert titled("Storage shed burns, two cars lost") == []


def test_a_headline_person_who_shot_himself() -> None:
    assert titled("Man accidentally shot himself in the hand") == [("shot", 1.0)]
    assert titled("Man shot himself, died at the scene") == [("killed", 1.0)]
    assert titled("Boy, 9, shot himself with father's pistol") == [("shot", 1.0)]  # the archive counts him hurt
    assert titled("Police: two hurt, man shot himself") == [("injured", 2.0)]  # a count stands alone


def test_a_headline_shooting_of_one_person_and_a_gunshot_death() -> None:
    assert titled("Arrest follows shooting of 13-year-old Lumoville girl") == [("shot", 1.0)]
    assert titled("Arrest made in shooting of music video") == []
    assert titled("Boy's gunshot death ruled accidental") == [("killed", 1.0)]


def test_a_death_in_a_headlines_next_clause_is_someone_elses() -> None:
    assert titled("Deputy shot during chase; suspect has died") == [("shot", 1.0)]
    assert titled("Deputy shot during chase dies") == [("killed", 1.0)]


def test_a_count_in_a_hospital_condition_is_of_the_injured() -> None:
    assert claims("All four victims remain in stable condition.") == [("injured", None, 4.0)]
    assert claims("Two patrons were in critical condition Sunday.") == [("injured", None, 2.0)]
    assert claims("The patron is in critical condition.") == []  # one person: the parse reads him


def test_ages_between_a_count_and_its_verb() -> None:
    assert claims("Four boys between ages 11 and 15 were hurt on Monday.") == [("injured", None, 4.0)]
    assert claims("Two men, ages 21 and 26, were hurt on Monday.") == [("injured", None, 2.0)]


def test_a_headlines_present_tense_wounds() -> None:
    assert claims("Lumoville Shooting Wounds 4 Boys") == [("injured", None, 4.0)]
    assert claims("He suffered gunshot wounds to his leg.") == []


def test_a_sentence_following_recent_attacks_counts_another_event() -> None:
    assert claims("The shooting follows recent attacks in Lumoville, where five officers died.") == [
        ("killed", "officers (earlier event)", 5.0)]
    assert claims("Five officers died in the attack.") == [("killed", "officers", 5.0)]


def test_what_ties_the_counted_people_to_the_event() -> None:
    assert claims("Two more men linked to the shooting arrived at Lumo General with gunshot wounds.") == [
        ("injured", None, 2.0)]


def test_a_number_word_is_no_adjective_of_the_counted_noun() -> None:
    assert claims("KLMO 11 News Two brothers, ages 9 and 14, were shot on Sunday.") == [("shot", None, 2.0)]


def test_a_condition_joined_to_others_is_counted_once() -> None:
    assert claims("Two patrons were in critical condition, and three other people were hurt.") == [
        ("injured", None, 5.0)]


def story_headlines(resources, texts: dict[str, str]) -> dict[str, float]:
    raws = [RawArticle(id=name, source=f"{name}.txt", format="text", text=text, published="2024-06-01")
            for name, text in texts.items()]
    figures = analyze_raw(raws, resources=resources).figures
    return {m: h.value for m in ("killed", "injured", "shot") if (h := headline(figures, m)) is not None}


def test_a_venue_counting_more_than_the_whole_is_the_events_count(resources) -> None:
    counts = story_headlines(resources, {"a": "Four people were shot inside the Lumo Tavern. Police said two patrons "
                                              "took bullets in the legs and are expected to recover."})
    assert counts.get("shot") == 4 and counts.get("injured") == 4
    paris = story_headlines(resources, {"a": "Nine people were shot on Friday night, four of them at the Lumo "
                                             "Tavern. Police said three people were shot at the Lumo Tavern."})
    assert paris.get("shot") == 9  # a venue's smaller count is a part


def test_others_hurt_beside_a_victim_described_count_him_too(resources) -> None:
    counts = story_headlines(resources, {"a": "A round went through a flat's wall and struck a 4-year-old boy. "
                                              "Later two other men showed up at Lumo General with gunshot wounds."})
    assert counts.get("injured") == 3
    dead = story_headlines(resources, {"a": "A man, 30, was shot and killed on Quill Lane. "
                                            "Two other men showed up at Lumo General with gunshot wounds."})
    assert dead.get("injured") == 2 and dead.get("killed") == 1


def test_the_rest_of_a_group_in_a_condition_is_a_part() -> None:
    assert claims("The remaining four were in stable condition.") == []
    assert claims("One man died and the other two were wounded.") == [("killed", None, 1.0), ("injured", None, 2.0)]


def test_other_shootings_in_separate_attacks_are_a_roundup() -> None:
    assert claims("In other shootings on Friday, two teens got wounded in separate Lumo attacks.") == [
        ("injured", "(other shootings)", 2.0)]


def test_others_beside_victims_each_described_are_among_them(resources) -> None:
    counts = story_headlines(resources, {"a": "Dana Lumo, 34, said she was hurt in the crowd. Two of the four other "
                                              "people shot talked to police. Ari Vell, 20, was shot in the "
                                              "arm. Bo Kest, 24, was shot in the leg. Cy Rann, 23, was shot in the "
                                              "stomach. Di Rann, 23, was shot in the hip."})
    assert counts.get("injured") == 4  # not 4 + the one described before, nor + all five
