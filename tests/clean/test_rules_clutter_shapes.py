"""Line shapes `clean.rules.clutter_kind` names read on the gunviolence dev labels and the unlabelled dev pages
(issue #16): picture credits bracketed, unbracketed, opening a caption or closing it with a station's or a social
site's name, players and carousels, registration, newsletter and comment forms, weather boxes, bracketed headlines,
reporters' contact rows, broadcasters' notices, app and archive promos, a newsroom's closing promise and
contributors' line; and body lines of the same words that stay. Texts written for the test, no publisher's text."""

from __future__ import annotations

import pytest

from newsprism.clean.rules import clutter_kind


@pytest.mark.parametrize(("line", "kind"), [
    ("Divers search the water near the north pier. (Kim Wu/for Harbour Daily News)", "caption"),
    ("Divers search the water near the north pier. (Kim Wu -- Coast Sentinel)", "caption"),
    ("Divers search the water near the north pier. (Kim Wu, Coast Sentinel)", "caption"),
    ("Divers search the water near the north pier. (Kim Wu /Coast Sun-Sentinel via AP)", "caption"),
    ("(Ola Berg — Gull)Monday May 2(Ola Berg — Gull)Divers search the water near the north pier.", "caption"),
    ("Divers at the pier. (Kim Wu/Gull Times) A diver comes up with a rope. (Ola Berg/Gull Times)", "caption"),
    ("Pier closed Kim Wu / Harbour Tribune Divers search the water near the north pier on Monday.", "caption"),
    ("Caption Pier closes after the storm Divers searched the water on Monday. (May 2, 2016)", "caption"),
    ("A diver comes up with a rope near the pier. Credit: KZZQ", "caption"),
    ("Storm closes the north pier Kim Wu reports playpause", "media"),
    ("Harbourmaster discusses the repairs - Produced by Ola Berg", "media"),
    ("Listen to the news conference:", "media"),
    ("Hear the harbourmaster describe the storm below:", "media"),
    ("Storm at the pier — Harbour Office (@harbouroffice) 25 mai 2016", "media"),
    ("When you tweet with a location, the app saves the place with the post.", "media"),
    ("Press the green key to set up your account, or sign in here when you have one.", "login"),
    ("No e-mail address was supplied, so we could not finish signing you up for Gull Times alerts.", "login"),
    ("Sorry, you have not selected any newsletters yet; tick at least one and send the form.", "newsletter"),
    ("NEWSLETTER: Get the harbour's headlines delivered daily", "newsletter"),
    ("Reader Comment Form Use the box below to submit your comments.", "comments"),
    ("Required Passcode:", "comments"),
    ("Gull Live commenting policy", "comments"),
    ("Leave a Reply", "comments"),
    ("Rain at times. High 58F. Winds NW at 15 to 25 mph. Chance of rain 60%.", "boilerplate"),
    ("Check back later for details.", "promo"),
    ("KZZQ 9 News has a team headed to the quay and will bring you more as we learn it.", "promo"),
    ("Get the Gull Times by home delivery each morning, with digital access thrown in.", "promo"),
    ("[OTHER NEWS: Ferry resumes service after repairs]", "related"),
    ("[Storm closes the north pier for a week]", "related"),
    ("What others are clicking on:", "related"),
    ("« Ferry resumes service   Council passes budget »", "link"),
    ("— kwu@harbour.example.org", "footer"),
    ("Call Kim Wu at 555-201-0100.", "footer"),
    ("Sign the guest book", "promo"),
    ("Phone: 555-201-0100", "footer"),
    ("KZZQ-TV is owned by Example Broadcasting Group.", "footer"),
    ("Like us on Facebook", "share"),
    ("Weather radar", "boilerplate"),
    ("MORE VIDEO Harbour police investigate a boat fire", "media"),
    ("+ 2 divers rescued near the north pier", "related"),
    ("Quick Clicks Ferry resumes service after repairs", "related"),
    ("KZZQ NEWS INVESTIGATES: How safe is the old ferry ramp?", "related"),
    ("The Gull Journal is a media partner of KZZQ.", "footer"),
    ("Prints of any Gull Times photos can be ordered from the paper's online shop.", "promo"),
    ("More as information becomes available.", "promo"),
    ("Print this story", "share"),
    ("Subscribe to the Gull Times", "promo"),
])
def test_batch10_clutter_shapes(line: str, kind: str) -> None:
    assert clutter_kind(line) == kind


