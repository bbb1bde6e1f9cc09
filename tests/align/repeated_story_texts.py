"""A fixed story with sentences printed again and again (issue #20, bounded links): a council report, reprints of it
(some with doubled spaces, curly quotes or a byline), a rewrite printed by two outlets, a partial reprint, an
independent report and an unrelated one. Every copy group stays at or under the aligner's MAX_FAN, so the links
are every pair of copies, as before the bound."""

from __future__ import annotations

REPORT = (
    "The river burst its banks near the old mill on Friday night, flooding 37 homes in the lower town.\n\n"
    "Firefighters evacuated 120 residents to the sports hall on Station Road, the county said.\n\n"
    "\"The water rose faster than anyone expected,\" said Ines Varga, the county's emergency planner.\n\n"
    "Two bridges over the river remain closed until engineers have inspected them.\n\n"
    "The weather service expects more rain on Sunday and has issued an amber warning for the valley.\n\n"
    "Insurers said claims from the lower town could reach 4 million euros."
)
SPACED = REPORT.replace(". ", ".  ").replace("\n\n", "\n\n\n")
CURLY = REPORT.replace("\"The water", "“The water").replace("expected,\"", "expected,”")
BYLINE = "By Tomas Reed | Valley Courier\n\n" + REPORT
PARTIAL = REPORT.rsplit("\n\n", 2)[0]
REWRITE = (
    "The river overflowed near the old mill late on Friday, and 37 houses in the lower town were flooded.\n\n"
    "The county said firefighters moved 120 residents to the sports hall on Station Road.\n\n"
    "Both bridges across the river stay closed until engineers inspect them.\n\n"
    "More rain is forecast for Sunday, and the weather service issued an amber warning for the valley."
)
INDEPENDENT = (
    "Residents of the lower town spent Saturday bailing water out of their cellars.\n\n"
    "Ines Varga, who plans emergencies for the county, said the flood came faster than expected.\n\n"
    "A shopkeeper on Station Road said the water reached the second step of his shop."
)
OTHER = (
    "The regional orchestra announced its new season on Thursday.\n\n"
    "Tickets for the opening concert go on sale next month."
)
STORY = {"report": REPORT, "copy-1": REPORT, "copy-2": SPACED, "copy-3": CURLY, "copy-4": BYLINE, "copy-5": REPORT,
         "partial": PARTIAL, "rewrite-1": REWRITE, "rewrite-2": REWRITE, "copy-6": SPACED, "independent": INDEPENDENT,
         "other": OTHER}
