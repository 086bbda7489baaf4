"""The regular expressions that find partnership names and the context that keeps or drops them: fixed ones,
and those built from `ingest/parse/vocabularies/partnerships.csv`."""

from __future__ import annotations

import re

import polars as pl

from ingest.parse.councils import load_register
from ingest.parse.dates import MONTHS, WEEKDAY
from ingest.parse.documents import COUNCIL_STRICT
from ingest.parse.vocabulary import alternation

VOCABULARY = "partnerships"
WORD = r"(?:[A-Z][A-Za-z0-9'’-]*|[a-z][0-9]+|[0-9]+[A-Z][A-Za-z0-9'’-]*)"  # "Fenby", "e5", "3C"
JOIN = r"(?:\s+(?:and|of|for|&)\s+|\s+)"
# a short form in brackets after a name: "(FBP)", "(WiCB)", or a place's initials and its kind's ("(NEL ICB)")
ACRONYM = r"(?:\s+\(([A-Z][A-Za-z0-9&]{1,9}|[A-Z][A-Z0-9&]{1,9} [A-Z][A-Z0-9&]{1,9})\))?"
ORGANISATION = r"(?:Council|NHS|Trust|Group|Agency|England|Police|Constabulary|Service|University|College|Association|Advice|Foundation|(?:Fire and Rescue|National Park) Authority|Corporation|Voluntary Action|Community Action|Commissioner['’]s Office)s?$"
OWN_BOARD = r"(?i)\bcouncil\s+(?:boards?|programme)$"  # a council's own board
# the council's own meeting ("the Audit Committee", "the Scrutiny Panel"); a joint committee is a partnership
OWN_MEETING = r"\s(?:Sub-)?(?:Committee|Panel|Cabinet|Team|Meeting)s?$"
# A name the report calls the area's partnership: "Wyvern Together, the borough's health and care system board"
DESCRIBED = (
    rf"((?:{WORD}{JOIN})+?{WORD}),\s+the\s+(?:borough|county|city|district|area|region|town|island)['’]s\s+"
    r"(?:[a-z-]+\s+){0,5}?(?:partnership|board|alliance|collaborative|system)\b()"
)
# A name the report calls a partnership in lower case after it: "the Wyvern Vale economic partnership"
# ... or a board, business improvement district or care system ("the Fenby Beacon board", "the Upton First business
# improvement district", "the Marsh Together integrated care system") or a company ("the Fenby Lets pan-county
# lettings company"); a pool of councils' business rates is named with its kind ("the Wyvern business rates pool").
# ... a care system's or partnership's board too ("the Fenby Cares system board")
NAMED_BEFORE_KIND = (
    rf"(?-u:\b)[Tt]he\s+((?:{WORD}{JOIN})*?{WORD})\s+(?:(?:[a-z]{{3,}}\s+){{0,2}}partnership|(?:(?:system|partnership)\s+)?board"
    r"|(?:[a-z][A-Za-z-]{2,}\s+){0,2}company"
    r"|business\s+improvement\s+district|(?:integrated|health\s+and(?:\s+social)?)\s+care\s+system)(?-u:\b)()"
)
COMPASS_AFTER = r" (?:North|South|East|West|Central)(?-u:\b)"  # a cheap test before the head_compass pattern
# ... or an area's leaders' group in lower case ("the Fenby Public Sector Leaders group")
LEADERS_GROUP = rf"(?-u:\b)[Tt]he\s+((?:{WORD}{JOIN})*?{WORD}\s+Leaders['’]?)\s+group(?-u:\b)()"
# ... or a forum or consortium in lower case after its capitalised name, kept whole as printed ("the Fenby Leaders'
# forum", "the North Wyvern and Marsh commissioning consortium")
LOWER_KIND_NAMED = (
    rf"(?-u:\b)[Tt]he\s+((?:{WORD}{JOIN})*?{WORD}\s+(?:[a-z]{{3,}}\s+){{0,2}}(?:forum|consortium))(?-u:\b)()"
)
NAMED_POOL = rf"(?-u:\b)[Tt]he\s+((?:{WORD}{JOIN})*?{WORD}\s+business\s+rates\s+pool)(?-u:\b)()"
# A remit, not a body: a directorate or portfolio "People and Partnerships", "Policy, Housing and Partnerships"
REMIT = r"^(?:[A-Z][\w'’-]*,?\s+){1,3}(?:and|&)\s+Partnerships$"
# A list of partners: "partners such as Fenby Leisure Trust and Marsh Homes" (the words before a later item)
PARTNER_LIST = r"(?i)(?-u:\b)partners?,?\s+(?:such\s+as|including|like)(?-u:\b)[^.;!?]*$"
# A verb, not a post: "continues to lead the programme with Marsh District Council"
ROLE_VERB = r"(?i)(?-u:\b)(?:to|will|would|shall|also|jointly)\s+(?:lead|head|chair)(?-u:\b)"
LOWER_NAMED = (
    # "the parent carer forum" (words of three letters or more: no "of", "in" or "to" between two nouns, "the
    # strength of partnership")
    r"\bthe\s+((?:[a-z][a-z'’-]{2,}\s+){2,3}(?:forum|board|partnership))\b()"
)
_SHARED = (  # "a shared service", "shares its legal service", "shares a chief executive and management team with"
    r"\bshar(?:e|ed|es|ing)\b[^.;]{0,40}\b(?:services?|management team|chief executive|senior management"
    r"|(?:senior )?leadership team|workforce|staff)\b"
)
SHARED = rf"(?i){_SHARED}"
# A shared service's name, with its acronym, in the sentence about it: "the shared planning service run with
# Marsh through West Wyvern Planning and Building Control (WWPBC)" (the acronym must give the name's initials)
SHARED_NAMED = (
    rf"(?i:{_SHARED}[^.;]{{0,80}}?\b(?:through|via|called|known\s+as|named))\s+(?:the\s+)?"
    rf"((?:{WORD}{JOIN})+?{WORD})\s+\(([A-Z][A-Za-z&]{{1,9}})\)"
)
# A shared service named before what the council shares of it: "the Wyvern Building Control service (WBC), run
# jointly with Marsh", "Fenby Legal Services, which the council shares with Marsh" (the kind "service" no part of it)
SHARED_AFTER = (
    rf"(?-u:\b)((?:{WORD}{JOIN})+?{WORD})(?:\s+service)?{ACRONYM},\s+(?:(?:which|that)\s+(?:the\s+council|we|it)"
    r"\s+(?:shares?|runs?\s+jointly)|(?:run|provided|delivered|operated)\s+jointly|shared)\s+with(?-u:\b)"
)
# A service one body runs for several councils, named as the subject of what it does for them: "Fenby Building
# Control Services provides planning checks for all four Marsh districts", "Wyvern Revenues Service delivers billing
# on behalf of both councils" (a cheap test first)
SERVES_COUNCILS_FILTER = r"Service"
SERVES_COUNCILS = (
    rf"(?-u:\b)((?:{WORD}{JOIN})*?{WORD}\s+Services?){ACRONYM}\s+(?:provides|delivers|runs|provided|delivered|ran)"
    r"\s[^.;]{0,80}?\b(?:for|on\s+behalf\s+of)\s+(?:all\s+|each\s+of\s+|both\s+)?(?:the\s+)?"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?(?:[A-Z][\w'’-]*\s+){0,3}"
    r"(?:councils|districts|boroughs|authorities)(?-u:\b)"
)
# ... or named after "shared" in lower case, before the councils it is shared with ("the shared Wyvern Audit Service
# with Marsh and Upton")
SHARED_LOWER_NAMED = rf"(?-u:\b)shared\s+((?:{WORD}{JOIN})*?{WORD}\s+Services?){ACRONYM}\s+with(?-u:\b)"
SHARED_WITH_FILTER = (
    r"(?i)\bshar(?:e|es|ed|ing)\b[^.;]{0,80}?\bwith\s"  # a cheap test before the shared patterns
)
# a shared service by its name ("Fenby Shared Services", "the Shared Resource Service", "the Joint Waste Service")
SHARED_SERVICE_NAME = r"(?:^|\s)(?:Shared|Joint)\s(?:.+\s)?Services?$"
# ... or named for the places sharing it ("the Fenby and Marsh Shared Environment Service")
JOINT_SERVICE = rf"(?-u:\b)((?:{WORD}(?:\s+(?:and|&)\s+|\s+))*(?:Joint|Shared)(?:\s+{WORD}){{1,3}}?\s+Services?)(?-u:\b){ACRONYM}"
# ... and the agreement it runs under, named for the places sharing it ("the Fenby and Marsh Joint Services Agreement")
SERVICES_AGREEMENT = rf"(?-u:\b)((?:{WORD}(?:\s+(?:and|&)\s+|\s+))+(?:Joint|Shared)\s+(?:{WORD}\s+){{0,2}}Services?\s+Agreement)(?-u:\b)()"
# a body with the name it had before in brackets, an alias: "the Fenby Growth board (formerly the Fenby Economic
# Partnership)", "Marsh Homes (previously known as Marsh Housing Trust)"
FORMERLY = (
    rf"((?:{WORD}{JOIN})*?{WORD})(?:\s+[a-z]+)?\s+\((?:formerly|previously)\s+(?:known\s+as\s+|called\s+)?"
    rf"(?:the\s+)?((?:{WORD}{JOIN})*?{WORD})\)"
)
# a sentence's opening preposition or adverb, or a date's month or day, is not part of a name ("Through Marsh Place,
# the ...", "From April Fenby ICB takes on ...")
OPENING = r"(?:In|Through|With|By|For|At|On|From|Under|Via|And|But|While|Also|Meanwhile|Similarly)"
_MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
OPENING_WORDS = rf"^(?:(?:{OPENING}|{_MONTH_NAMES}|{WEEKDAY})\s+)+"
# ... nor a government department before "and" ("works with the Department for Education and Fenby Partnership")
LISTED_DEPARTMENT_AND = rf"^(?:[Tt]he\s+)?{alternation(VOCABULARY, 'government')},?\s+(?:and|&)\s+"
# a verb opening a recommendation ("Use Freeport status ...") at a sentence's, a cell's or an item's start (the words
# before it on its line): no part of the name it opens
IMPERATIVE = rf"^{alternation(VOCABULARY, 'imperative')}\s+"
SENTENCE_START = r"(?:^|[|.;:!?•]|[0-9][.)])\s*(?:[-–•*]\s+)?$"
# a list of one- to three-word names ("Fenby, Marsh Vale and Wyre"), ending before a stop, a bracket or a lower-case
# word, ...
_ITEM = rf"{WORD}(?:\s+{WORD}){{0,2}}"
_LIST = rf"((?:{_ITEM},\s+)*{_ITEM}\s+(?:and|&)\s+{_ITEM})()(?:\s*[.,;:()]|\s+(?-i:[a-z])|\s*$)"
# ... of bodies of a kind ("registered providers such as Fenby Homes and Marsh"): each a partner
LISTED_KIND = (
    rf"(?i:(?-u:\b){alternation(VOCABULARY, 'listed_kind')},?\s+(?:such\s+as|including|like))\s+{_LIST}"
)
# a body the council has ended an arrangement with, or no longer works with: "the end of the shared service with
# Fenby County Council", "no longer shares a chief executive with Marsh" (read in the words before the name and its
# match: a cue phrase may open the match) ...
# ... the words after "with" only the start of the body's name (capitalised words, "of" or "for" between them): not
# run on over "and" to a later "with" ("the end of the contract with Fenby and a new partnership with Marsh")
_WITH_NAME = r"with\s+(?:the\s+)?(?:(?:(?-i:\p{Lu})[^\s.;,]*|of|for)\s+)*$"
_ARRANGEMENT = (
    r"(?:the\s+|its\s+|our\s+|their\s+)?(?:[a-z-]+\s+){0,3}?"
    rf"(?:services?|arrangements?|partnership|agreements?|contracts?)\s+{_WITH_NAME}"
)
_ARRANGEMENT_WITH = rf"\s+(?:of|from)\s+{_ARRANGEMENT}"
# ... or the verb that ends it: "the council ended its joint management arrangement with Fenby District Council"
ENDED_WITH = (
    rf"(?i)(?-u:\b)(?:end|ending|exit|exiting|withdrawal|dissolution|dissolving|termination|terminating){_ARRANGEMENT_WITH}"
    rf"|(?i)(?-u:\b)(?:ended|exited|terminated|dissolved|withdrew\s+from|pulled\s+out\s+of)\s+{_ARRANGEMENT}"
    rf"|(?i)(?-u:\b)no\s+longer\s+[a-z]+[^.;,]{{0,60}}?(?-u:\b){_WITH_NAME}"
)
# ... or whose separation from the council the report says is complete ("the separation of shared services with
# Marsh District Council, completed in 2022"; not "Complete the disaggregation of shared services with ...")
# the words before a name from its clause's start: after the last "and", "but" or "while" ("the end of the contract
# with Fenby and a new partnership with Marsh": Marsh's clause names no end)
CLAUSE_BEFORE = r"(?i)^.*(?-u:\b)(?:and|but|while)\s"
# places after a named service and what it is, in apposition ("Fenby Services (FS), the shared service arrangement with
# Marsh and Upton"): the service's members, found by its name
NAMED_SHARED_WITH = (
    r"[\p{Lu})][\w'’)]*,\s+the\s+shared\s+[^.;,]{0,40}?(?-u:\b)with\s+(?:[^.;]*(?:,|\sand)\s+)?$"
)
SEPARATED_WITH = rf"(?i)(?-u:\b)(?:separation|disaggregation|unwinding|split){_ARRANGEMENT_WITH}"
SEPARATION_DONE = r"(?i)^,?\s+(?:which\s+)?(?:(?:was|were|has\s+been|have\s+been|now)\s+)?(?:completed|concluded|finished|ended)\b"
# a body printed as "former", a predecessor that no longer exists ("the services of the former Marsh County
# Council"), is no partner; nor are the councils a new one replaced ("bringing together the services of Fenby and
# Marsh councils", "the merger of Upton District Council and ...")
PREDECESSOR = (
    r"(?i)(?-u:\b)(?:former|(?:bring(?:s|ing)?|brought)\s+together\s+the\s+(?:services|functions|staff)\s+of"
    r"|(?:merger|merging|amalgamation|abolition)\s+of)\s+(?:the\s+)?$"
)
# a body named before what else the council shares: "make the most of Fenby Legal and the council's other shared
# arrangements" (a cheap test first)
OTHER_SHARED_FILTER = "other shared"
OTHER_SHARED_TAIL = (  # (the words after the name: no part of its quote)
    r"\s+and\s+(?:the\s+(?:council|borough|county|city|district)['’]s|its|our|their)"
    r"\s+other\s+shared\s+(?:arrangements|services|partnerships)(?-u:\b)$"
)
OTHER_SHARED = rf"((?:{WORD}{JOIN})*?{WORD}){OTHER_SHARED_TAIL.removesuffix('$')}()"
# the patterns whose bodies are partners, not partnerships (unless named as a system or board)
PARTNER_SOURCES = (
    "body",
    "place_councils",
    "government",
    "cued_council",
    "cued_body",
    "cued_company",
    "legal_company",
    "listed_company",
    "initialled",
    "lead",
    "appositive",
    "service_clause",
    "kind_before",
    "cued_single",
    "listed_kind",
)
# councils named by their places before "councils" in lower case ("with Fenby and Marsh councils", "Fenby, Upton
# and Marsh councils"): each place names its council
PLACE_COUNCILS = (
    rf"(?-u:\b)((?:{WORD}(?:\s+{WORD}){{0,2}},\s+)*{WORD}(?:\s+{WORD}){{0,2}}\s+and\s+{WORD}(?:\s+{WORD}){{0,2}})"
    r"\s+councils(?-u:\b)()"
)
# the words right before a government department that the council works with in a programme, agreement or deal
# ("entered the Safety Valve programme with the" / "Department for ...", "a plan has been agreed with the"), not one
# it only writes to or hears from; or one funding its work in a sentence ("a grant of £2 million from the", "funded by
# the"; not a table's note of where a sum comes from, "(2) Grant from the ...")
GOVERNMENT_CUE = (
    r"(?i)(?-u:\b)(?:(?:programme|agreement|partnership|deal|pilot|scheme|contract|work(?:s|ed|ing)?|closely|jointly"
    r"|agreed)"
    r"\s+with|alongside|(?:a|an|the|its|our)\s+(?:[a-z-]+\s+){0,2}(?:grants?|funding)\s+(?:of\s+[^.;]{1,25}?\s+)?from"
    r"|funded\s+by)\s+(?:the\s+)?$"
)
# the council's own company, named right after it is called so: "the council's own housing company, Fenby Homes
# Ltd", "its wholly owned subsidiary Marsh Lets" (a company it owns is no partner; one it co-owns or a joint venture is)
OWN_COMPANY = (
    r"(?i)(?:(?-u:\b)(?:council['’]s|its|our)\s+own|wholly[\s-]owned)\s+(?:[a-z-]+\s+){0,3}?"
    r"(?:company|subsidiary|vehicle)\s*[,:–-]?\s*$"
)
# a service residents take up, not a body: "Uptake of NHS Health Checks", "take-up of the Fenby Warm Homes Service"
TAKEN_UP = r"(?i)(?-u:\b)(?:uptake|take-up|take\s+up)\s+of\s+(?:the\s+)?$"
# ... or so called right after its name: "Fenby Lets, the group of council-owned housing companies", "Marsh Estates
# (wholly owned by the council)", "the Fenby Park LLP board and the council's shareholder role"
OWN_COMPANY_AFTER = (
    r"(?i)^(?:,\s+the\s+(?:[a-z-]+\s+){0,3}council[\s-]owned(?-u:\b)|\s*[,(]?\s*(?:wholly\s+)?owned\s+by\s+the\s+council"
    r"|[^.;]{0,40}?(?-u:\b)the\s+council['’]s\s+(?:role\s+as\s+)?(?:sole\s+)?shareholder(?-u:\b))"
)
# a supplier a procurement chose, not a partner: "the contract be awarded to Fenby Paving Ltd", "the highest-scoring
# bid had been submitted by", "the preferred bidder, Marsh Grounds Ltd"
AWARDED = (
    r"(?i)(?-u:\b)(?:award(?:ed|ing)?(?:\s+(?:the|a|this|its)\s+(?:[a-z-]+\s+){0,3}contract)?\s+to"
    r"|(?:bid|tender|offer)s?\s+(?:had\s+|has\s+|have\s+|was\s+|were\s+)?(?:been\s+)?(?:submitted|received|made)\s+(?:by|from)"
    r"|(?:preferred|successful|winning|highest[\s-]scoring)\s+(?:bidder|tenderer|supplier)\s*,?)\s+(?:the\s+)?$"
)
PEER_ORIGIN = r"(?i)\bpeers?\b[^.;!?]*\b(?:from|including)\b[^.;!?]*$"  # "peers drawn from ..., ..."
# ... however long their list: "peer reviewers from Fenby Borough Council, Marsh District Council, ..., Upton City
# Council": the words before a name are cut to 90 characters, so a long list is read over more words, item by item
# (each item up to its comma or "and" at most 60 characters; "from" tied to the team noun, no other verb between:
# "peer reviewers from", "peers were drawn from", "peer team members who came from", not "the peers were impressed by
# the contributions from partners, including ..." nor "since the peer challenge the council has won funding from")
PEER_ORIGIN_LIST = (
    r"(?i)\bpeers?(?:\s+(?:reviewers|team|members))*(?:\s+(?:were|was))?(?:\s+(?:drawn|who\s+came|came))?\s+from\s+"
    r"(?:[^.;!?,]{1,60}?(?:,|\s+and)\s*)+(?:the\s+)?$"
)
PEER_LIST_REACH = 400  # characters
# ... but not whom the peers heard or met: "Peers also heard positive views from the ... Board", nor what they think
# the council should get from a body: "The peers believe the council could gain more from the ... Board"
PEERS_HEARD = (
    r"(?i)\bpeers?\b[^.;!?]*\b(?:heard|met|spoke|talked|listened|received"
    r"|think|thought|believed?|feel|felt|suggest(?:ed)?|consider(?:ed)?|encourage[ds]?)\b[^.;!?]*$"
)
# A company's legal form after its name, over up to two more words: "... Partnership Services Ltd"
COMPANY_FORM = r"(?:(?:\s+[A-Z][a-z]+){0,2}?\s+(?:Ltd|Limited|plc|PLC|LLP|CIC)\b)?"
# A company named with its legal form, wherever it is named: "the management fee from Fenby Leisure Ltd", a word in
# brackets before the form too ("Wyvern Group (Trading) Ltd")
LEGAL_NAME = (
    rf"(?-u:\b)((?:{WORD}\s+){{0,3}}?{WORD}(?:\s+\({WORD}\))?\s+(?:Ltd|Limited|plc|PLC|LLP))(?-u:\b){ACRONYM}"
)
CUED_NAME_FILTER = r"(?i)\b(?:with|by|through|in|of|on|chairs|chaired|chairing|contractors?,?|operators?,?)\s+(?:the\s+)?(?-i:[A-Z])"  # a cheap test before the cued-name pattern
# a word after a name that is a preposition, conjunction or verb, not a noun the name describes
LINK_AFTER = (
    r"^\s+(?:on|in|to|for|and|or|at|through|with|about|as|by|from|is|are|was|were|has|have|had|will|would|can"
    r"|could|should|may|might|which|who|that|since|under|during|across|over|since|into|via)(?-u:\b)"
)
# a body whose representatives the peers or the council met, right before its name: a partner, even after a post in
# the same list ("spoke with the Leader, the audit chair and representatives of Fenby County Council")
REPRESENTATIVES = r"(?i)(?-u:\b)representatives\s+(?:of|from)\s+(?:the\s+)?$"
PEER_ENTRY = 250  # characters
# "Director – ", "Chief Executive, ", "Director of Place, Growth and Homes, " (not a clause after a comma: "the
# Leader, brings together the council, ...")
SEPARATOR = r"(?:[^.;:!?,]|,\s*(?-i:[A-Z&])){0,60}?[,–—(/-]\s*(?:the\s+)?$"


def registered_councils() -> str:
    """The registered councils named without a type word ("North Fenby Council", not "Marsh District Council"), and
    registered places joined by "of", "upon" or "on" with their type word, as one alternation (longest first, so a longer name is not cut to a shorter one inside it)."""
    names = load_register().filter(
        pl.col("council_name").str.contains(r"^[A-Z][\w'’ -]* Council$")
        & ~pl.col("council_name").str.contains(
            r" (?:Metropolitan Borough|Metropolitan District|County Borough|County|City|District|Borough) Council$"
        )
    )["council_name"]
    # ... and a registered place whose name joins its words with a small word, with its type word ("Forest of Dean
    # District Council", which the typed pattern, taking capitalised words only, would cut to "Dean District Council")
    joined = load_register().filter(
        pl.col("place").str.contains(r"^[A-Z][\w'’ -]* (?:of|upon|on) [A-Z][\w'’ -]*$")
    )
    places = "|".join(re.escape(p) for p in sorted(joined["place"], key=len, reverse=True))
    typed = rf"(?:{places}) (?:Metropolitan Borough|Metropolitan District|County Borough|County|City|District|Borough) Council"
    return "(?:" + typed + "|" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + ")"


def _places() -> str:
    """The registered places, as one alternation (longest first, so a longer place is not cut to one inside it)."""
    return "|".join(re.escape(p) for p in sorted(load_register()["place"].unique(), key=len, reverse=True))


def team_places() -> str:
    """A partnership of a registered place's councils named "Team" and the place ("Team Fenbyshire"), as one pattern;
    the report's own council's team is its staff, dropped in dbt with the council."""
    return rf"(?-u:\b)(Team (?:{_places()}))(?-u:\b)()"


def shared_places() -> str:
    """Registered places listed after what the council shares with them, unnamed ("shared procurement arrangements
    with Fenby and Marsh Vale", "shares services with Upton, Wyre and the Vale of Marsh"), ending before a stop, a
    bracket or a lower-case word, as one pattern: each place names its council, a shared-service partner. The places
    a named service or partnership is shared with ("the shared Fenby Audit Service with ...", "Marsh Services,
    shared with ...") are its members, found by that name."""
    place = rf"(?:the\s+)?(?:{_places()})"
    return (
        # (not right after a name and its comma; the word before "with" in lower case, not a name's last word)
        rf"(?:^|[^,\s]\s+|(?-u:\b)[a-z][\w'’-]*,\s+)(?i:shar(?:e|es|ed|ing))(?-u:\b)"
        rf"(?:[^.;]{{0,80}}?\s[a-z][\w'’-]*)?\s+with\s+"
        rf"({place}(?:,\s+{place})*(?:,?\s+and\s+{place})?)()(?:\s*[.,;:()]|\s+(?-i:[a-z])|\s*$)"
    )


def care_places() -> str:
    """A health and social care partnership named for its registered place after its kind ("Health and Social Care
    Fenby", as Scottish integration partnerships are named), as one pattern."""
    return rf"(?-u:\b)(Health (?:and|&) Social Care (?:{_places()}))(?-u:\b)()"


def patterns_from_vocabulary() -> dict[str, str]:
    """The regular expressions built from the vocabulary (read once, cached by `alternation`)."""
    head, role = alternation(VOCABULARY, "head"), alternation(VOCABULARY, "role")
    return {
        # a head may run on into another, straight or over more capitalised words: "Fenby Partnership Board",
        # "Marsh City Region Combined Authority", "Wyvern University Health Board"
        # ... and a company's name on into its legal form: "Fenby Partnership Services Ltd"
        "named": rf"((?:{WORD}{JOIN})+?{head}\b(?:(?:\s+{WORD})*?\s+{head}\b)*{COMPANY_FORM}){ACRONYM}",
        # ... or on past its head over "of" or "for" to the acronym of all its initials in brackets: "the Fenby
        # Association of Voluntary Organisations (FAVO)" (the acronym checked in `partnership_keep`)
        "head_of_initials": rf"((?:{WORD}{JOIN})*?{head}\s+(?:of|for)\s+(?:(?:{WORD}|and|&)\s+){{0,3}}{WORD})"
        r"\s+\(([A-Z][A-Za-z&]{1,9})\)",
        # ... after a list of places: "the Marsh, Fenby and Wyre Integrated Care Board"
        # ... of one to four words each, perhaps joined by "and": "the Fenby, North Marsh and South Wyre Integrated
        # Care Board", "the Fenby and East Marsh, Upton and Wyre Integrated Care Board"
        # ... and a compass point after the head, before a stop, a bracket or a lower-case word ("the Wyre Coast
        # Partnership East (shared with ...)")
        "head_compass": rf"((?:{WORD}{JOIN})+?{head}\s+(?:North|South|East|West|Central))()(?:\s*[.,;:()]|\s+(?-i:[a-z])|\s*$)",
        "listed_places": rf"(?-u:\b)[Tt]he\s+((?:{WORD}(?:\s+(?:and\s+)?{WORD}){{0,3}},\s+)+(?:{WORD}\s+){{0,2}}{WORD}\s+and\s+"
        rf"(?:{WORD}{JOIN})*?{head}\b){ACRONYM}",
        # the acronym first: "the ICB (Integrated Care Board)"
        "acronym_first": rf"(?-u:\b)([A-Z][A-Z0-9&]{{1,9}})\s+\(((?:{WORD}{JOIN})+?{head})\)",
        # a post named after what it looks after: "Head of Policy and Partnerships", "Cabinet Member for ..."
        "job_title": rf"(?i)^(?:\S+\s+){{0,2}}{role}\s+(?:of|for)\b",
        # an existing institution is "the University of ...", not "a University of ..." still to be founded
        "lead": rf"(?-u:\b)[Tt]he\s+({alternation(VOCABULARY, 'lead')} (?:the )?{WORD}(?:\s+(?:of\s+(?:the\s+)?)?{WORD})*){ACRONYM}",
        "body": rf"(?-u:\b)({alternation(VOCABULARY, 'body')})(?-u:\b){ACRONYM}",
        "cued_body": rf"(?-u:\b)({alternation(VOCABULARY, 'cued_body')})(?-u:\b){ACRONYM}",
        # ... by its listed name ("Department for Levelling Up, Housing and Communities"), else its capitalised words
        # after the head, not run on over "and" ("the Department for Education and Fenby Council" names two bodies)
        "government": rf"(?-u:\b)({alternation(VOCABULARY, 'government')}(?-u:\b)"
        rf"|{alternation(VOCABULARY, 'government_head')}\s+(?:the\s+)?{WORD}(?:\s+{WORD})*){ACRONYM}",
        # ... with a place before "&" in its name ("Fenby & Marsh City Council" is one council, not "Marsh City Council")
        "council": rf"((?:{WORD}\s+&\s+)?{COUNCIL_STRICT}s?)\b()",
        # ... or a registered council whose name has no type word ("North Fenby Council"), by the register's spelling
        "registered_council": rf"(?-u:\b)({registered_councils()})(?-u:\b)()",
        "team_place": team_places(),
        "care_place": care_places(),
        "shared_places": shared_places(),
        "generic": rf"(?i)^(?:the\s+)?(?:{alternation(VOCABULARY, 'generic')}(?:\s+(?:and|&))?\s+)*{head}$",
        "employer": rf"(?i)\b{role}\b{SEPARATOR}",
        # ... or of two councils: "Chief Executive of Fenby District Council and Upton Borough Council"
        # ... or of a council named with "with" ("Leader of Fenby with Marsh Borough Council": no "Marsh Borough Council")
        # ... or on or from it ("opposition group leader on Marsh City Council", "officers from Fenby Borough Council")
        "council_employer": rf"(?i)\b{role}\b[^.;:!?]{{0,60}}?(?:(?:[,–—(/\t-]|\bof|\bat|\bon|\bfrom|\bcouncil\s+and)\s*(?:the\s+)?"
        r"|(?:\bof|\bat)\s+(?-i:[A-Z][\w'’-]*)\s+with\s+)$",
        "cue": rf"(?i)\b{alternation(VOCABULARY, 'cue')}\b",
        "cued_company": rf"(?i:\b{alternation(VOCABULARY, 'cue_phrase')})\s+(?:the\s+)?"
        rf"((?:{WORD}(?:\s+(?:of|for|&)\s+|\s+)){{1,4}}{alternation(VOCABULARY, 'company')}\b){ACRONYM}",
        # ... a council named without its type, perhaps with "and" in its name ("shares services with Fenby and Marsh
        # Council"), or a list of them ("with Fenby Council and Marsh Council": split by `_joint_councils`)
        "cued_council": rf"(?i:\b{alternation(VOCABULARY, 'cue_phrase')})\s+(?:the\s+)?"
        rf"((?:{WORD}\s+(?:(?:and|upon|on|&)\s+)?){{1,6}}Council)(?-u:\b)()",
        # a body of any form after a cue that it works with or for the council ("delivered by Wyvern Highways
        # North", "works with the Port of Marsh on"): two or more capitalised words, not run on over "and"
        "cued_name": rf"(?i:\b{alternation(VOCABULARY, 'name_cue')})\s+(?:the\s+)?"
        rf"({WORD}(?:(?:\s+(?:of|for|&)\s+|\s+){WORD}){{1,5}})(?-u:\b){ACRONYM}",
        # ... or a body "for" or "of" two things ("works with the Centre for Rates and Valuation on"): its last word
        # after "and", before a stop or a lower-case word
        "cued_and": rf"(?i:\b{alternation(VOCABULARY, 'name_cue')})\s+(?:the\s+)?({WORD}(?:\s+{WORD})*\s+(?:of|for)"
        rf"\s+{WORD}\s+(?:and|&)\s+{WORD})()(?:\s*[.,;:()|]|\s+(?-i:[a-z]))",
        # ... or the later of two bodies after the cue, the second after "and the" ("work with Fenby Council and the
        # Marsh Heritage Foundation to"): two to five capitalised words, before a stop or a lower-case word
        "cued_later": rf"(?i:\b{alternation(VOCABULARY, 'name_cue')})\s+(?:the\s+)?{WORD}(?:(?:\s+(?:of|for|&)\s+|\s+){WORD}){{0,5}}"
        rf"\s+and\s+the\s+({WORD}(?:\s+{WORD}){{1,4}})()(?:\s*[.,;:()]|\s+(?-i:[a-z]))",
        # the words before a later company of a list after a cued name ("agreed with Fenby Rail Ltd and the ...")
        "cued_list": rf"(?i:\b{alternation(VOCABULARY, 'name_cue')})\s+(?:the\s+)?(?-i:[A-Z])[^.;,]*?\s*$",
        # ... or one word, before a lower-case word or a stop ("delivered by Brightway under a contract to 2030")
        "cued_single": rf"(?i:\b{alternation(VOCABULARY, 'single_cue')})\s+({WORD})()(?:[,.;:]|\s+(?-i:[a-z(]))",
        # ... but no month, department or group of people ("delivered by March", "run by Volunteers")
        "single_stop": rf"(?i)^(?:{alternation(VOCABULARY, 'single_stop')}|{alternation(VOCABULARY, 'generic')}"
        rf"|{MONTHS})$",
        "ends_in_head": rf"\b{head}$",
        # a name whose last part after "and" is a head alone names two bodies, the second by its kind only ("the
        # Fenby Harbour and City Deal relationships")
        "and_head": rf"\s(?:and|&)\s+{head}$",
        # a word after the name that makes it a place, not the body ("the Fenby Forum site"), but not where it goes on
        # into a noun of its own ("the Fenby Shared Services building control team")
        "place_after": rf"(?i)^\s+{alternation(VOCABULARY, 'place')}(?:\s*$|\s*[^\w\s]|{LINK_AFTER.removeprefix('^')})",
        "single_cue": rf"^(?i:{alternation(VOCABULARY, 'single_cue')})\s+",
        "name_cue": rf"^(?i:{alternation(VOCABULARY, 'name_cue')})\s+(?:the\s+)?",
        "company_cue": rf"^(?i:{alternation(VOCABULARY, 'cue_phrase')})\s+(?:the\s+)?",
        "role_after": rf"(?i)^\s*,\s*(?:[\w'’-]+\s+){{0,3}}?{role}\b",
        # a company with the acronym of its initials, wherever it stands: "Marsh Borough-wide Homes (MBH) expects"
        "initialled": rf"(?-u:\b)((?:{WORD}(?:\s+(?:of|for|&)\s+|\s+)){{1,4}}{alternation(VOCABULARY, 'company')})"
        r"\s+\(([A-Z][A-Za-z&]{1,9})\)",
        # ... and a later item of a list after one ("partners such as Fenby Leisure Trust and Marsh Homes")
        "listed_company": rf"(?:,|(?-u:\b)and)\s+(?:the\s+)?"
        rf"((?:{WORD}(?:\s+(?:of|for|&)\s+|\s+)){{1,4}}{alternation(VOCABULARY, 'company')}\b){ACRONYM}",
        "not_partner": rf"(?i)\b{alternation(VOCABULARY, 'not_partner')}\b|{OWN_BOARD}",
        "generic_word": rf"(?i)\b{alternation(VOCABULARY, 'generic')}\b",
        "generic_before": rf"(?i)\b{alternation(VOCABULARY, 'generic')}\s+$",
        "generic_company": rf"(?i)^(?:{alternation(VOCABULARY, 'generic')}\s+)*\S+$",
        "generic_council": rf"(?i)^(?:(?:{alternation(VOCABULARY, 'generic')}|{alternation(VOCABULARY, 'single_stop')}"
        r"|and|&)\s+)*Councils?$",
    }
