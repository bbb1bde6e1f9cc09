"""The ECB+ loader's commas: figures split by the detokeniser are joined back, a list's comma after a hyphenated
figure keeps its space (invented texts)."""

from pathlib import Path

from newsprism.eval.disagreement_labels import LabelledStory, ecb_text, story_articles


def test_a_height_before_a_weight_stays_two_numbers() -> None:
    assert ecb_text("Police said Varga is 6-foot-1, 190 pounds.") == "Police said Varga is 6-foot-1, 190 pounds."
    assert ecb_text("Lindqvist (6-3, 245) started.") == "Lindqvist (6-3, 245) started."
    assert ecb_text("the 6-foot-10, 240-pound center") == "the 6-foot-10, 240-pound center"


def test_split_thousands_are_joined_back() -> None:
    assert ecb_text("a town of 42, 000 people and $310, 500 in aid") == "a town of 42,000 people and $310,500 in aid"
    assert ecb_text("On Tuesday, 3, 400 nurses walked out.") == "On Tuesday, 3,400 nurses walked out."
    assert ecb_text("he earns 700 (Dh3, 180) a month") == "he earns 700 (Dh3,180) a month"


def test_the_loader_reads_an_ecb_file_with_both_commas(tmp_path: Path) -> None:
    folder = tmp_path / "ecbplus" / "98" / "ecbplus"
    folder.mkdir(parents=True)
    (folder / "98_1ecbplus.txt").write_text("Varga is 5-foot-10, 170 pounds, in a town of 12, 000.\n")
    [article] = story_articles(LabelledStory("ecbplus", "98/ecbplus", "-", []), tmp_path)
    assert article.text == "Varga is 5-foot-10, 170 pounds, in a town of 12,000.\n"
