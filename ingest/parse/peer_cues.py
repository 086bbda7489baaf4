"""What opens a peer team in a report: a team heading, a sentence introducing the members, a sentence naming
who led the team; and what says a line is no member."""

from __future__ import annotations

from ingest.parse.peer_words import BULLET_MARK, HONORIFIC, HONOURS, NAME

TEAM_KIND = (
    r"(?:(?:corporate|finance|peer|review|challenge|lga)\s+)"  # "peer team", "corporate peer challenge team"
)
TEAM_HEADING = (
    r"(?i)^\s*#*\s*[*_]*\s*(?:[0-9]+(?:\.[0-9]+)*\.?\s+)?[*_]*\s*"
    # (a bilingual heading gives the other language's words first or last, after or before a slash: "Y Tîm / The
    # Peer Team", "The Peer Team / Y Tîm")
    r"(?:[^/\n]{1,60}?\s+/\s+)?"
    # "The peer team", "Who was on the peer team", "Who was on the team"
    # ... "The team" (a heading of its own)
    # ... "Meet the peer team", "Members of the peer team", "Peer team membership", "Composition of the team"
    rf"(?:(?:who\s+(?:was|were)\s+(?:on|in)\s+(?:the\s+|our\s+)?{TEAM_KIND}*"
    rf"|(?:(?:meet|about|(?:members|membership|composition)\s+of)\s+)?(?:the\s+|our\s+){TEAM_KIND}*|{TEAM_KIND}+)"
    r"team(?:\s+(?:members|membership|composition))?"
    # ... "The team who visited", "The peer team that took part"
    r"(?:\s+(?:who|that)\s+(?:visited|took\s+part|came))?"
    # "Who the peers were", "Who we were" (the peers speaking)
    r"|who\s+the\s+(?:peers|(?:peer\s+)?team(?:\s+members)?)\s+(?:were|are)|who\s+we\s+(?:were|are)"
    # ... "Who were the peers?", "Who are the peer team members?"
    r"|who\s+(?:were|are)\s+(?:the\s+|our\s+)(?:peers|(?:peer\s+)?team\s+members|peer\s+team)"
    # ... "The peers", "Meet the peers" (a heading of its own)
    r"|(?:meet\s+)?(?:the|our)\s+peers)"
    # "The peer team and approach"
    r"(?:\s+(?:and|&)\s+(?:the\s+|its\s+)?(?:approach|process|scope|method|methodology|focus))?"
    r"(?:\s+/\s+[^/\n]{1,60})?[*_]*\s*[:?]?\s*$"
)
# ... an assessment panel's heading ("The panel members", "Members of the panel", "Who was on the panel?"), only in
# a text or section about such a visit (`peer_sections`: a scrutiny panel's members are no peers)
PANEL_HEADING = (
    r"(?i)^\s*#*\s*[*_]*\s*(?:[0-9]+(?:\.[0-9]+)*\.?\s+)?[*_]*\s*"
    r"(?:(?:who\s+(?:was|were)\s+on|(?:members|membership)\s+of)\s+)?(?:the\s+|our\s+)?"
    r"(?:(?:assessment|review|peer)\s+)?panel(?:\s+(?:members|membership))?[*_]*\s*[:?]?\s*$"
)
# "The peers who delivered the peer challenge ..." (the team that did the work, named after its verb)
PEERS_WHO = r"\bpeers\s+who\s+(?:delivered|undertook|conducted|carried\s+out)\b"
# (each alternative matched on its own: one regex of them all is too big for the regex engine's fast automaton, and
# took 0.1 s over 6,500 lines where the parts take 0.01 s)
TEAM_INTRO = tuple(
    f"(?i){part}"
    for part in (
        PEERS_WHO,
        r"\bpeers\s+(?:were|are)\s*:",
        r"\bteam\s+(?:was|were)\s*:",
        # "the final team was as follows.", "The peers were as follows:"
        r"\b(?:peers|team)\s+(?:was|were|is|are)\s+as\s+follows\b",
        # ... "The peer team for the review was made up of four of the original peers: Ann Bell, ..."
        r"\b(?:peer|review|challenge)\s+team(?:\s+[\w’'-]+){1,5}?\s+(?:was|were)"
        r"(?:\s+(?:made\s+up|composed)\s+of\b[^.:]{0,60})?\s*:\s*\S",
        r"\bteam\s+(?:comprised|consisted|included|(?:was|were|is)\s+(?:made\s+up|composed))",
        # "members of the original team were involved", "Three members of the original team took part: ..."
        r"\bmembers\s+of\s+the\s+(?:[\w-]+\s+){0,3}team\b(?:\s+(?:were|was|involved|included)|[^:.]{0,60}:)",
        # "He thanked the peer team: Ms Ann Bell, ..." (the team thanked, its members named after the colon)
        r"\bthank(?:ed|s)?\s+(?:the\s+)?(?:members\s+of\s+the\s+)?(?:peer|review|challenge)\s+team\s*:\s*\S",
        # "1.2 The review team: Ann Bell (...); ...", "Three of the original team returned: Ann Bell, ..."
        r"\b(?:peer|review|challenge|assessment)\s+team\s*:\s*\S",
        # "Peers: Ann Bell (lead peer, ...); Cllr Tom Reed (...)" (a line that opens with the word, after its
        # paragraph's number if any: "1.2 Peers: ...")
        r"^\s*(?:[0-9]{1,2}(?:\.[0-9]{1,2})*\.?\s+)?[*_]*peers[*_]*\s*:[*_]*\s*\S",
        r"\b(?:peers|team)\s+(?:who\s+)?(?:returned|came\s+back|took\s+part)\b[^.:]{0,80}:\s*\S",
    )
)
# A table's header row (its cells read as commas: `peer_team.cells_as_commas`) with a column of peers: "Role |
# Peer | Home authority", "Peer name, Role, Council" (a table of officers, "Name | Role", is no team; matched as
# `TEAM_TABLE_HEAD` and `PEER_CELL`).
_HEAD_CELL = (
    r"(?:role(?:\s+on\s+(?:the\s+)?team)?|team\s+role|peers?(?:\s+name)?|panel\s+members?|name|position|job\s+title"
    r"|day\s+job"
    r"|(?:home\s+|own\s+)?(?:authority|council|organisation|employer))"
)
TEAM_TABLE_HEAD = rf"(?i)^\s*[*_]*(?:{_HEAD_CELL}[*_]*\s*,\s*[*_]*){{1,3}}{_HEAD_CELL}[*_]*\s*,?\s*$"
PEER_CELL = r"(?i)\bpeers?\b"
# ... or typed with spaces, its heads apart by two spaces or more ("Name      Role      Organisation"), one of them
# naming the person (`PERSON_HEAD`): the table's columns start where its heads do (`peer_typed_table`)
TYPED_TABLE_HEAD = rf"(?i)^\s*(?:{_HEAD_CELL})(?:\s{{2,}}(?:{_HEAD_CELL})){{1,3}}\s*$"
PERSON_HEAD = r"(?i)\b(?:name|peers?|panel\s+members?)\b"
# ... or of an assessment panel's members ("Panel member | Role | Organisation"), in a text or section about such
# a visit (`peer_sections`: a scrutiny panel's members are no peers)
PANEL_CELL = r"(?i)\bpanel\s+members?\b"
# A line that ends "<the team or peers ...> were:" ("The members of the original team who took part were:",
# "The following peers took part:"), unless it says who was met or thanked.
# ... or "<peers> returned / came back for <the review>:" ("Three of the original peers returned for the review:").
TEAM_COLON = (
    r"(?i)\b(?:peers|team)\b(?:\s+[\w’'-]+){0,6}?\s+(?:were|was|are|is|included|comprised|consisted\s+of"
    r"|took\s+part|participated|(?:were|was)\s+involved|(?:were|was|is)\s+(?:made\s+up|composed)\s+of)\s*:\s*$"
    r"|\bpeers\s+(?:who\s+)?(?:returned|came\s+back|took\s+part)\s+(?:for|in|to)\s+(?:the|this)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:review|visit|challenge)\s*:\s*$"
    # "... of the original team returned, joined by the LGA's manager for the review:" ("... took part, joined by")
    r"|\b(?:peers|team)\s+(?:who\s+)?(?:returned|came\s+back|took\s+part)\b[^.:]{0,80}:\s*$"
    # "The peers who were able to return for the review were:", "The peers who could attend were:"
    r"|\bpeers\s+who\s+(?:(?:were|was)\s+able\s+to|could)\s+(?:return|come\s+back|take\s+part|attend|join)\b"
    r"[^.:]{0,80}:\s*$"
    # "The challenge was delivered by a small team of finance peers:", "It was delivered by four of the original
    # peers:"
    r"|\b(?:delivered|undertaken|carried\s+out|conducted)\s+by\s+(?:a|the|[\w-]+\s+of\s+the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:team|peers)\b[^.:]{0,80}:\s*$"
    # "Returning to the council were:", "Returning for the review were:" (the peers back for a progress review)
    r"|(?:^|[.!?]\s+|^\s*[0-9]{1,2}(?:\.[0-9]{1,2})*\.?\s+)Returning\s+(?:to|for)\b[^.:]{0,60}\b(?:were|was)\s*:\s*$"
    # "... was on site between 9 and 12 June. It comprised:" (the panel or team of the sentence before), "It was
    # facilitated by the Fenby Association and comprised:"
    r"|(?:\b(?:panel|team|peers)\b|\bon\s+site\b)[^:]{0,160}[.!?]\s+(?:It|They)\s+(?:[^.:]{0,120}?\s+and\s+)?"
    r"(?:comprised|consisted\s+of"
    r"|included|(?:was|were)\s+made\s+up\s+of)\s*:\s*$"
)
# ... an assessment panel's ("The panel was made up of:", "The panel comprised the following members:"), only in
# a text or section about such a visit (`peer_sections`: a scrutiny panel's members are no peers)
PANEL_COLON = (
    r"(?i)\bpanel\b(?:\s+[\w’'-]+){0,6}?\s+(?:were|was|is|included|comprised|consisted\s+of"
    r"|(?:were|was|is)\s+(?:made\s+up|composed)\s+of)"
    # ... "The panel was made up of the following members:"
    r"(?:\s+the\s+following(?:\s+(?:members|peers|people))?)?\s*:\s*$"
)
# The team's size after its noun ("team of six", "team of eight peers"), or who its members are ("a team of local
# government professionals led by", "team of senior peers", "team of LGA experts"; not "team of senior finance
# officers" nor "team of social work professionals" or "housing experts": a council's own), before any verb.
TEAM_SIZE = (
    r"(?:\s+of\s+[\w-]+(?:\s+peers)?|\s+of\s+(?:[a-z-]+\s+){0,2}peers"
    r"|\s+of\s+(?:local\s+government|lga|peer)\s+(?:professionals|experts))?"
)
# "team was led by", "team had been led by", "team comprised", "team of six, led by", "team of six was led by", "team
# of eight peers, led by", "... a team of finance peers. It was led by", "two members of the original team – Ann Bell
# (...) and ..."
PROSE_VERB = (
    TEAM_SIZE
    + r"(?:\s+(?:was|were)\s+(?:(?:led|chaired)\s+by\s+)?|\s+(?:had|has|have)\s+been\s+led\s+by\s+|\s+comprised\s+"
    r"|\s+included\s+|,?\s+led\s+by\s+"
    # "The peer team was made up of Ann Bell (...), ...", "The team consisted of Ann Bell, ..."
    r"|\s+(?:(?:was|were)\s+(?:made\s+up|composed)|consisted)\s+of\s+"
    # "The panel was on site in May. It was chaired by ..."
    r"|\b[^.]{0,80}\.\s+It\s+was\s+(?:led|chaired)\s+by\s+"
    # "The peer team was made up of six officers and councillors ..., led by"
    r"|\s+(?:was|were)\s+(?:made\s+up|composed)\s+of\s+[^.:]{0,120}?,\s+led\s+by\s+)"
)
# ... the visit the team was for, between its noun and verb ("The peer team for the progress review was Ann Bell
# (...)", "The team on this year's visit comprised ...")
TEAM_FOR_VISIT = (
    r"(?:\s+(?:for|on|at|during)\s+(?:the|this|that|its|our|[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:review|visit|challenge|assessment|follow-up|check-in))?"
)
# ... a dash only after a peer team ("the original team – Ann Bell (...)"; not "the leadership team – ...")
# ... "The (peer) challenge was led by Dr Ann Bell, ..."
# ... an assessment panel plays the peer team's part (a Welsh council's Panel Performance Assessment: "The panel
# was chaired by ..."), only in a text or section about such a visit (`PANEL_PROSE`, `peer_sections`: a scrutiny
# panel's chair is no peer)


