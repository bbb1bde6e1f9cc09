"""Namesakes in a family, titled surnames tagged bodies, "the X family" and names continued by "and" (issue #19,
sixth fresh-stories round), on sentences written for these tests."""

from __future__ import annotations

from newsprism.config import NlpConfig
from newsprism.entities import EntityIndex, find_entities
from newsprism.entities.contained import join_acronym_heads, join_conjoined
from newsprism.entities.kin import KIN_BEFORE, drop_families, family_members, separate_namesakes
from newsprism.entities.mentions import Mention, make_mention
from newsprism.entities.merge import Resolved, cluster
from newsprism.entities.names import name_key
from newsprism.entities.spelling import join_misspelt
from newsprism.entities.spread import trim_headlines
from newsprism.entities.surnames import resolve_article, story_names
from newsprism.grouping import DisjointSets
from newsprism.model import Article, EntityType
from newsprism.nlp.resources import NlpResources
from newsprism.nlp.sentences import parse


def analyse(resources: NlpResources, *texts: str) -> EntityIndex:
    articles = [Article(id=f"a{i}", source=f"a{i}", format="text", text=text) for i, text in enumerate(texts)]
    return find_entities(parse(articles, resources, NlpConfig()))


def resolved(text: str, *written: tuple[str, EntityType, str], after: int = 0) -> list[Resolved]:
    """Mentions of one article (each name's first occurrence at or after ``after`` and the one before it) with the
    key each was resolved to."""
    out = []
    at = after
    for name, label, target in written:
        start = text.index(name, at)
        at = start + len(name)
        mention = make_mention("a0", text, (start, at), label, 0)
        out.append(Resolved(mention, target or mention.key))
    return out


def test_a_titled_surname_is_not_the_relative_introduced_by_a_kin_noun() -> None:
    text = ("President Lumo spoke on Monday. Later first lady Ana Lumo lit candles. The crowd was quiet. "
            "The band played. Lumo thanked the nurses.")
    items = resolved(text, ("Lumo", "person", "analumo"), ("Ana Lumo", "person", ""),
                     ("Lumo", "person", "analumo"))
    items[2] = Resolved(make_mention("a0", text, (text.rindex("Lumo"), text.rindex("Lumo") + 4), "person", 0),
                        "analumo")
    targets = [r.target for r in separate_namesakes(items, {"a0": text})]
    assert targets == ["lumo", "analumo", "lumo"]


def test_the_relative_keeps_the_surname_of_the_next_sentence() -> None:
    text = "Officer Lumo arrived. His wife, Ana Lumo, was there. Lumo said she was afraid."
    items = resolved(text, ("Lumo", "person", "analumo"), ("Ana Lumo", "person", ""), ("Lumo", "person", "analumo"),
                     after=0)
    items[2] = Resolved(make_mention("a0", text, (text.rindex("Lumo"), text.rindex("Lumo") + 4), "person", 0),
                        "analumo")
    assert [r.target for r in separate_namesakes(items, {"a0": text})] == ["lumo", "analumo", "analumo"]


def test_a_relative_also_written_with_the_title_keeps_it() -> None:
    text = "President Lumo spoke. His wife, Ana Lumo, listened. Later President Ana Lumo left."
    first = resolved(text, ("Lumo", "person", "analumo"), ("Ana Lumo", "person", ""))
    last = resolved(text, ("Ana Lumo", "person", ""), after=text.index("Later"))
    assert [r.target for r in separate_namesakes(first + last, {"a0": text})] == ["analumo"] * 3


def test_no_kin_noun_no_namesake() -> None:
    text = "President Lumo spoke. Ana Lumo, 54, listened."
    items = resolved(text, ("Lumo", "person", "analumo"), ("Ana Lumo", "person", ""))
    assert [r.target for r in separate_namesakes(items, {"a0": text})] == ["analumo", "analumo"]


def test_kin_nouns_and_spouses_roles() -> None:
    assert KIN_BEFORE.search("along with first lady ") and KIN_BEFORE.search("the victim's grandmother, ")
    assert not KIN_BEFORE.search("said neighbor ") and not KIN_BEFORE.search("the ladies ")


