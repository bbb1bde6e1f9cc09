"""quotes/speakers.py: an indefinite description in an article's lede ('A federal judge on Monday struck down …') is
the one person the story titles so further on ('The judge, Ana Ruiz, wrote'), a news lede's delayed identification
(issue #19, E26's seed-104 honest reading, AllSides crawled 5980: the judge's words were left on 'he' and on 'A federal
judge'); in texts written for these tests."""

from __future__ import annotations

from quoted_texts import second_article_speakers

from newsprism.nlp import NlpResources

LEDE = ("A federal judge in Oregon on Monday struck down the county\u2019s ban on fireworks, which he called a "
        "\u201creckless overreach,\u201d drawing an angry reply from the sheriff.\n\n"
        "The ban was passed in 2004 after a dry summer.\n\n"
        "The judge, Harold P. Ostrander, who sits on the federal bench in Salem, wrote that the rule went too "
        "far.")
RULED = ("A federal judge in the District of Oregon ruled late on Monday that the county\u2019s \u201cfireworks\u201d "
         "ban is unlawful.\n\n"
         "\u201cThis case is not about rockets,\u201d Judge Harold P. Ostrander wrote.")
LATER = ("The county\u2019s ban on fireworks was passed in 2004 after a dry summer.\n\n"
         "Its sheriff asked for help in the spring.\n\n"
         "A federal judge who heard a related case said the rule was \u201cclearly too broad.\u201d\n\n"
         "\u201cThis case is not about rockets,\u201d Judge Harold P. Ostrander wrote in his own ruling.")
TWO = ("A federal judge in Oregon ruled on Monday that the county\u2019s \u201cfireworks\u201d ban is unlawful.\n\n"
       "Judge Harold P. Ostrander wrote the ruling, and Judge Mia Castell wrote a dissent.")


def test_a_lede_description_is_the_one_titled_so_later(resources: NlpResources) -> None:
    assert second_article_speakers(resources, "", LEDE) == [("Harold P. Ostrander", False)] * 2
    assert ("Harold P. Ostrander", False) in second_article_speakers(resources, "", RULED)


def test_a_description_past_the_lede_or_with_two_so_titled_stays(resources: NlpResources) -> None:
    assert ("A federal judge", True) in second_article_speakers(resources, "", LATER)
    assert second_article_speakers(resources, "", TWO)[0] == ("A federal judge", True)
