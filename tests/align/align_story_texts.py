"""A fixed story written for the link-equality test (issue #20): a wire report, two reprints (one trimmed, one
with a byline), a rewrite, a split retelling, an independent report of the same event and an unrelated one."""

from __future__ import annotations

WIRE = (
    "A ferry carrying 212 passengers collided with a container ship in thick fog on Tuesday morning.\n\n"
    "Fourteen people were injured, three of them seriously, the coast guard said.\n\n"
    "The harbour will stay closed to passenger traffic until noon on Wednesday, the port authority said.\n\n"
    "Investigators from the maritime accident board arrived at the port in the afternoon.\n\n"
    "\"We heard a terrible noise and then everyone was shouting,\" said Mara Ilves, a passenger from Tallinn.\n\n"
    "The ferry operator said the vessel had passed its annual safety inspection in March.\n\n"
    "The container ship, registered in Malta, was on its way to Rotterdam with 900 containers."
)
REPRINT = WIRE.rsplit("\n\n", 1)[0]
BYLINE = "By Olu Hart | Coastal Herald\n\n" + WIRE.replace("\"We heard", "“We heard").replace(
    "shouting,\"", "shouting,”")
REWRITE = (
    "A ferry with 212 passengers on board struck a container ship in dense fog on Tuesday morning.\n\n"
    "Fourteen people were hurt, three of them badly, according to the coast guard.\n\n"
    "Passenger traffic in the harbour is suspended until noon on Wednesday, the port authority stated.\n\n"
    "The ferry operator noted the ship had passed its yearly safety check in March.\n\n"
    "Investigators of the maritime accident board reached the port in the afternoon."
)
SPLIT = (
    "A ferry hit a container ship on Tuesday. It was carrying 212 passengers.\n\n"
    "Fourteen people were hurt. Three of them were seriously injured, the coast guard said.\n\n"
    "The Maltese container ship was bound for Rotterdam, carrying 900 containers."
)
INDEPENDENT = (
    "Rescue crews spent Tuesday pulling passengers from the water after a collision in the harbour fog.\n\n"
    "Mara Ilves, who travelled from Tallinn, said she heard a terrible noise before people began shouting.\n\n"
    "The port authority said the harbour would reopen to passenger ships on Wednesday at noon.\n\n"
    "Local hospitals said they had treated 41 people, most for minor injuries."
)
OTHER = (
    "The city council approved next year's budget after a long debate on Monday evening.\n\n"
    "Libraries and public swimming pools will receive more money than last year.\n\n"
    "The mayor said the budget was the fairest in a decade."
)
STORY = {"wire": WIRE, "reprint": REPRINT, "byline": BYLINE, "rewrite": REWRITE, "split": SPLIT,
         "independent": INDEPENDENT, "other": OTHER, "reprint-2": REPRINT}
