"""The words that say what kind of thing a name is: body, place, street, shop and product words, apposition heads,
units, roles, diseases and platforms, read by :mod:`.evidence` and the entity rules around a name."""

from __future__ import annotations

import re

from newsprism.lexicon import TIME_ZONES, TITLE_SHORT_FORMS

BODY_WORDS = frozenset({
    "party", "inc", "corp", "corporation", "company", "co", "ltd", "llc", "plc", "group", "association",
    "union", "council", "committee", "commission", "agency", "ministry", "department", "bank", "fund",
    "foundation", "institute", "organization", "organisation", "federation", "league", "front", "movement",
    "university", "college", "board", "authority", "police", "army", "navy", "network", "magazine",
    "newspaper", "parliament", "assembly", "congress", "senate", "court", "coalition", "alliance", "airlines",
    "airways", "bureau", "office", "service", "club", "team", "inc.", "corp.", "conference", "division",
    "herald", "tribune", "gazette", "chronicle", "telegraph", "journal", "times", "rescue", "dept", "stoppers",
    "school", "academy",
})
"""Last words of a body's name (and lower-case words after one: "the Verda party"): an organisation; a newspaper's
nameplate words too ("Timaru Herald", "Lumo Times"; "Post" is left out: it ends people's names); "Rescue" ends a
rescue service's ("Lumo Fire and Rescue"), "Stoppers" a tip line's ("Lumo County Crime Stoppers"); "School" and
"Academy" a school's ("Lumo Kade High School", which spaCy tags a person for the person it is named after:
gun-violence incident 651841, issue #19's thirteenth round), only inside a name (``evidence._NOT_AFTER``: "a Lumo
school" is the town's). "News" ends
an outlet's name ("Lumo News", which spaCy tags a person) but is read only for the type (:data:`OUTLET_ENDS`): as
a body word it kept spaCy's "Lumo News' World News"."""

STATION_NAME = re.compile(r"[A-Z]{2,5}\d{1,3}|[A-Z]{3,5}-(?:TV|DT|FM|AM)|"
                          r"(?:Local|Channel|[A-Z]{3,5}) \d{1,2}(?: News)?")
"""A broadcaster's name: capitals and a channel or frequency number, or call letters and a band ("Lumo4", "KLMO-TV"),
or "Local"/"Channel"/call letters and a channel's number ("Local 4", "KLMO 3 News"), which spaCy may tag a person ("As
CBS2's Ana Lee reported", gun-violence incident 653539; "Local 4 has learned", 206303, issue #19): a body. No
person's name is written so."""
OUTLET_ENDS = frozenset({"news"})
"""Last words of an outlet's name that type it a body and nothing else."""

LAW_WORDS = frozenset({"act", "treaty", "accord", "accords", "amendment", "protocol", "directive", "statute",
                       "ordinance"})
"""Last words of a law's or treaty's name ("Endangered Species Act", "Lumo Accord"): a written work, never a
person (spaCy tags many laws PERSON) nor the body that passed it. "Bill", "Law" and "Charter" are left out: they
end people's and schools' names too ("Buffalo Bill", "Harvard Law")."""

PROGRAMME_WORDS = frozenset({"assistance", "program", "programme", "initiative"})
"""Last words of a public programme's name ("Emergency Rental Assistance", AllSides 5814, D20's seed-91 reading of
issue #19's thirty-first round; "Lumo Health Program"): spaCy tags some PERSON, and no person's name ends so; such a
span is a work (:func:`.mentions._label`). Only PERSON spans: a body's name may end so ("World Food Programme")."""