@pytest.mark.parametrize("line", [
    "(Harbour County, GA) The sheriff's office said the boat had drifted from the south quay.",
    "Call Crime Stoppers at 555-201-0100.",
    "Contact the Harbour Police Department at 555-201-0100.",
    "[Editor's note: This story was updated with the harbourmaster's comments.]",
    "[Update: The pier reopened on Friday.]",
    "His sister set up an account to pay for the boat's repairs.",
    "The boat is owned by his father.",
    "Weather",
    "Police said the storm was the worst in a decade (Kim Wu, the harbourmaster, agreed).",
    "Listen, the harbourmaster said, the pier will open again.",
    "+ 2 eggs.",
    "More divers arrived as the storm eased.",
    "Subscribe to the Gull Times for more, the clerk said.",
])
def test_body_lines_like_the_batch10_shapes_stay(line: str) -> None:
    assert clutter_kind(line) is None


@pytest.mark.parametrize(("line", "kind"), [
    ("Divers search the water near the north pier on Monday. KZZQ", "caption"),
    ("A neighbour filmed the boat as it drifted from the quay. 9News", "caption"),
    ("The harbourmaster points at the broken rail. WKZQ-TV", "caption"),
    ("Divers search the water near the north pier. Facebook", "caption"),
    ("For more on the pier fire, read Thursday's Gull.", "promo"),
    ("For the full story, see Sunday's Harbour Times.", "promo"),
    ("— Reporter: 555-201-0100, kwu@harbour.example.org", "footer"),
    ("Writer: kwu@harbour.example.org", "footer"),
    ("New comments are accepted for ten days after a post appears. Moderators reserve the right to remove any comments "
     "they like.", "comments"),
    ("Type the five letters in the box below. This is an anti-SPAM device.", "comments"),
    ("We'll follow this developing story through the night.", "promo"),
    ("Keep following Gull 9 for the newest developments on the pier.", "promo"),
    ("Stick with us for updates.", "promo"),
    ("KZZQ has a reporter on the scene now; stick with us through the evening.", "promo"),
    ("- Using our app? Tap here to watch the video", "promo"),
    ("Gull News is tracking the storm. Read the latest at gullnews.example.com/storm.", "promo"),
    ("Receive each new update on your memorial page by email.", "share"),
    ("KZZQ-TV is part of Example Television Stations, a division of Example Corp. and one of the largest groups.",
     "footer"),
    ("Gull Radio Welcome to Gull Radio on ExampleGull.com! Gull Radio has joined forces with the local stations.",
     "footer"),
    ("Each reader posts at their own risk, and by using gull.example.com you agree to the house rules below.",
     "comments"),
    ("Readers who need help opening the Gull 9 Public Inspection File may write to the front desk at the address "
     "printed at the foot of this page. Any trouble with that file can also be raised by phone with our help desk.",
     "footer"),
])
def test_batch11_clutter_shapes(line: str, kind: str) -> None:
    assert clutter_kind(line) == kind


@pytest.mark.parametrize("line", [
    "The harbourmaster said the boat belonged to KZZQ.",
    "Divers searched the water, police said. It was 9 p.m.",
    "For more than a decade, the pier was closed on Tuesday's holiday.",
    "Reporters were kept away from the pier.",
    "The council said it will follow the storm's damage for more than a year.",
    "No other details were released. Stay with KZZQ for updates.",
    "The woman told the diver to stay with her as the boat sank.",
    "The pier is part of the old harbour, which the council rebuilt in 1990.",
    "The two crews joined forces with the coast guard to search the water.",
])
def test_body_lines_like_the_batch11_shapes_stay(line: str) -> None:
    assert clutter_kind(line) is None


@pytest.mark.parametrize("line", [
    "Courtesy photo Kim Wu, 15, was hurt on the pier on Monday night.",
    "Courtesy KZZQ-TV/News 9 Ola Berg, 77, was sitting on the quay when the storm hit, officials say.",
    "THE GULL/KIM WU Enlarge | Buy This Photo A woman looks for her boat near the north pier.",
    "Kim Wu/Getty Images The pier was closed on Monday, the clerk said.",
    "Google Maps Divers searched the water near the north pier on Monday.",
])
def test_caption_opened_by_its_credit(line: str) -> None:
    assert clutter_kind(line) == "caption"


@pytest.mark.parametrize("line", [
    "Courtesy of the council's vote, the pier reopens on Monday.",  # no credit: lower case goes on
    "Democrats/Republicans split on the vote, the clerk said.",
])
def test_not_a_credit_opening(line: str) -> None:
    assert clutter_kind(line) != "caption"


