"""clean/listings.py: a caption in the present or past above a dateline lead that leaves its person unnamed
(mark_unnamed_lead_caption); a deck with its source, a quotation, the perfect
(a report's tense), no day told (an abstract) or the lead's own name stays. Every text here is
invented."""

from __future__ import annotations

from newsprism.clean import clean_article
from newsprism.config import CleanConfig
from newsprism.ingest.raw import RawArticle

LEAD = ("LAKEMONT, Ore. (KQRV) – A sheriff's deputy is in serious but stable condition after a traffic stop turned "
        "violent late Thursday, the county sheriff's office said.")
REST = ("The deputy, identified as Pat Quill, was hit twice after walking up to a pickup on Cedar Mill Road, "
        "officials said.\n\nThe driver was arrested about an hour later near a gravel pit east of town.")


def _kept(top: str, lead: str = LEAD) -> str:
    text = f"Deputy hurt during traffic stop\n\n{top}\n\n{lead}\n\n{REST}"
    return clean_article(RawArticle(id="p", source="p", format="text", text=text), CleanConfig()).text


def test_a_past_tense_caption_naming_whom_the_lead_leaves_unnamed_goes() -> None:
    for caption in ("Deputy Pat Quill was seriously hurt during a traffic stop near Lakemont on Thursday.",
                    "Pat Quill, 41, is recovering at a Lakemont hospital Saturday after he was shot twice."):
        kept = _kept(caption)
        assert caption not in kept and "traffic stop turned violent" in kept


def test_a_deck_with_its_source_a_quote_or_the_leads_name_stays() -> None:
    for line in ("According to the sheriff, Deputy Pat Quill was shot twice during a stop on Thursday.",
                 "Deputy Pat Quill said he \u201cnever saw the gun\u201d before he was hit.",
                 "Sheriff's deputies arrested a driver after a shooting on Cedar Mill Road.",
                 "Pat Quill, a deputy of twenty years, planned more patrols on the back roads of the county.",
                 "Pat Quill, 41, has been named as the deputy hurt during the stop on Cedar Mill Road."):
        assert line in _kept(line)
    named_lead = LEAD.replace("A sheriff's deputy", "Deputy Pat Quill")
    line = "Deputy Pat Quill was seriously hurt during a traffic stop near Lakemont on Thursday."
    assert line in _kept(line, named_lead)