PLACE_WORDS = frozenset({
    "theatre", "theater", "stadium", "arena", "hall", "airport", "station", "square", "street", "avenue",
    "road", "bridge", "park", "mountain", "river", "lake", "island", "islands", "bay", "county", "valley",
    "beach", "prison", "jail", "hotel", "church", "cathedral", "mosque", "temple", "museum", "palace",
    "tower", "plaza", "venue", "clinic", "courthouse", "peninsula", "province", "region", "district",
    "village", "town", "city", "coast", "sea", "ocean", "desert", "canyon", "ridge", "highway", "boulevard",
    "neighbourhood", "neighborhood", "prefecture", "mall", "restaurant", "nightclub", "cafe", "gardens",
    "cosmodrome", "spaceport", "base", "airbase", "airfield", "port", "harbour", "harbor", "terminal", "shipyard",
    "dockyard", "pier", "capitol", "racecourse", "racetrack", "speedway", "ballpark", "cemetery", "campus", "zoo",
    "monument",
    "memorial", "lighthouse", "dam", "strait", "gulf", "crossing", "checkpoint", "streets", "avenues", "roads",
    "projects", "apartments", "complex", "hut", "glacier", "lodge", *("ave", "st", "rd", "blvd", "pkwy", "hwy", "pl",
                                                                    "ct"),
    "drive", "terrace", "crescent", "seafront", "promenade", "waterfront", "boardwalk", "esplanade", "quay", "area",
    "counties", "parishes",
})
"""Last words of a place's or venue's name ("Odeon Theatre", "Harbour Street"), and lower-case words after one
("the Odeon theatre"): a place. "Center" and "hospital" are left out: as often a body ("Pew Research Center");
so are heads that end people's names ("Field", "Plant") or courts' ("Ninth Circuit"). Facility heads
("Cosmodrome", "Air Base", "Port") are places: the type set has no facility. Street abbreviations end a street's
name ("Church Ave.", "E. 52nd St.", "Park Pl.", "St. Lumo's Ct."; "St" opening a name is Saint, never read here);
"projects" a housing estate's ("the Howard Projects"), "apartments" a block's ("Lumo Crossings Apartments"),
"complex" a sports or housing complex's. "Drive" ends streets' names ("Lumo Drive"); "Lane" is left out, it ends
people's names ("Lois Lane"); seafronts and promenades ("the Lumo seafront") are places; "area" ends a region's name
("Bay Area") and follows a place's in lower case ("the Lumo area"); "Counties" and "Parishes" end the last name of a
list of counties ("Lumo and Kade Counties", D9's honest reading of AllSides roundup 5767: "Alachua Counties" a
person).
"""

STREET_WORDS = frozenset({"street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "parkway",
                          "pkwy"})
"""Last words of a street's name: a one-word name opening one is the street ("at Church and Snyder" beside "Church
Ave."), see :func:`newsprism.entities.contained.join_openings`."""

FACILITY_CENTERS = frozenset({
    "treatment", "rehab", "rehabilitation", "recovery", "detention", "correctional", "space", "convention",
    "shopping", "trade", "conference", "exhibition", "sports", "visitor", "visitors", "distribution", "data",
    "medical", "trauma", "aquatic", "events",
})
"""Words before a closing "Center" that make the name a facility's, a place ("Lumo Treatment Center", "Kessel
Space Center"); other centers ("Pew Research Center", "Carter Center") stay bodies. ECB+ tags rehab and treatment
centers as facilities."""

HOSPITAL_WORDS = frozenset({"hospital", "hospitals", "infirmary"})
"""A hospital's last word ("Kings Lumo Hospital"), or the lower-case word after its name ("taken to Lumo and Kade
hospitals"): a facility, a place, as the facility centers above ("Lumo Medical Center"), so that one story's
hospitals share one type (gun-violence incident 595166, issue #19: "Lumo Hospital" a body beside "Kade University
Medical Center" a place) and as ECB+ tags them (LOC_FAC: "Royal Oak Beaumont Hospital", "Betty Ford Clinic")."""

FAMILY_CALLS = frozenset({"mom", "mommy", "momma", "mum", "mummy", "mama", "dad", "daddy", "papa", "grandma",
                          "grandpa", "granny"})
"""What children call their parents ("'Mommy, a guy ...'"): spaCy tags them people, but they name no one of the
story (read on gun-violence incident 595166, issue #19)."""

PLACE_FIRST = frozenset({"mount", "mt", "lake", "fort", "cape", "port", "lac", "rue", "place", "plaza", "stade",
                         "estadio", "stadio", "parc", "palais", "gare", "piazza", "aeropuerto", "aeroport",
                         "avenue", "boulevard", "quai", "calle", "avenida", "rua"})