@pytest.mark.parametrize(("line", "kind"), [
    ("You can count on 9News to keep you updated.", "promo"),
    ("KZZQ9 is working to bring you the latest on the quay fire.", "promo"),
    ("KZZQ9 will be following this story and will report back after the council meets.", "promo"),
    ("HarbourGull.com will continue to post new details from the quay tonight.", "promo"),
    ("— Please return to harbourgull.com for updates.", "promo"),
    ("Here's a look at how our storm coverage unfolded across the evening on KZZQ 9.", "promo"),
    ("Gazette reporters Kim Wu and Ola Berg contributed.", "signoff"),
    ("Harbour Sun reporter Kim Wu contributed to this article.", "signoff"),
    ("Associated Press writers Kim Wu and Ola Berg contributed to this report from Gull Bay.", "signoff"),
    ("Information for this story was gathered by two Gull Online staffers.", "signoff"),
])
def test_a_newsrooms_closing_lines(line: str, kind: str) -> None:
    assert clutter_kind(line) == kind


@pytest.mark.parametrize("line", [
    "Police will continue to monitor the latest reports, the chief said.",
    "Her neighbours contributed to a fund for the family.",
    "Divers will continue to search the harbour on Tuesday.",
])
def test_not_a_newsrooms_closing_line(line: str) -> None:
    assert clutter_kind(line) is None


def test_a_gallerys_captions_under_its_label_go() -> None:
    caption = ("Gallery: Divers, front left, and a harbour pilot, front right, carry the boat's flag along the quay "
               "during a service for the two sailors lost in the storm last week, while neighbours look on from the "
               "pier and the council's members stand by the harbour office.")
    assert clutter_kind(caption) == "media"


@pytest.mark.parametrize(("line", "kind"), [
    ("Neighbours gather at the quay after the storm. Kim Wu | Harbour News", "caption"),
    ("The harbourmaster speaks at a news conference on Monday. Ola J. Berg / The Gull Times", "caption"),
    ("Two divers check the hull near the north pier. Ada Brenner for Coast Times", "caption"),
    ("KIM WU | Harbour Gazette Divers search the water near the north pier on Monday.", "caption"),
    ("Ada Brenner, left, hugs a neighbour outside the harbour office.", "caption"),
    ("Ola Berg (right) and Kim Wu are two of the divers who found the boat.", "caption"),
    ("Divers search the water near the north pier. Photo Credit: Harbour Gazette / Kim Wu", "caption"),
    ("PREVIOUSLY: Storm closes the north pier for a week", "related"),
    ("WEBVTT THE STORM HIT THE COAST JUST AFTER MIDNIGHT. KIM: THE PIER IS CLOSED.", "media"),
    ("Thank you for registering!", "login"),
    ("By signing up with the Gull Times you consent to our reader rules and the privacy terms .", "login"),
    ("The Gull 9 Public Inspection File can be read by appointment at the front desk.", "footer"),
    ("Be sure to watch KZZQ 9 on Roku for the latest news.", "promo"),
    ("Older reports are only available in our Daily Gull archives. Articles can be purchased for $1 each.", "promo"),
    ("ABC 9/FOX 12 will have updates as the search of the harbour goes on.", "promo"),
    ("Ola Berg, 41, was hurt on the pier, police said. (Facebook)", "caption"),
    ("The north pier is seen from the quay road. (Google Maps Street View)", "caption"),
    ("A boat drifted past the quay after the storm. KIM WU/STAFF", "caption"),
    ("The pier was closed on Monday, police said. View Full Caption Harbour Gazette/Kim Wu", "caption"),
    ("We look forward to seeing you at [site] often. Come back and sign in to change your details.", "login"),
    ("KZZQ News is working to find out more on the drifting boat.", "promo"),
    ("Crews are at the pier now. Refresh this page for updates.", "promo"),
    ("Watch our newscasts at no cost on the KZZQ 9 mobile app, and find us on Facebook.", "promo"),
])
def test_batch8_clutter_shapes(line: str, kind: str) -> None:
    assert clutter_kind(line) == kind


@pytest.mark.parametrize("line", [
    "NEW YORK | Police said the pier would stay closed until Friday.",
    "It was different, right, in part because the council had never voted so close.",
    "Previously: Police said the boat had drifted from the south quay.",
    "The council will have more details on Monday, the clerk said.",
    "Each boat owner needs a licence, which costs about $100 and can be purchased at the harbour office.",
    "The storm left the harbour road closed for two days.",
    "He wrote on his page (Facebook) that the crew was safe.",
    "Detectives are working to find out more on who owns the boat.",
])
def test_body_lines_like_the_batch8_shapes_stay(line: str) -> None:
    assert clutter_kind(line) is None
