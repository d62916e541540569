"""Word lists for telling names apart from titles, kept here and nowhere else.

- ``TITLE_WORDS``: words that open a name but are not part of it ("President", "Sen.", "envoy").
- ``NAME_PARTICLES``: lower-case words that belong inside a surname ("von der Leyen").
- ``NAME_SUFFIXES``: generational suffixes that follow the surname ("Jr.").
- ``NICKNAME_GROUPS``: given names that name the same person ("Steve" = "Steven" = "Stephen").
- ``ROLE_STOPWORDS``: words too common in roles to count as evidence that two roles match.
- ``ROLE_FIELDS``: role words by field of life, to tell namesakes apart.
"""

from __future__ import annotations

TITLE_WORDS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "sir",
        "dame",
        "lord",
        "lady",
        "rev",
        "father",
        "sister",
        "brother",
        "president",
        "vice",
        "prime",
        "minister",
        "secretary",
        "senator",
        "sen",
        "rep",
        "representative",
        "congressman",
        "congresswoman",
        "governor",
        "gov",
        "mayor",
        "chancellor",
        "premier",
        "prince",
        "princess",
        "pope",
        "sheikh",
        "emir",
        "ayatollah",
        "general",
        "gen",
        "admiral",
        "adm",
        "colonel",
        "col",
        "major",
        "maj",
        "captain",
        "capt",
        "lieutenant",
        "lt",
        "sergeant",
        "sgt",
        "commander",
        "ambassador",
        "envoy",
        "special",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chief",
        "justice",
        "judge",
        "attorney",
        "chairman",
        "chairwoman",
        "chair",
        "director",
        "ceo",
        "cfo",
        "founder",
        "leader",
        "speaker",
        "minority",
        "majority",
        "deputy",
        "state",
        "defense",
        "defence",
        "foreign",
        "finance",
        "interior",
        "health",
        "home",
        "affairs",
        "of",
        "the",
        "former",
        "acting",
        "house",
        "senate",
        "national",
        "security",
        "adviser",
        "advisor",
        "official",
        "officials",
    ]
)

NAME_PARTICLES = frozenset(
    ["al", "bin", "ibn", "da", "de", "del", "della", "der", "di", "du", "la", "le", "van", "von", "y"]
)

NAME_SUFFIXES = frozenset(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"])

NICKNAME_GROUPS: tuple[tuple[str, ...], ...] = (
    ("steven", "steve", "stephen", "stevie"),
    ("william", "bill", "will", "billy", "willie"),
    ("robert", "bob", "rob", "bobby", "robbie"),
    ("michael", "mike", "mick", "mikey"),
    ("thomas", "tom", "tommy"),
    ("james", "jim", "jimmy", "jamie"),
    ("joseph", "joe", "joey"),
    ("daniel", "dan", "danny"),
    ("david", "dave", "davey"),
    ("christopher", "chris"),
    ("alexander", "alex", "sasha"),
    ("nicholas", "nick", "nicky"),
    ("benjamin", "ben", "benny", "bibi"),
    ("samuel", "sam", "sammy"),
    ("anthony", "tony"),
    ("andrew", "andy", "drew"),
    ("matthew", "matt"),
    ("richard", "rick", "dick", "rich", "ricky"),
    ("edward", "ed", "ted", "eddie", "ned"),
    ("donald", "don", "donnie"),
    ("ronald", "ron", "ronnie"),
    ("charles", "charlie", "chuck"),
    ("elizabeth", "liz", "beth", "betsy", "lizzie"),
    ("katherine", "kate", "kathy", "katie", "catherine", "cathy"),
    ("jennifer", "jen", "jenny"),
    ("margaret", "maggie", "meg", "peggy"),
    ("patricia", "pat", "patty", "trish"),
    ("susan", "sue", "suzy"),
    ("rebecca", "becky"),
    ("vladimir", "vlad", "volodymyr"),
    ("gerald", "gerry", "jerry"),
    ("lawrence", "larry"),
    ("timothy", "tim"),
    ("gregory", "greg"),
    ("jonathan", "jon"),
    ("peter", "pete"),
    ("frederick", "fred", "freddie"),
    ("kenneth", "ken", "kenny"),
    ("douglas", "doug"),
)

ROLE_STOPWORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "for",
        "to",
        "and",
        "in",
        "on",
        "at",
        "us",
        "u.s.",
        "uk",
        "former",
        "acting",
        "deputy",
    ]
)

ROLE_FIELDS: dict[str, tuple[str, ...]] = {
    "politics": (
        "senator", "sen", "congressman", "congresswoman", "representative", "rep", "governor", "gov",
        "mayor", "minister", "president", "candidate", "nominee", "lawmaker", "legislator", "councillor",
        "councilman", "councilwoman", "politician", "diplomat", "envoy", "ambassador", "chancellor",
        "premier", "mp", "democrat", "republican", "campaign", "strategist", "secretary",
    ),
    "sport": (
        "footballer", "striker", "midfielder", "defender", "goalkeeper", "quarterback", "pitcher",
        "athlete", "referee", "boxer", "golfer", "sprinter", "player", "coach", "olympian", "cricketer",
    ),
    "emergency": (
        "fire", "firefighter", "firefighters", "police", "officer", "sheriff", "paramedic", "detective",
        "constable", "rescue", "coastguard",
    ),
    "law": (
        "judge", "lawyer", "attorney", "prosecutor", "solicitor", "barrister", "justice", "counsel",
    ),
    "business": (
        "executive", "ceo", "founder", "entrepreneur", "banker", "investor", "businessman", "businesswoman",
        "shareholder", "retailer",
    ),
    "science": (
        "professor", "researcher", "scientist", "lecturer", "economist", "historian", "astronaut",
        "physicist", "biologist", "engineer",
    ),
    "media": (
        "journalist", "reporter", "host", "anchor", "columnist", "editor", "commentator", "broadcaster",
    ),
    "religion": (
        "bishop", "priest", "pastor", "rabbi", "imam", "cardinal", "reverend", "vicar",
    ),
    "military": (
        "general", "colonel", "admiral", "sergeant", "lieutenant", "soldier", "commander", "marine",
    ),
    "health": (
        "doctor", "nurse", "surgeon", "physician", "dentist", "pharmacist", "epidemiologist",
    ),
    "arts": (
        "actor", "actress", "singer", "musician", "artist", "novelist", "painter", "rapper", "comedian",
    ),
}  # fmt: skip
"""Role words by the field of life they belong to: two people of one name whose roles lie in different
fields (a fire chief and a footballer) are namesakes, not one person; roles in one field ("senator",
"candidate") can be one person's over time, so they never split a name."""