"""Words opening a place's name ("Mount Sefton", "Lake Ria", "Stade de Lumo", "Palais des Kessel", the French way of
naming streets: "Avenue Lumo", "Quai de Kade"), also after a first name of it ("Aoraki Mount Cook");
never its last word ("Veronica Lake" is a person)."""
LONE_PLACE_WORDS = frozenset({"capitol"})
"""Place words that name their place alone: "the Capitol" is a legislature's building, whatever spaCy tags it, and
so is it before :data:`LONE_PLACE_ENDS` ("Capitol Hill"; session 29's reading of NeuS train 1408 and this round's
of 1746, 0-based: "Capitol" and "Capitol Hill" bodies); "Capitol Records" stays a body. "The Pentagon" and "the
White House" stand for bodies and are left out."""
LONE_PLACE_ENDS = frozenset({"hill", "building", "buildings", "grounds"})
ROOM_NAMES = frozenset({("oval", "office"), ("situation", "room"), ("cabinet", "room"), ("roosevelt", "room"),
                        ("east", "room"), ("rose", "garden"), ("lincoln", "bedroom")})
"""Rooms and grounds of a head of state's residence named alone ("an Oval Office meeting", "the Situation Room"):
places, though "Office" and "Room" end bodies' names too (D8's seed-73 reading, NeuS train 2296, 0-based: "Oval
Office" a body)."""

NAME_CONNECTORS = frozenset({"of", "de", "du", "des", "del", "della", "di", "do", "da"})
"""Words after a name's head noun that open what it is of ("Grand Hotel du Cap", "Palace of Lumo", "Office of
Kade"): the head noun before them says what the name is, as a last word does."""

SURNAME_PARTICLES = frozenset({"de", "da", "di", "du", "del", "della", "van", "von", "le", "dos", "das", "ter", "ten"})
"""Words that open a surname of two ("Ana de Lorca", "Carla van Ostrum"): the particle and the last word, written
without the given name ("de Lorca", "De Lorca" opening a sentence, "Mayor de Lorca"), are the surname (D22's seed-93
reading, AllSides 5811: "De Blasio" and "Mayor de Blasio" two records apart from Bill de Blasio). "La", "los", "el",
"san" are left out: they open places' names ("La Paz", "Los Angeles", "El Paso", "San Jose")."""

SHOP_WORDS = frozenset({"store", "stores", "shop", "shops", "boutique", "boutiques", "jewellers", "jewelers",
                        "dealership", "brand", "chain", "label", "supermarket", "supermarkets"})
"""Lower-case words after a name that make it a company's ("the Lumo jewellery store", "at Kade jewellers"): a
shop's name is its company's; spaCy tags these people or places."""

PLACE_HEADS = frozenset({
    "city", "town", "village", "country", "nation", "state", "capital", "site", "facility", "spaceport", "area",
    "suburb", "municipality", "republic", "kingdom", "territory", "enclave", "complex", "resort", "settlement",
    "borough", "hamlet", "neighbourhood", "locality", "seaport", "metropolis",
})
"""Head nouns of an apposition that make the name before it a place (", a border city", ", a launch site")."""

ORGANISATION_HEADS = frozenset({
    "company", "firm", "maker", "manufacturer", "carrier", "broadcaster", "publisher", "outlet", "group",
    "charity", "startup", "retailer", "operator", "airline", "lender", "insurer", "developer", "supplier",
    "conglomerate", "subsidiary", "party", "organization", "organisation", "agency", "newspaper", "daily",
    "channel", "network", "label", "brand", "chain", "band", "vendor", "gang", "cartel", "militia",
})
"""Head nouns of an apposition that make the name before it a body (", a chip maker", ", the state broadcaster"); the
kind nouns a body's name follows or stands before ("the software vendor Lumo", "the Kade cybercrime gang": D9's
honest reading of AllSides roundup 5893, both typed a person): see :data:`KIND_BEFORE_NAMES`."""
KIND_BEFORE_NAMES = ORGANISATION_HEADS - {"publisher", "operator", "developer", "carrier", "maker", "label", "daily",
                                          "party", "brand", "chain", "band", "outlet"}
"""Kind nouns that, after "the"/"a" and up to two modifiers, make the name right after them a body ("the software
vendor Lumo", "the ransomware group Kade"); left out: kinds a person also is or has before a name ("the game developer
Ana Lee", "the mail carrier Ana Lee", "the film maker Ana Lee", "the party Ana Lee leads")."""

