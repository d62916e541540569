"""Every word list extraction uses, named and documented in one place.

Reporting cues live in ``data/cues.tsv`` (data, not code); the short closed classes are here.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

# Quotation marks. A mark opens a top-level quote when it is in DOUBLE_OPENERS (or, in a paragraph
# with no double marks, SINGLE_OPENERS); CLOSE_FOR names the marks that may close what it opened.
DOUBLE_OPENERS = '"“„«'
SINGLE_OPENERS = "‘'‹"
CLOSE_FOR = {
    '"': '"”',
    "“": '”"',
    "„": '“”"',
    "«": "»",
    "‘": "’'",
    "'": "'’",
    "‹": "›",
}
QUOTE_CHARS = "\"'“”‘’«»„‟‹›"

# Pronouns that can stand for a speaker, by the referent they need.
PERSON_PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f"}
GROUP_PRONOUNS = {"they", "them", "we"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}

# Honorifics that precede a name and are not part of it; the gender they imply, where one does.
HONORIFICS = {
    "mr": "m",
    "mr.": "m",
    "sir": "m",
    "mrs": "f",
    "mrs.": "f",
    "ms": "f",
    "ms.": "f",
    "miss": "f",
    "lady": "f",
    "dr": "",
    "dr.": "",
    "prof": "",
    "prof.": "",
}
# Abbreviated titles spaCy's English tokenizer splits at the stop ("Col." -> "Col" "."), which
# leaves a name without its title and a sentence broken after it: kept whole (nlp.py).
TITLE_ABBREVIATIONS = (
    "Col.",
    "Lt.",
    "Capt.",
    "Maj.",
    "Sgt.",
    "Cmdr.",
    "Brig.",
    "Cpl.",
    "Pvt.",
    "Supt.",
    "Insp.",
    "Det.",
    "Atty.",
    "Msgr.",
    "Amb.",
)
# Titles that may stand before a name and are the speaker's role, not their name. (resolve's
# TITLE_WORDS is another list: every word that opens a name without being part of it, for matching
# names across articles.)
ROLE_TITLES = {
    "president",
    "senator",
    "sen.",
    "rep.",
    "representative",
    "gov.",
    "governor",
    "mayor",
    "secretary",
    "minister",
    "chancellor",
    "judge",
    "justice",
    "general",
    "gen.",
    "gov",
    "sen",
    "rep",
    "speaker",
    "chairman",
    "chairwoman",
    "chair",
    "ambassador",
    "envoy",
    "leader",
    "prime",
    "vice",
    "candidate",
    "nominee",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "director",
    "chief",
    "officer",
    "commissioner",
    "attorney",
    "lawmaker",
    "king",
    "queen",
    "pope",
    "rev.",
    "reverend",
    "father",
    "coach",
    "captain",
    "professor",
    "dr.",
    "dr",
    "whip",
    # Clergy, police, the military, councils: "Rabbi David Stein", "Pastor Darrell Scott".
    "rabbi",
    "imam",
    "pastor",
    "bishop",
    "archbishop",
    "sheikh",
    "ayatollah",
    "councillor",
    "councilman",
    "councilwoman",
    "councilmember",
    "sheriff",
    "detective",
    "inspector",
    "sergeant",
    "lieutenant",
    "colonel",
    "admiral",
    "superintendent",
    *(t.lower() for t in TITLE_ABBREVIATIONS),
}

# Nouns for a speaker who stays anonymous; their mentions are kept, with no name.
# Nouns that stand for an organisation the article named before ("the ministry" -> "the Ministry
# of Defence"); the generic ones stand for whatever organisation was named last ("the company").
GENERIC_ORGANISATION_NOUNS = frozenset(
    [
        "company",
        "firm",
        "agency",
        "organisation",
        "organization",
        "group",
        "utility",
        "institution",
        "business",
        "campaign",
        "administration",
        "government",
        "network",
        "outlet",
        "newspaper",
        "paper",
        "station",
        "channel",
        "corporation",
        "charity",
        "foundation",
        "nonprofit",
        "lender",
        "bank",
        "insurer",
        "retailer",
        "airline",
        "carrier",
        "operator",
    ]
)
ORGANISATION_NOUNS = GENERIC_ORGANISATION_NOUNS | frozenset(
    [
        "ministry",
        "department",
        "museum",
        "council",
        "committee",
        "party",
        "court",
        "university",
        "school",
        "hospital",
        "union",
        "board",
        "commission",
        "authority",
        "office",
        "bureau",
        "service",
        "police",
        "club",
        "league",
        "team",
        "federation",
        "association",
        "institute",
        "center",
        "centre",
        "fund",
        "trust",
        "regulator",
        "watchdog",
        "city",
        "state",
        "county",
        "town",
        "municipality",
        "coalition",
    ]
)
# Documents and data that an article gives as a source ("according to company documents", "a
# new poll shows"): their author where the article names one, else the document itself.
DOCUMENT_NOUNS = frozenset(
    [
        "poll",
        "survey",
        "study",
        "report",
        "document",
        "filing",
        "summary",
        "data",
        "figure",
        "statistic",
        "analysis",
        "memo",
        "audit",
        "review",
        "record",
        "transcript",
        "indictment",
        "complaint",
        "lawsuit",
        "affidavit",
        "ruling",
        "ad",
        "advertisement",
        "website",
        "article",
        "book",
        "note",
        "letter",
        "email",
        "release",
        "estimate",
        "projection",
        "forecast",
        "census",
        "investigation",
        "assessment",
        "model",
        "count",
        "tally",
        "tabulation",
        "editorial",
        "column",
        "op-ed",
        "headline",
        "tweet",
        "caption",
        "banner",
        "result",
        "excerpt",
    ]
)
# Nouns for people that no suffix gives away: who an unnamed source may be ("officials",
# "housing advocates", "a spokeswoman"). Nouns ending as roles do ("lawyer", "economist") count too.
PEOPLE_NOUNS = frozenset(
    [
        "representative",
        "associate",
        "legend",
        "graduate",
        "boy",
        "girl",
        "teenager",
        "teen",
        "attendee",
        "bystander",
        "onlooker",
        "passerby",
        "spectator",
        "participant",
        "retiree",
        "widow",
        "widower",
        "tycoon",
        "mogul",
        "magnate",
        "billionaire",
        "millionaire",
        "celebrity",
        "star",
        "actress",
        "surgeon",
        "neurosurgeon",
        "host",
        "anchor",
        "veteran",
        "official",
        "aide",
        "source",
        "person",
        "people",
        "insider",
        "staff",
        "staffer",
        "adviser",
        "advocate",
        "critic",
        "expert",
        "analyst",
        "resident",
        "voter",
        "protester",
        "protestor",
        "supporter",
        "observer",
        "economist",
        "prosecutor",
        "lawmaker",
        "legislator",
        "democrat",
        "republican",
        "police",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "family",
        "parent",
        "father",
        "mother",
        "son",
        "daughter",
        "wife",
        "husband",
        "friend",
        "colleague",
        "neighbor",
        "neighbour",
        "witness",
        "victim",
        "activist",
        "scientist",
        "researcher",
        "doctor",
        "nurse",
        "candidate",
        "delegate",
        "diplomat",
        "envoy",
        "minister",
        "chief",
        "head",
        "leader",
        "member",
        "fan",
        "critic",
        "conservative",
        "liberal",
        "progressive",
        "student",
        "worker",
        "employee",
        "executive",
        "investor",
        "owner",
        "officer",
        "agent",
        "attorney",
        "counsel",
        "judge",
        "justice",
        "general",
        "colonel",
        "soldier",
        "veteran",
        "citizen",
        "immigrant",
        "refugee",
        "man",
        "woman",
        "men",
        "women",
        "child",
        "children",
        "kid",
        "teen",
        "guy",
        "pollster",
        "strategist",
        "consultant",
        "operative",
        "surrogate",
        "ally",
        "opponent",
        "rival",
        "partner",
        "team",
        "crowd",
        "audience",
        "panel",
        "jury",
        "majority",
        "minority",
        "fellow",
        "scholar",
        "historian",
        "host",
        "chef",
        "architect",
        "ceo",
        "anchor",
        "chair",
        "cfo",
        "coach",
        "deputy",
        "secretary",
        "mayor",
        "governor",
    ]
)
# Verbs whose object is what something or someone was called ("called Okafor a liar").
NAMING_VERBS = frozenset(["call", "dub", "label", "brand", "nickname", "term", "christen"])
# Words that put the title of a work before its quotation marks ("co-author of ''Those Guys
# Have All the Fun''", "a collection called ''Yuge!''", "his book ''Crippled America''").
TITLE_INTRODUCERS = frozenset(
    ["of", "called", "titled", "entitled", "named", "dubbed"]
    + ["book", "books", "film", "movie", "show", "series", "column", "essay", "article", "song"]
    + ["album", "play", "novel", "memoir", "documentary", "headline", "collection", "poem", "report"]
)
ANONYMOUS_HEADS = {"source", "official", "aide", "person", "people", "insider", "staffer", "adviser"}

# Prepositions that introduce what a statement is about ("said of Hamas", "spoke about the war").
TARGET_PREPS = {"of", "about", "on", "regarding", "concerning"}
# Prepositions that introduce the hearer or the medium ("said to reporters", "told in an interview with").
ADDRESSEE_PREPS = {"to"}
MEDIUM_NOUNS = {
    "interview",
    "statement",
    "tweet",
    "post",
    "letter",
    "email",
    "speech",
    "briefing",
    "conference",
    "appearance",
    "op-ed",
    "column",
    "memo",
    "broadcast",
    "podcast",
}


# Where things are said: "spoke at the hearing" names a venue, not what was said.
VENUE_NOUNS = {
    "hearing", "rally", "meeting", "event", "summit", "convention", "debate", "forum", "ceremony",
    "dinner", "gala", "luncheon", "session", "fundraiser", "gathering", "service", "funeral",
}  # fmt: skip


# The copula ("they say there are concerns": the "are" reports nothing), hedges, and verbs of
# deciding, trying, failing, starting and stopping: never cues, whatever their complement ("seems
# to agree", "failed to stop it", "began to fall" report nothing; see data/cues.tsv). Wanting,
# planning, seeking and intending are left to the frame judge: an intention is an attribution of
# its own kind (data/kinds.tsv), shown with --scope all, never as a statement.
NOT_REPORTING = frozenset(
    {
        "be",
        "decide",
        "seem",
        "appear",
        "wish",
        "aim",
        "try",
        "attempt",
        "fail",
        "manage",
        "begin",
        "start",
        "continue",
        "stop",
        "cease",
        "keep",
        "tend",
    }
)
# The constructions a lexicon cue reports with unless the frames column of data/cues.tsv leaves
# some out: the ``how`` of each construction marked ``cue_table`` in constructions.CONSTRUCTIONS.
# Spelled out because the registry reads this module's word lists and so cannot be read here;
# tests/extract/test_constructions.py fails when the two part.
ALL_FRAMES = frozenset({"clause", "hearer_xcomp", "object", "xcomp", "prep", "inside"})


@dataclass(frozen=True)
class Cue:
    lemma: str
    kind: str
    """speech, stance, belief or finding (see data/cues.tsv)."""
    addressee_object: bool
    frames: frozenset[str] = ALL_FRAMES
    """The constructions whose content this cue reports (cues.py names them)."""


@functools.cache
def cues() -> dict[str, Cue]:
    """Reporting cues by lemma, from ``data/cues.tsv``."""
    out: dict[str, Cue] = {}
    text = resources.files("quotegraph").joinpath("data/cues.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("lemma\t"):
            continue
        fields = line.split("\t")
        lemma, kind, obj = fields[:3]
        frames = frozenset(fields[3].split(",")) if len(fields) > 3 and fields[3].strip() else ALL_FRAMES
        out.setdefault(lemma, Cue(lemma, kind, obj == "yes", frames))
    return out


@functools.cache
def given_names() -> dict[str, str]:
    """Given names and the gender nearly all their bearers have ("michelle" -> "f", "barack" ->
    "m", "lindsey" -> "x": either), from ``data/given_names.tsv`` (built by
    ``tools/build_given_names.py``)."""
    text = resources.files("quotegraph").joinpath("data/given_names.tsv").read_text(encoding="utf-8")
    return dict(line.split("\t", 1) for line in text.splitlines() if line and not line.startswith("#"))


def _given_name_mark(name: str) -> str:
    """The table's mark of a full name's given name (f, m, f?, m?, x); "" for a lone surname, an
    initial or a name the table lacks."""
    words = name.split()
    return given_names().get(words[0].lower(), "") if len(words) > 1 else ""


def given_name_gender(name: str) -> str:
    """The gender a full name's given name marks ("Michelle Obama" -> "f"); "" for a lone surname,
    an initial, or a given name of either gender."""
    mark = _given_name_mark(name)
    return mark if mark in ("f", "m") else ""


def given_name_leaning(name: str) -> str:
    """The gender most bearers of a full name's given name have, decisive or not ("Hillary
    Clinton" -> "f", "Lindsey Graham" -> "f" too): never a person's gender, only a way to tell
    apart two people who share a surname."""
    return _given_name_mark(name).rstrip("?").replace("x", "")


# Words that make a run of proper nouns an organisation rather than a person (used when names are
# typed without the statistical NER, see names.py).
ORG_WORDS = frozenset(
    [
        "party",
        "committee",
        "department",
        "ministry",
        "council",
        "times",
        "post",
        "news",
        "journal",
        "inc",
        "corp",
        "co",
        "ltd",
        "llc",
        "association",
        "university",
        "college",
        "agency",
        "authority",
        "commission",
        "bank",
        "court",
        "senate",
        "house",
        "congress",
        "campaign",
        "foundation",
        "institute",
        "group",
        "network",
        "service",
        "office",
        "administration",
        "police",
        "army",
        "navy",
        "force",
        "forces",
        "union",
        "league",
        "board",
        "bureau",
        "center",
        "centre",
        "company",
        "corporation",
        "club",
        "church",
        "school",
        "hospital",
        "fund",
        "trust",
        "parliament",
        "assembly",
        "government",
        "organization",
        "organisation",
        "federation",
        "alliance",
        "coalition",
        "press",
        "tribune",
        "herald",
        "guardian",
        "telegraph",
        "review",
        "magazine",
        "channel",
        "radio",
        "tv",
        "television",
        "media",
        "reuters",
        "network",
        "caucus",
        "society",
        "academy",
        "museum",
        "institution",
        "nations",
        "movement",
        "cabinet",
        "secretariat",
        "firm",
        # Trading names: "Northwind Airlines", "Brightline Energy", "Kestrel Holdings".
        "airlines",
        "airline",
        "airways",
        "energy",
        "motors",
        "technologies",
        "holdings",
        "pharmaceuticals",
        "industries",
        "insurance",
        "entertainment",
        "studios",
        "petroleum",
        "bancorp",
        "railways",
        "telecom",
        "logistics",
        "partners",
        "ventures",
        "investments",
        "securities",
        "laboratories",
        "enterprises",
        "plc",
        "gmbh",
    ]
)
# Proper nouns that name times, not people or organisations.
WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
TIME_NAMES = WEEKDAYS | frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
# Words that make a run of proper nouns a place. Words that are also common surnames (Park, Bay,
# Street, Beach) are left out: "Lena Park" is a person.
PLACE_WORDS = frozenset(
    [
        "islands",
        "island",
        "states",
        "kingdom",
        "republic",
        "county",
        "valley",
        "river",
        "city",
        "province",
        "state",
        "mountains",
        "north",
        "south",
        "east",
        "west",
        "korea",
        "asia",
        "africa",
        "europe",
        "america",
        "united",
        "nations",
        "day",
        "avenue",
        "hills",
        "springs",
        "heights",
        "coast",
        "arabia",
        "zealand",
        "kong",
        "lanka",
        "rico",
        "moines",
    ]
)
# Last words that make a name a building, a park or a street when its first word is no given name
# ("Trump Tower", "Quicken Loans Arena", "Wall Street"; "Lena Park" is a person).
FACILITY_WORDS = frozenset(
    ["park", "square", "tower", "towers", "arena", "stadium", "center", "centre", "plaza", "hall", "street"]
    + ["airport", "bridge", "station", "building", "mall", "hotel", "garden", "gardens", "field"]
)
# First words that make a name a place ("New Jersey", "San Antonio", "Los Alamos", "St. Louis").
PLACE_FIRST_WORDS = frozenset(
    ["new", "san", "santa", "los", "las", "fort", "st.", "saint", "port", "lake", "mount"]
)
# Capitalised words that stand before a name as a label, not as part of it ("Republican Donald Trump").
AFFILIATION_WORDS = frozenset(
    ["republican", "republicans", "democrat", "democrats", "democratic", "gop", "independent", "libertarian"]
)
# Nouns of time: "said on Monday", "told reporters on Tuesday night" say when, not about what.
TIME_WORDS = frozenset(
    [
        "morning",
        "afternoon",
        "evening",
        "night",
        "day",
        "days",
        "week",
        "weeks",
        "weekend",
        "month",
        "months",
        "year",
        "years",
        "today",
        "tonight",
        "yesterday",
        "tomorrow",
        "occasion",
        "anniversary",
        "date",
        "time",
        "times",
        "hour",
        "hours",
        "minute",
        "minutes",
    ]
)


# Prepositions and subordinators that frame a report's event, where, when, why or in what it was
# made, not what it reported ("criticized the plan during a stop in Ohio", "warned ... after
# hackers struck").
EVENT_PREPS = {
    "in", "at", "during", "after", "before", "since", "from", "by", "via", "through", "amid",
    "despite", "following", "until", "throughout", "upon", "while", "ahead",
}  # fmt: skip
EVENT_MARKS = {"after", "before", "since", "when", "while", "because", "as", "although", "though", "until"}
# A subordinate clause of these at the end of a content gives a reason, not more content.
# Subordinators of a clause that says when something happened ("after the senator withdrew").
TIME_MARKS = {"after", "before", "when", "until", "once"}
REASON_MARKS = {"because", "since", "as", "although", "though", "while", "unless", "if"}

# Prepositions whose object is what a report was about: after a verb ("talked about the economy",
# "railed against the deal"), after a verb and its hearer ("warned voters about ..."), after a
# report noun ("criticism of ...") or a predicate adjective ("critical of ...").
CONTENT_PREPS = {"about", "against", "for", "to", "on", "at", "over", "of"}
HEARER_TOPIC_PREPS = {"about", "of", "on", "against"}
NOUN_CONTENT_PREPS = {"of", "about", "on", "over", "against"}
ADJ_CONTENT_PREPS = {"about", "of", "on", "over", "with", "toward", "towards"}
# Prepositions that give a report noun its source ("criticism from unions").
NOUN_SOURCE_PREPS = {"by", "from"}

# Objects too empty to be reported content ("said it", "said so").
# What a sentence opening "In a ... poll," reports the findings of (not "In a statement," or "In
# a report," which name where a reporter spoke).
POLL_NOUNS = frozenset(["poll", "survey"])
# Cues whose first object is the hearer far more often than what was said ("told the crowd").
HEARER_FIRST = frozenset(["tell", "inform", "assure", "remind", "brief", "notify"])
# What "tell" and its kin take as a thing told rather than a hearer ("told a story", "warned of").
TOLD_THINGS = frozenset(
    ["story", "truth", "lie", "joke", "tale", "anecdote", "secret", "news", "version", "detail", "fact"]
)
WEAK_OBJECTS = {"it", "this", "that", "so", "something", "anything", "nothing", "much", "more", "what"}
# A coordinated clause with one of these for subject is the reporter going on, not their content.
PERSONAL_PRONOUNS = {"i", "you", "he", "she", "we", "they", "it"}