def _team_cue(nouns: str) -> str:
    """The words before a member's name in prose about a team named by `nouns` (a regex alternation)."""
    return (
        rf"(?i:\b(?:(?:{nouns}){TEAM_FOR_VISIT}{PROSE_VERB}|(?:original|peer|challenge|review)\s+team\s+[–—-]\s+"
        r"|challenge\s+(?:was|had\s+been)\s+led\s+by\s+"
        # "The peers who delivered the challenge at Fenby were Ann Bell, ..."
        rf"|{PEERS_WHO}[^.:;]{{0,80}}?\s+(?:were|was)\s+))"
    )


PERSON_NEXT = (
    rf"(?:{HONORIFIC}\s+)?{NAME}\s*(?:,|\(|[–—-]\s)"  # a member named next, then a role or a bracket
)
TEAM_CUE = _team_cue("team|panel|peers")
TEAM_PROSE = _team_cue("team|peers") + PERSON_NEXT
PANEL_PROSE = rf"(?i:\bpanel{PROSE_VERB}){PERSON_NEXT}"
# What follows the introduction on its own line: after its colon, or after the verb in prose.
# In prose, the verb before a person: "The team was made up of officers and members. The peer team was led by
# Ann Bell, ..." runs from Ann Bell.
# A minute's attendance line ("Also in attendance for this item: Dr Ann Bell, Chief Executive of Fenby Council (lead
# peer), and Tom Reed, Adviser, LGA (peer challenge manager).") opens a team only where every bracket in its
# paragraph names a place on the peer team and one ends it (officers "present: Chief Executive (Ann Bell)" are none;
# `peer_team.team_lines`).
ATTENDANCE = r"(?i)\b(?:in\s+attendance|also\s+present)\b[^:\n]{0,60}:"
PEER_BRACKET = r"\((?i:(?:[a-z]+\s+){0,3}?peer(?:\s+(?:challenge\s+)?(?:manager|adviser|advisor))?)\)"
ALL_PEER_BRACKETS = rf"^[^()]*{PEER_BRACKET}(?:[^()]*{PEER_BRACKET})*[\s.;]*$"
INLINE = (
    rf"(?i:(?:(?:peers|team)\b[^:]{{0,200}}?|\b(?:in\s+attendance|also\s+present)\b[^:]{{0,60}}):)\s*(\S.*)$"
    rf"|{TEAM_CUE}((?:{HONORIFIC}\s+)?{NAME}\b.*)$"
)
# A sentence that opens "Led by <person>, ..." and is about the team ("Led by Cllr Ann Bell, Leader of Fenby
# Council, the team met ..."): the leader runs on after "Led by".
# A news item's "Lead peer Cllr Ann Bell, Leader of Fenby Council, said: ..." names one member the same way.
# "The lead peer (for Fenby) was Ann Bell, ..." names the leader the same way.
LEAD_PEER = (
    r"(?:The\s+)?[Ll]ead\s+peer(?:\s+(?:for|at|on)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?"
    r"(?:,|\s+(?:was|is))?"
)
LEADER_CUE = rf"(?:Led\s+by|{LEAD_PEER})"
LED_BY = rf"(?:^|[.!?]\s+)[*_]*{LEADER_CUE}\s+((?:{HONORIFIC}\s+)?{NAME}\s*,.*)$"
LED_BY_TEAM = (
    rf"(?:^|[.!?]\s+)[*_]*(?:Led\s+by\s+(?:{HONORIFIC}\s+)?{NAME}\s*,[^.]*\b(?:[Tt]eam|[Pp]eers?)\b"
    rf"|{LEAD_PEER}\s+(?:{HONORIFIC}\s+)?{NAME}\s*,)"
)
# A sentence (or what follows a colon) that opens with a member who led the team ("Ann Bell, Leader of Fenby
# Council, led the team, joined by ..."): the run starts at the member.
# ("... led the team that runs X" is no peer team); or "..., was the lead peer."
# ... or a member named within a sentence, then "who (had) acted as the lead peer" ("The Mayor welcomed Mr Tom
# Reed, former Director of Finance at Fenby Council, who had acted as the lead peer ...") (group 2).
LEADS_TEAM = (
    rf"(?:^|[.!?:]\s+)[*_]*((?:{HONORIFIC}\s+)?{NAME}\s*,[^.;]{{0,150}}?,\s+(?:led\s+the\s+"
    r"(?:peer\s+team\b|team\s*[,.;])|(?:was|is|acted\s+as)\s+(?:the\s+)?lead\s+peer\b).*)$"
    rf"|\s((?:{HONORIFIC}\s+)?{NAME}\s*,[^.;]{{0,150}}?,\s+who\s+(?:had\s+|has\s+)?(?:acted|served)\s+as\s+"
    r"(?:the\s+)?lead\s+peer\b.*)$"
)
BULLET = rf"^\s*{BULLET_MARK}\s+\S"
# A line that says who the team met or thanks people before any member is listed ends the search; so does a
# letter's close (the name signed under it is the writer's, named in the team as "myself": `peer_letters`).
NOT_TEAM = (
    r"(?i)\bthank|\bmet\s+with\b|\bspoke\s+(?:to|with)\b|\binterview"
    r"|^\s*(?:yours\s+(?:sincerely|faithfully|truly)|(?:kind|best|warm)\s+regards)\b"
)
# A line saying a peer did not take part ("A fourth peer, Cllr Ann Bell, could not attend."): no member, and the
# end of the list (one who missed a day, "... unable to attend on day two", took part).
ABSENT = (
    r"(?i)\b(?:unable|not\s+able|could\s+not|couldn['’]t|did\s+not|didn['’]t|was\s+not|were\s+not)\s+"
    r"(?:to\s+)?(?:attend|take\s+part|join(?:\s+(?:us|them|the\s+(?:team|review|visit)))?|be\s+there|come)"
    r"[)\s]*[.;]?\s*$"
)
# A numbered heading in capitals ("4. THE CHALLENGE PROCESS") is the report's next section, no numbered member.
CAPITALS_HEADING = r"^\s*[*_#]*\s*[0-9]{1,2}[.)]\s+[^\p{Ll}]*\p{Lu}{2}[^\p{Ll}]*$"
MAX_LINES_BEFORE_LIST = 2
MAX_LIST_LINES = 120  # lines from a heading or introduction to the end of its list, at most
# A name on a line of its own (party or shadow label in brackets allowed): the next line gives the role.
NAME_ONLY = rf"^(?:{HONORIFIC}\s+)*{NAME}(?:{HONOURS})?(?:\s*\([^()]{{1,40}}\))?\s*$"