PERSON_HEADS = frozenset({
    "professor", "spokesman", "spokeswoman", "spokesperson", "official", "lawyer", "attorney", "director",
    "executive", "minister", "president", "leader", "analyst", "researcher", "expert", "chief", "chairman",
    "chairwoman", "founder", "son", "daughter", "wife", "husband", "father", "mother", "man", "woman", "student",
    "resident", "actor", "actress", "singer", "player", "member", "officer", "governor", "mayor", "senator",
    "ambassador", "envoy", "commander", "general", "secretary", "editor", "reporter", "author", "writer", "judge",
    "coach", "manager", "owner", "ceo", "head", "deputy", "diplomat", "scientist", "engineer", "pilot", "boy",
    "girl", "teenager", "victim", "suspect", "witness", "rapper", "star", "comedian", "musician", "doctor",
})
"""Head nouns of an apposition that make the name before it a person (", a professor", ", the firm's founder")."""

PRODUCT_WORDS = frozenset({
    "rocket", "rockets", "missile", "missiles", "jet", "jets", "aircraft", "plane", "planes", "airliner",
    "helicopter", "helicopters", "tank", "tanks", "drone", "drones", "car", "cars", "truck", "phone", "phones",
    "smartphone", "smartphones", "handset", "tablet", "laptop", "console", "vehicle", "vehicles", "ship",
    "submarine", "satellite", "satellites", "engine", "engines", "chip", "chips", "processor", "app", "browser",
    "camera", "rifle", "rifles", "pistol", "launcher", "warship", "destroyer", "bomber", "bombers", "spacecraft",
    "capsule", "booster", "frigate", "software", "device", "devices", "platform", "handgun", "shotgun", "revolver",
})
"""Lower-case words after a name that make it a product's (vehicle, weapon, device, software): "the Lumo rocket",
"Kopa phones". A product is no entity of the story (the type set has none); a company's name before its products
("Samsung phones") keeps its entity: see :func:`newsprism.entities.clutter.drop_products`."""

DISEASE_WORDS = frozenset({"pandemic", "epidemic", "outbreak", "virus", "infection", "infections", "variant"})
"""Lower-case words after a name that make it a disease's ("the COVID-19 pandemic"): no entity of the story, whatever
spaCy's label (it tags them ORG); see :func:`newsprism.entities.clutter.drop_products`."""

UNIT_WORDS = frozenset({
    "gb", "mb", "tb", "kb", "ghz", "mhz", "hz", "ram", "rom", "lte", "hdr", "nfc", "usb", "led", "oled", "lcd",
    "amoled", "cpu", "gpu", "sim", "hd", "uhd", "4k", "5g", "4g", "3g", "wifi", "wi-fi", "gps", "mah", "mp", "fps",
    "ssd", "hdd", "kw", "kwh", "mw", "gw", "mph", "kph", "km", "cm", "mm", "kg", "lb", "lbs", "ppm", "dpi", "ppi",
    "hdmi", "vr", "ar", "ai", "api", "pdf", "url", "html", "os", "cctv",
    "k9", "k9s",
}) | {zone.lower() for zone in TIME_ZONES if len(zone) > 2}
"""Units and technical terms spaCy tags as bodies ("8GB of RAM", "LTE", "HDR"), time zones of three letters or more
(``lexicon.TIME_ZONES``: "BST", "EDT", "IST"; "CT" and "PT" are also states' and words' short forms) and a police dog
unit's "K-9" (the key of "K-9" and "K9"): never an entity of the story."""

AWARD_WORDS = frozenset({"award", "awards", "prize", "medal", "trophy"})
"""Last words of an award's name ("the Lumo Caring Award", "a Kade Prize"): an honour, no entity of the story, as
"an Oscar nod" is none (ECB+ topic 34, read in the check half of issue #19's twelfth round; spaCy tags them bodies)."""

AWARD_NAMES = frozenset({("oscars",), ("emmys",), ("grammys",), ("tonys",), ("baftas",)})
"""One-word names of awards and their ceremonies, written in the plural ("won at the Oscars", "the Emmys"): an honour
or an event, no entity of the story, as an award's name ending in :data:`AWARD_WORDS` is none (AllSides roundup 6101,
D27's seed-104 honest reading: "Oscars" typed a body). Only the plurals: "Oscar" alone is a given name as often."""