def test_a_surname_before_family_is_no_entity() -> None:
    text = "Kim Lumo, 11, died. A sign expressed sympathy to the Lumo family. The Lumo crime family denied it."
    items = resolved(text, ("Kim Lumo", "person", ""), ("Lumo", "organisation", ""), ("Lumo", "organisation", ""))
    items[2] = Resolved(make_mention("a0", text, (text.index("Lumo crime"), text.index("Lumo crime") + 4),
                                     "organisation", 0), "lumo")
    kept = drop_families(items, {"a0": text})
    assert [r.mention.start for r in kept] == [items[0].mention.start, items[2].mention.start]


def conjoined(*names: str) -> list[set[str]]:
    text = " ; ".join(names)
    written = [(m.key, m) for name in names
               for m in [make_mention("a0", text, (text.index(name), text.index(name) + len(name)), "organisation", 0)]]
    roots: DisjointSets[str] = DisjointSets()
    for key, _ in written:
        roots.find(key)
    join_conjoined(written, roots)
    groups: dict[str, set[str]] = {}
    for key, mention in written:
        groups.setdefault(roots.find(key), set()).add(mention.text)
    return sorted(groups.values(), key=sorted)


def test_a_name_continued_by_and_joins_the_longer_name() -> None:
    assert conjoined("St. Kade Hospital", "St. Kade Hospital and Health Care Center") == [
        {"St. Kade Hospital", "St. Kade Hospital and Health Care Center"}]


def test_conjoined_names_need_a_head_and_one_longer_name() -> None:
    assert len(conjoined("Kade Health", "Kade Health and Human Services")) == 2  # no head word
    assert len(conjoined("Kade Police", "Kade Police and Crime Commissioner")) == 2  # an office
    assert len(conjoined("Kade Hospital", "Kade Hospital and Clinics", "Kade Hospital and Spa Center")) == 3


def test_a_titled_surname_tagged_a_body_is_the_person() -> None:
    text = "Lumo County Sheriff Tim Kadewell spoke. Sheriff Kadewell said both families were friends."
    person = make_mention("a0", text, (text.index("Tim"), text.index(" spoke")), "person", 0)
    start = text.index("Sheriff Kadewell")
    titled = make_mention("a0", text, (start, start + len("Sheriff Kadewell")), "organisation", 0)
    assert resolve_article([person, titled], story_names([person, titled])) == ["timkadewell", "timkadewell"]


def test_a_titled_surname_of_no_person_stays_itself() -> None:
    text = "Sheriff Kadewell said both families were friends."
    titled = make_mention("a0", text, (0, len("Sheriff Kadewell")), "organisation", 0)
    assert resolve_article([titled], story_names([titled])) == [titled.key]


def test_the_titled_surname_joins_the_person_record(resources: NlpResources) -> None:
    index = analyse(resources, "Lumo County Sheriff Tim Kadewell said deputies arrived at 6 p.m. on Friday.\n\n"
                               "Sheriff Kadewell said both families were friends.")
    records = [e for e in index.entities if "Kadewell" in e.name]
    assert [(e.name, e.type, len(e.mentions)) for e in records] == [("Tim Kadewell", "person", 2)]


def test_ordinal_words_and_figures_share_a_key() -> None:
    assert name_key("Ninth Street") == name_key("9th Street") != name_key("Ninth")
    assert name_key("North Fifth Avenue") == name_key("North 5th Avenue")


def spelled(*written: tuple[str, EntityType]) -> int:
    """How many entities the names written (each in one article) make after the spelling joins."""
    roots: DisjointSets[str] = DisjointSets()
    pairs = []
    for name, label in written:
        mention = make_mention("a0", name, (0, len(name)), label, 0)
        pairs.append((mention.key, mention))
        roots.find(mention.key)
    join_misspelt(pairs, roots)
    return len({roots.find(key) for key, _ in pairs})


def test_a_possessive_and_a_direction_s_initial_spell_one_name() -> None:
    assert spelled(("St. Kade's Parish", "place"), ("St. Kade Parish", "organisation")) == 1
    assert spelled(("St. Kades Parish", "place"), ("St. Kade Parish", "place")) == 2  # no apostrophe: two names
    assert spelled(("E. Lumo", "place"), ("East Lumo", "place")) == 1
    assert spelled(("E. Lumo", "person"), ("East Lumo", "place")) == 2


def group(text: str, name: str, label: EntityType, article: str = "a0") -> list[Mention]:
    start = text.index(name)
    mention = make_mention(article, text, (start, start + len(name)), label, 0)
    return [mention]


