"""A live police release's versions under dated update markers (issue #16, :func:`newsprism.clean.sections.
feature_headings`): the markers are the release's sections, but the officer's name signing the version above a
marker is no sub-heading and is left to the line classifier. Texts written for the test, no publisher's text."""

from __future__ import annotations

from newsprism.clean.boilerplate import candidates
from newsprism.clean.sections import feature_headings
from newsprism.clean.text import rule_verdicts
from newsprism.config import CleanConfig

LATEST = ("Today the Harlow County Sheriff's Office confirmed the identity of the man found in the burned workshop "
          "on Route 9 early on Sunday morning, and his family has been told.")
LATEST_MORE = ("Detectives have no suspect yet and ask anyone who drove past the workshop between four and six in "
               "the morning to call the office's tip line.")
EARLIER = ("There will be no identification of the man found in the workshop today, as the medical examiner is still "
           "working to confirm who he is and to reach his family.")
FIRST = ("On Sunday at about five in the morning a passer-by reported smoke and flames coming from a workshop on "
         "Route 9, and the fire district found a body inside once the fire was out.")
OPENING = ("The Harlow County Sheriff's Office is investigating a fire at a workshop on Route 9 in which a man died, "
           "and will post each new finding on this page.")
RELEASE = [OPENING, "No further information will be released tonight.", "UPDATE 3-10-18 0915", LATEST, LATEST_MORE,
           "Deputy Nora Fenwick", "UPDATE 3-9-18 14:30", EARLIER, FIRST]


def test_the_signature_over_a_dated_marker_is_no_sub_heading() -> None:
    verdicts = rule_verdicts("\n\n".join(RELEASE), "Man found dead in workshop fire", CleanConfig())
    lines, kinds, body = verdicts.lines, verdicts.kinds, verdicts.body
    index = {line.text: i for i, line in enumerate(lines)}
    headings = feature_headings(lines, kinds, body[0], body[-1])
    assert index["Deputy Nora Fenwick"] not in headings
    assert index["Deputy Nora Fenwick"] in candidates(lines, kinds, body[0], body[-1])
    assert index["UPDATE 3-9-18 14:30"] not in candidates(lines, kinds, body[0], body[-1])
