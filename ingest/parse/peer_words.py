"""The words of a peer team entry: bullet marks, honorifics and honours, a person's name, and the words that
make a capitalised run a role or an organisation rather than a person."""

from __future__ import annotations

import polars as pl

# The marks lists are bulleted with: hyphen, asterisk, en/em dash, bullets, squares, arrows, ticks, numbers.
BULLET_MARK = r"(?:[-*•▪◦–—‣○■□►➢✓·]|[0-9]{1,2}[.)])"
# One or more honorifics as printed: "Cllr", "Cllr Dr", "The Rt Hon", "Rt. Hon. Sir".
_ONE_HONORIFIC = r"(?:Cllr|Councillor|Sir|Dame|Dr|Lord|Lady|Baroness|Baron|Professor|Prof|Mayor|Mr|Mrs|Ms|Miss|Rt\.?\s+Hon)\.?"
HONORIFIC = rf"(?:(?:The\s+)?Rt\.?\s+Hon\.?|{_ONE_HONORIFIC})(?:\s+{_ONE_HONORIFIC})*"
# ... and professional letters ("CPFA", "FCCA", "MRTPI")
HONOURS = (
    r"(?:,?\s+(?:MBE|OBE|CBE|DBE|KBE|BEM|JP|DL|QPM|KC|QC|FRSA|PhD|CPFA|FCPFA|ACCA|FCCA|ACA|FCA|ACMA|FCMA|MRTPI"
    r"|FRTPI|FCMI|CMgr|MCIH|FCIH))+"
)
# Names in any Latin script ("Siân", "Zoë", "Seán Ó Briain").
NAME_WORD = r"\p{Lu}[\p{L}'’.-]*"
FIRST_NAME = r"\p{Lu}\p{Ll}+"  # a first name in a run of members
LAST_NAME = r"\p{Lu}[\p{L}'’-]*\p{Ll}"
# The particles a surname may open with in lower case ("van Dijk", "bin Ali", the Welsh "ap Gwilym", "ab Owen").
PARTICLE = r"(?:de|van|von|der|den|la|le|da|di|du|bin|al|ap|ab)"
NAME = rf"{NAME_WORD}(?:\s+(?:{PARTICLE}\s+)?{NAME_WORD}){{1,2}}?"
FIRST_TWO = rf"^({NAME_WORD}\s+(?:{PARTICLE}\s+)?{NAME_WORD})"
# Words that make a capitalised pair a role, a place or a heading rather than a person.
NOT_NAME_WORDS = (
    r"Chief|Executive|Director|Head|Leader|Deputy|Manager|Officer|Programme|Assistant|Senior|Strategic|"
    r"Corporate|Council|Councils|County|City|Borough|District|Metropolitan|Authority|Association|Group|Member|"
    r"Cabinet|Peer|Peers|Lead|Associate|Adviser|Advisor|Portfolio|Finance|Financial|Policy|Service|Services|"
    r"Resources|Public|Health|Interim|Joint|Political|Principal|Regional|Local|Government|National|LGA|The|"
    r"Scope|Summary|Our|Feedback|Challenge|Shadow|President|Chair|Chairman|Treasurer|Partnership|Partnerships|Team|"
    r"Business|Support|Development|Commercial|Transformation|Communities|Economic|Growth|Place|People|Children|"
    r"Adult|Adults|Social|Care|Housing|Planning|Strategy|Performance|Digital|Customer|Operations|Communications|"
    r"Legal|Governance|Democratic|Neighbourhoods|Environment|Property|Improvement|Integration|Families|"
    r"Progress|Review|Introduction|Background|Context|Findings|Conclusions?|Recommendations?|Next|Steps|Approach|"
    r"Overview|Key|Appendix|Contents|"
    # ... a trainee's post ("LGA Graduate Trainee", "Apprentice")
    r"Graduate|Trainee|Apprentice|Intern|"
    # ... and a heading that asks or tells in title case ("How We Worked", "What We Found", "Where Next"), or a
    # slide's closing ("Thank You")
    r"How|What|Why|Where|When|Who|We|Us|Thank|Thanks|You"
)
NOT_NAME = rf"(?:^|\s)(?:{NOT_NAME_WORDS})(?:\s|$)"
ROLE_WORDS = (
    r"Leader|Chief|Director|Head|Programme|Deputy|Executive|Manager|Member|Councillor|Cabinet|Officer|Associate|"
    r"Adviser|Advisor|Portfolio|Assistant|Strategic|Corporate|Senior|Interim|Joint|Political|Lead|President|Chair|"
    r"Chairman|Mayor|LGA|Peer|Shadow|Service|Group|Principal|Finance|Treasurer|Managing|Regional|former|joint"
)
ORG_END = (
    r"(?:Council|Councils|Authority|Association|LGA|CCG|ICB|NHS|Trust|Network|LEP|MBC|Limited|Ltd|Board|"
    r"Partnership|Agency|University|College|Commissioning Group|Government)"
)
# An English region a role covers ("Peer Challenge Manager for the South East"): no part of the role as printed.
REGION = (
    r"(?:(?:North|South)(?:\s+(?:East|West))?|East(?:\s+of\s+England)?|West|(?:East|West)\s+Midlands|Midlands"
    r"|Yorkshire\s+and\s+(?:the\s+)?Humber)"
)
# Two words in capitals open a heading ("CPC RECOMMENDATIONS (as published ...)"), not a person's name.
CAPITALS_PAIR = r"^\p{Lu}[^\p{Ll}\s]*\s+\p{Lu}[^\p{Ll}\s]*(?:\s|$)"
LOOKS_LIKE_ORG = rf"\b{ORG_END}\.?$|^(?:LB|RB|London Borough|Royal Borough|City of)\b|^[A-Z]{{2,6}}$"


def starts_with_person(text: pl.Expr) -> pl.Expr:
    """Whether the (markup-free) text starts with a person's name, honorifics first, rather than a role, a place
    or a heading."""
    bare = text.str.replace(rf"^(?:{HONORIFIC}\s+)+", "")
    first = bare.str.extract(FIRST_TWO, 1)
    return (
        first.is_not_null() & ~first.str.contains(NOT_NAME) & ~bare.str.contains(CAPITALS_PAIR)
    ).fill_null(False)