def test_a_relative_tagged_a_body_is_a_person() -> None:
    text = "Mark Lumo, 50, died. His sister-in-law, Janice Lumo, spoke. Janice cried."
    groups = [group(text, "Mark Lumo", "person"), group(text, "Janice Lumo", "organisation"),
              group(text, "Janice", "organisation")]
    out = family_members(groups)
    assert [sorted(m.text for m in g) for g in out] == [["Mark Lumo"], ["Janice", "Janice Lumo"]]
    assert {m.label for m in out[1]} == {"person"}


def test_a_surname_ending_places_names_no_relative() -> None:
    text = "Ana State, 40, coached. Kade State beat Lumo State."
    groups = [group(text, "Ana State", "person"), group(text, "Kade State", "organisation"),
              group(text, "Lumo State", "organisation")]
    assert [{m.label for m in g} for g in family_members(groups)] == [{"person"}, {"organisation"}, {"organisation"}]


def test_no_cue_and_no_given_name_no_relative() -> None:
    text = "Ana House said so. The Whitex House agreed."
    groups = [group(text, "Ana House", "person"), group(text, "Whitex House", "organisation")]
    assert [{m.label for m in g} for g in family_members(groups)] == [{"person"}, {"organisation"}]


def test_a_sentence_opening_preposition_is_cut_off_a_name_the_story_writes() -> None:
    text = "Police closed Lumo Street. Across Lumo Street, a sign lay on the sidewalk. Near Kade Lane a car stood."
    mentions = [make_mention("a0", text, (text.index(name), text.index(name) + len(name)), "place", 0)
                for name in ("Lumo Street", "Across Lumo Street", "Near Kade Lane")]
    assert [m.text for m in trim_headlines([mentions], [text])[0]] == ["Lumo Street", "Lumo Street", "Near Kade Lane"]


def joined_acronyms(*names: str) -> int:
    text = " ; ".join(names)
    written = [(m.key, m) for name in names
               for m in [make_mention("a0", text, (text.index(name), text.index(name) + len(name)), "organisation", 0)]]
    roots: DisjointSets[str] = DisjointSets()
    for key, _ in written:
        roots.find(key)
    join_acronym_heads(written, roots)
    return len({roots.find(key) for key, _ in written})


def test_an_acronym_opening_a_name_joins_the_name_it_spells() -> None:
    assert joined_acronyms("KU Hospital", "Kade University Lumo Hospital") == 1
    assert joined_acronyms("KU Hospital", "Kade University Hospital") == 1
    assert joined_acronyms("KU Hospital", "Kade Ugo Hospital", "Kade University Hospital") == 3  # two spell it
    assert joined_acronyms("KU Hospital", "Lumo University Hospital") == 2
    assert joined_acronyms("KU Hospital", "Kade University Medical Center") == 2


def test_a_one_word_body_with_its_own_officers_is_not_the_longer_name(resources: NlpResources) -> None:
    index = analyse(resources, "The White House wrote to House Speaker Ana Lumo on Monday. The White House "
                               "said the House could not compel it. Lumo said the House would vote.")
    houses = sorted((e.name, len(e.mentions)) for e in index.entities if e.name in ("House", "White House"))
    assert [name for name, _ in houses] == ["House", "White House"]


def test_a_suffixed_name_tagged_a_body_joins_the_person() -> None:
    text = "Ana Lumo Jr was held. Ana Lumo said nothing."
    suffixed = make_mention("a0", text, (0, len("Ana Lumo Jr")), "organisation", 0)
    start = text.index("Ana Lumo said")
    person = make_mention("a0", text, (start, start + len("Ana Lumo")), "person", 0)
    groups = cluster([Resolved(suffixed, suffixed.key), Resolved(person, person.key)], {"a0": text})
    assert len(groups) == 1


def test_a_son_and_his_father_stay_apart() -> None:
    text = "Ana Lumo Jr was held. Ana Lumo said nothing. Ana Lumo Sr wept."
    written = [(0, "Ana Lumo Jr", "organisation"), (text.index("Ana Lumo said"), "Ana Lumo", "person"),
               (text.index("Ana Lumo Sr"), "Ana Lumo Sr", "person")]
    mentions = [make_mention("a0", text, (start, start + len(name)), label, 0) for start, name, label in written]
    assert len(cluster([Resolved(m, m.key) for m in mentions], {"a0": text})) >= 2


def test_st_opening_a_name_is_saint_and_ending_one_street() -> None:
    assert name_key("St. Kade Lumo Hospital") == name_key("Saint Kade Lumo Hospital")
    assert name_key("Kade St.") == name_key("Kade Street") != name_key("Kade Saint")