EVENT_WORDS = frozenset({"dinner", "gala", "banquet", "luncheon", "summit"})
"""Last words of a gathering's name ("the Lumo Memorial Dinner", "the Kade Summit"), which spaCy tags a body or a
venue: an event, which has no type here, so no entity of the story (the honest readings of issue #19's eighteenth
round: a charity dinner read as a body and, in full, as a place, NeuS train 1779, 0-based)."""
EVENT_NAMES = frozenset({("state", "of", "the", "union"), ("olympic",), ("paralympic",)})
"""Names of recurring events written without an event word ("State of the Union" speeches, typed a body in NeuS
train 1592, 0-based, issue #19's seventeenth round's honest reading), and the Games' adjective alone ("her Olympic
career", typed a place in AllSides 5826, D28's seed-105 reading): no entity. A committee or a team so named keeps
its other words ("the Olympic Committee")."""

NUMBER_WORDS = frozenset({"no", "number", "nr"})
"""A name ending in one of these before a number ("Juror No. 8", "Gate Number 4") is a numbered description, no
entity's name."""

TITLE_ABBREVIATIONS = frozenset(TITLE_SHORT_FORMS) | {"mr", "mrs", "ms", "dist", "ave", "st", "rd", "blvd", "pkwy",
                                                     "hwy", "dept", "msgr"}
"""A title's short form alone ("Sgt" where spaCy cut the name off it; "Msgr" of "Msgr. Ana Lee", ECB+ topic 34)
names no one; nor does a street word's
("Ave" where spaCy cut the street's name off it) or a department's ("Dept" left of "Justice Dept." once "Justice"
is read as a judge's title)."""

ROLE_ENDINGS = frozenset({
    "councilman", "councilwoman", "councillor", "councilor", "congressman", "congresswoman", "assemblyman",
    "assemblywoman", "alderman", "commissioner", "correspondent", "spokesman", "spokeswoman", "spokesperson",
    "senator", "governor", "mayor", "minister", "president", "chairman", "chairwoman", "secretary", "ambassador",
    "quarterback", "coach", "actress", "actor", "singer", "rapper", "officer", "detective", "sheriff", "lawyer",
    "attorney", "captain", "lieutenant", "sergeant", "colonel", "professor", "columnist", "anchor", "reporter",
})
"""Last words of a role ("Brooklyn Councilman", "White House Correspondent"): a span spaCy tags a person that ends
in one is a description written before a name, no name. Roles that are also surnames ("King", "Judge", "Bishop",
"Pastor", "General") are left out."""

ROLES_BEFORE_NAMES = ROLE_ENDINGS | {"executive", "trooper", "medic", "paramedic", "firefighter", "deputy",
                                     "investigator", "dispatcher", "coroner", "chair", "chairperson"}
"""Roles that a place's or body's name ends in when written before a person's name ("Lumo County Executive Ana
Lee", "Lumo State Trooper Tom Berg", "Lumo Chiefs of Staff Chair Gen. Ana Lee": a description, no name; "Chair"
from AllSides roundup 5661, D16's honest reading, issue #19's twenty-seventh round) and that are no name when
written alone in capitals ("Trooper", "Paramedics pronounced ..."); also the last words of an office's name
written without a name ("the Lumo County Sheriff", an organisation)."""

CHARGE_WORDS = frozenset({"murder", "manslaughter", "battery", "assault", "robbery", "burglary",
                          "firearm", "firearms", "weapon", "endangerment"})
"""Last words of criminal charges written in capitals ("First Degree Murder", "Aggravated Battery with a Firearm"):
no entity. "Homicide" is left out: it ends police units' names ("Lumo Homicide")."""

DISEASE_NAMES = frozenset({"covid", "covid19", "coronavirus", "sarscov2", "ebola", "hiv", "aids", "mers", "sars",
                           "zika", "mpox", "monkeypox", "h1n1", "h5n1", "influenza", "measles", "polio", "cholera"})
"""Keys of diseases' names spaCy tags as people or bodies ("COVID-19" alone, with no "pandemic" after it): no
entity of the story, like those :func:`is_disease` finds by the word after them."""

PLATFORMS = frozenset({"twitter", "facebook", "instagram", "youtube", "tiktok", "linkedin", "reddit", "whatsapp",
                       "telegram", "snapchat", "pinterest", "tumblr", "threads", "weibo", "wechat"})
"""Keys of social platforms written as names ("on Twitter", "told Facebook"): companies, which spaCy often tags as
people; a mention with one of these keys has an organisation's cue."""

NUMBERED_STREET_ENDS = frozenset({"court", "ct", "place", "pl", "way", "terrace", "circle", "trail", "drive",
                                  "street", "st", "avenue", "ave", "road", "rd", "lane", "boulevard", "blvd"})
"""A name ending in an ordinal and one of these ("Northwest Fourth Court", "W. 52nd Street") is a numbered street,
whatever body word ends it ("Court"): courts of law are written "Fourth Circuit Court", "Court of Appeals"."""

COMPASS = frozenset({"n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west", "northeast",
                     "northwest", "southeast", "southwest"})
"""A compass point opening a name that ends in a street's word ("N Lumo Court", "West Kade Place"): a street."""

COMPASS_SHORT = frozenset({"ne", "nw", "se", "sw", "nne", "ene", "ese", "sse", "ssw", "wsw", "wnw", "nnw"})
"""Compass abbreviations spaCy cuts off a street's name ("NW" of "NW 4th court"): no entity alone."""

VEHICLE_MAKES = frozenset({
    "ford", "chevy", "chevrolet", "honda", "toyota", "nissan", "dodge", "jeep", "bmw", "mercedes", "hyundai", "kia",
    "buick", "cadillac", "gmc", "chrysler", "lexus", "acura", "infiniti", "mazda", "subaru", "volkswagen", "vw",
    "audi", "pontiac", "oldsmobile", "volvo", "tesla", "mitsubishi", "saturn", "porsche", "ram", "plymouth"})
"""Car makers whose name, a determiner or possessive before it and a model's capitalised name after it ("a Lumo
Civic" with Honda, "the victim's Ford Explorer"), names a car, no entity of the story (issue #19's known wrong
kinds: a car model typed a person or body)."""

RITE_WORDS = frozenset({"communion", "eucharist", "mass", "baptism", "sacrament", "sacraments", "liturgy", "vespers",
                        "confirmation", "confession", "anointing"})
"""Rites of a church, written with a capital ("receiving Communion at Mass", "the meaning of the Eucharist"), which
spaCy tags as bodies or (Mass) the state's short form: no entity (NeuS train 333, issue #19's eleventh round);
"Mass" after a comma is the state's ("Boston, Mass."). "Holy" may open them ("Holy Communion")."""

ROLE_ACRONYMS = frozenset({"vp", "mvp", "ceo", "cfo", "coo", "cto", "svp", "evp"})
"""A role's acronym alone ("the league's MVP", "VP of player personnel"), which spaCy tags a body (ECB+ topic 5, issue
#19's eleventh round): no entity. "GM" is left out: it is General Motors as often as a general manager."""
SERVICE_ACRONYMS = frozenset({"ems", "emt", "emts", "cpr", "icu", "sos"})
"""A service's, a crew's or a treatment's acronym alone ("EMS arrived", "EMS crews", "performing CPR"), which spaCy
tags a body (ECB+ dev topic 21, issue #19's thirteenth round): a common noun (emergency medical services), no
entity, whether or not the story spells it out (:func:`.clutter.drop_common_acronyms` reads the spelt ones). So is
a distress call's ("issued SOS calls": D26's seed-101 reading, AllSides 6100, a body "SOS")."""
NOT_NOUNS = frozenset({"when", "about", "at", "in", "on", "was", "is", "and", "with", "to", "for", "from", "near",
                        "as", "that", "which", "while", "into", "through", "after", "before", "by", "had", "has"})
"""Lower-case words after a name that are no noun it modifies ("his 2008 Lumo when ..."): the name heads its phrase."""

PARTY_ADJECTIVES = frozenset({"conservative", "liberal", "republican", "democratic", "progressive", "moderate"})
CHAMBER_WORDS = frozenset({"house", "senate", "congress"})
"""A political adjective and the chamber's word after it: spaCy tags "Conservative House" (before "lawmakers") a
body's name; the name is the chamber's, the adjective says which of its members (NeuS train 1321, 0-based, helper
D4's reading of issue #19's eighteenth round: "Conservative House" a record beside the House)."""

MAKER_GOODS = frozenset({"shot", "shots", "vaccine", "vaccines", "jab", "jabs", "immunization", "immunizations",
                         "immunisation", "immunisations", "pharmacy", "pharmacies", "drugstore", "drugstores"})
"""Lower-case words after names in a list that make each of them a company's ("the Lumo or Kade shots", "Lumo, Kade
and Vell pharmacies": D30's seed-112 reading, drug makers typed people), with :data:`SHOP_WORDS` and
:data:`PRODUCT_WORDS`: see :func:`newsprism.entities.name_lists.listed`."""
