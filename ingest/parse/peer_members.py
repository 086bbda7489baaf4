"""Peer team entries -> one row per person: name, honorific, role and organisation as printed.

An entry is the text of one list item, or a run of members on one line ("Ann Bell – Leader, Fenby Council
Cllr Tom Reed (Labour) – ..."), which is cut before each person's name and put back together where a cut
fell on a role or place rather than a person.
"""

from __future__ import annotations

import polars as pl

from ingest.parse.lines import strip_markup

# The marks lists are bulleted with: hyphen, asterisk, en/em dash, bullets, squares, arrows, ticks, numbers.
BULLET_MARK = r"(?:[-*•▪◦–—‣○■□►➢✓·]|[0-9]{1,2}[.)])"
# One or more honorifics as printed: "Cllr", "Cllr Dr", "The Rt Hon", "Rt. Hon. Sir".
_ONE_HONORIFIC = r"(?:Cllr|Councillor|Sir|Dame|Dr|Lord|Lady|Baroness|Baron|Professor|Prof|Mayor|Mr|Mrs|Ms|Miss|Rt\.?\s+Hon)\.?"
HONORIFIC = rf"(?:(?:The\s+)?Rt\.?\s+Hon\.?|{_ONE_HONORIFIC})(?:\s+{_ONE_HONORIFIC})*"
HONOURS = r"(?:,?\s+(?:MBE|OBE|CBE|DBE|KBE|BEM|JP|DL|QPM|KC|QC|FRSA|PhD))+"
# Names in any Latin script ("Siân", "Zoë", "Seán Ó Briain").
NAME_WORD = r"\p{Lu}[\p{L}'’.-]*"
_FIRST = r"\p{Lu}\p{Ll}+"  # a first name in a run of members
_LAST = r"\p{Lu}[\p{L}'’-]*\p{Ll}"
NAME = rf"{NAME_WORD}(?:\s+(?:(?:de|van|von|der|den|la|le|da|di|du|bin|al)\s+)?{NAME_WORD}){{1,2}}?"
FIRST_TWO = rf"^({NAME_WORD}\s+(?:(?:de|van|von|der|den|la|le|da|di|du|bin|al)\s+)?{NAME_WORD})"
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
    r"Overview|Key|Appendix|Contents"
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
LOOKS_LIKE_ORG = rf"\b{ORG_END}\.?$|^(?:LB|RB|London Borough|Royal Borough|City of)\b|^[A-Z]{{2,6}}$"
LABEL = (
    r"(?i:(?:[a-z][a-z ]{0,40}\s)?(?:peers?|manager|shadow|lead|officer|observer|support|lga)\b[a-z ]{0,30})"
)
PREFIX = rf"^\s*(?:{BULLET_MARK}\s+)?(?:[*_]*({LABEL})[*_]*:[*_]*\s*)?"
# A label set off by a dash or a table cell (cells read as commas) instead of a colon: "Lead peer – Cllr Ann
# Bell, ...", "Officer peer<TAB>Tom Reed<TAB>...": only where a person follows it.
DASH_PREFIX = rf"^\s*(?:{BULLET_MARK}\s+)?[*_]*({LABEL})[*_]*(?:\s+[–—-]|\s*,)\s*"
LED = rf"^(?:{HONORIFIC}\s+)?{NAME}(?:{HONOURS})?\s*(?:,|\(|[–—-]\s|:|\s+and\s|$)"
# Where a new person starts inside a run of members (the inserted "\n" is where the run is cut).
_RUN_START = rf"(?:{HONORIFIC}\s+)?{_FIRST}\s+{_LAST}(?:{HONOURS})?(?:\s+\([A-Za-z ]{{2,30}}\))?\s+[–—-]\s"
_AFTER_ORG = rf"({ORG_END}\.?)\s+((?:{HONORIFIC}\s+)?{_FIRST}\s+{_LAST}\s*[,(])"
# What joins members in prose: "and", "with", "and (also) included", "including", "as well as", "(working)
# alongside".
_CONNECTOR = (
    r"(?:and\s+(?:also\s+)?includ(?:ed|ing)|and(?:\s+by)?|including|as\s+well\s+as"
    r"|(?:working\s+)?(?:with|alongside))"
)
# Members in prose separated by commas only: "..., Leader of Fenby Council, Tom Reed, Chief Executive of ...".
_AFTER_ORG_COMMA = rf"({ORG_END}\.?,\s+(?:{_CONNECTOR}\s+)?)((?:{HONORIFIC}\s+)?{_FIRST}\s+{_LAST}\s*[,(])"
# ... or joined by a connector after any place: "..., Director of Resources at the London Borough of Fenby, with
# Cllr Tom Reed, ...".
_AFTER_CONNECTOR = rf"(,\s+{_CONNECTOR}\s+)((?:{HONORIFIC}\s+)?{_FIRST}\s+{_LAST}\s*[,(])"
SHARED = rf"^((?:{HONORIFIC}\s+)?{NAME})\s+and\s+((?:{HONORIFIC}\s+)?{NAME})\s*((?:,|\s[–—-]\s).*)$"
# The role printed before the name in prose: "(joined by) LGA peer challenge manager Ann Bell".
ROLE_FIRST = (
    r"^((?:[\w-]+\s+){0,4}?(?i:manager|adviser|advisor|officer|peer|executive|director|leader))"
    rf"\s+((?:{HONORIFIC}\s+)?{_FIRST}\s+{_LAST})$"
)


def starts_with_person(text: pl.Expr) -> pl.Expr:
    """Whether the (markup-free) text starts with a person's name, honorifics first, rather than a role, a place
    or a heading."""
    bare = text.str.replace(rf"^(?:{HONORIFIC}\s+)+", "")
    first = bare.str.extract(FIRST_TWO, 1)
    return (first.is_not_null() & ~first.str.contains(NOT_NAME)).fill_null(False)


def label_prefix(text: pl.Expr) -> pl.Expr:
    """The bullet and team label printed before a member's entry ("- Lead peer: ", "Officer peer – "), as
    printed ("" where there is none)."""
    colon = text.str.extract(PREFIX, 0)
    dash = text.str.extract(DASH_PREFIX, 0)
    after_dash = strip_markup(text.str.slice(dash.str.len_chars()))
    use_dash = colon.str.extract(PREFIX, 1).is_null() & dash.is_not_null() & starts_with_person(after_dash)
    return pl.when(use_dash).then(dash).otherwise(colon)


def _mark_runs(text: pl.Expr) -> pl.Expr:
    """Insert a line break before each person in a run of members (kept text: pieces re-join exactly).

    A person starts a run after the end of the entry before (a capitalised word, an acronym or a closing
    bracket), never after a lower-case word ("Transformation and Business Support – ...").
    """
    return (
        text.str.replace_all(rf"(^|[A-Z][A-Za-z]*\.?\s+|\)\s*)({_RUN_START})", "${1}\n${2}")
        .str.replace_all(_AFTER_ORG, "${1} \n${2}")
        .str.replace_all(_AFTER_ORG_COMMA, "${1}\n${2}")
        .str.replace_all(_AFTER_CONNECTOR, "${1}\n${2}")
        .str.replace_all(r";\s*(?:and\s+)?", "${0}\n")
        .str.replace_all(r"\)(?:\s*,\s*(?:and\s+)?|\s+and\s+)", "${0}\n")
    )


def _clean(text: pl.Expr) -> pl.Expr:
    """Entry text without markup or closing punctuation."""
    return strip_markup(text).str.replace(rf"[\s;,.]*(?:\s{_CONNECTOR},?)?\s*$", "").str.strip_chars()


def split_entries(entries: pl.LazyFrame) -> pl.LazyFrame:
    """One row per member entry: each entry cut before every person in it, cuts on roles or places undone.

    Args:
        entries: frame with document_id, source_file, entry_id, char_offset (of `text`), text.

    Returns:
        document_id, source_file, entry_id, label (the team label printed before the entry, e.g. "Lead
        Officer Peer"), text, quote and char_offset of each member entry.
    """
    prefix = label_prefix(pl.col("text"))
    label = pl.coalesce(prefix.str.extract(PREFIX, 1), prefix.str.extract(DASH_PREFIX, 1))
    pieces = (
        entries.with_columns(
            label=strip_markup(label),
            char_offset=pl.col("char_offset") + prefix.str.len_chars().cast(pl.Int64),
            piece=_mark_runs(pl.col("text").str.slice(prefix.str.len_chars())).str.split("\n"),
        )
        .explode("piece")
        .with_columns(
            piece_no=pl.int_range(pl.len()).over("document_id", "entry_id"),
            length=pl.col("piece").str.len_chars().cast(pl.Int64),
        )
        .with_columns(start=pl.col("length").cum_sum().over("document_id", "entry_id") - pl.col("length"))
        .with_columns(
            name=_clean(pl.col("piece")).str.replace(rf"^{HONORIFIC}\s+", "").str.extract(FIRST_TWO, 1)
        )
        .with_columns(
            person=(pl.col("piece_no") == 0)
            | (
                pl.col("name").is_not_null()
                & ~pl.col("name").str.contains(NOT_NAME)
                # a piece that is an organisation alone ("Wyverndale Borough Council") is no person
                & ~(
                    _clean(pl.col("piece")).str.contains(LOOKS_LIKE_ORG)
                    & ~pl.col("piece").str.contains(r"[,(–—]")
                )
            )
        )
        .with_columns(member=pl.col("person").cast(pl.Int32).cum_sum().over("document_id", "entry_id"))
    )
    return (
        pieces.group_by("document_id", "entry_id", "member", maintain_order=True)
        .agg(
            source_file=pl.col("source_file").first(),
            label=pl.col("label").first(),
            char_offset=pl.col("char_offset").first() + pl.col("start").first(),
            text=pl.col("piece").str.join(""),
        )
        .with_columns(quote=pl.col("text").str.strip_chars().str.replace(r"(?:[\s,;]+and)?[\s,;]*$", ""))
        .filter(pl.col("quote").str.len_chars() > 0)
    )


def expand_shared(members: pl.LazyFrame) -> pl.LazyFrame:
    """'Ann Bell and Tom Reed, Programme Managers, LGA' (or '... – Programme Managers, LGA') -> one row each
    (`entry`), the role in the singular; 'LGA peer challenge manager Ann Bell' -> 'Ann Bell, LGA peer challenge
    manager'."""
    cleaned = _clean(pl.col("text"))
    shared = cleaned.str.extract_groups(SHARED)
    rest = shared.struct.field("3").str.replace_all(rf"\b({ROLE_WORDS}|Adviser|Advisor)s\b", "${1}")
    people = pl.concat_list(shared.struct.field("1") + rest, shared.struct.field("2") + rest)
    role_first = cleaned.str.extract_groups(ROLE_FIRST)
    person_first = role_first.struct.field("2") + ", " + role_first.struct.field("1")
    return members.with_columns(
        entry=pl.when(cleaned.str.contains(SHARED))
        .then(people)
        .when(starts_with_person(role_first.struct.field("2")) & ~starts_with_person(cleaned))
        .then(pl.concat_list(person_first))
        .otherwise(pl.concat_list(cleaned))
    ).explode("entry")


def _role_and_org(rest: pl.Expr) -> tuple[pl.Expr, pl.Expr]:
    """Split what follows a name into role and organisation, in the styles reports print them."""
    rest = rest.str.replace(rf"^(.*?{ORG_END})\s*/.*$", "${1}").str.replace(
        rf"({ORG_END})\s+and\s+(?:an?\s+)?(?:LGA|Local Government Association)\b.*$", "${1}"
    )
    last = rest.str.extract_groups(r"^(.*\S)(?:\s*,\s*|\s+[–—-]\s+)(\S.*)$")
    greedy = rest.str.extract_groups(r"^(.+)\s+(?:of|for|at|from)\s+((?:the\s+)?[A-Z].*)$")
    words = rest.str.extract_groups(
        rf"^((?:{ROLE_WORDS})(?:\s+(?:{ROLE_WORDS}|and|&|of))*)\s+([A-Z].*{ORG_END})$"
    )
    first = rest.str.extract_groups(r"^(.+?)\s+(?:of|for|at)\s+((?:the\s+)?[A-Z].*)$")
    # "<role> at the London Borough of Fenby"
    at = rest.str.extract_groups(r"^([A-Z].+?)\s+at\s+((?:the\s+)?[A-Z].*)$")
    only_org = (
        rest.str.contains(LOOKS_LIKE_ORG)
        & ~rest.str.contains(rf"^(?:{ROLE_WORDS}|[a-z])")
        & (~rest.str.contains(r"\s(?:of|for|at)\s") | rest.str.contains(r"^(?:[A-Z][a-z]+\s+){1,2}of\s"))
    ) | rest.str.contains(r"^(?:LGA|Local Government Association)$")  # "Tom Rack, LGA": no role printed
    cases = [
        (last.struct.field("2").str.contains(LOOKS_LIKE_ORG), last),
        (only_org, None),
        (greedy.struct.field("2").str.contains(LOOKS_LIKE_ORG), greedy),
        (at.struct.field("2").is_not_null(), at),
        (words.struct.field("2").is_not_null(), words),
        (first.struct.field("2").str.contains(r"^(?:LGA|Local Government Association)\b"), first),
    ]
    none = pl.lit(None, dtype=pl.String)
    role, org = pl.when(False).then(none), pl.when(False).then(none)
    for test, groups in cases:
        role = role.when(test).then(groups.struct.field("1") if groups is not None else none)
        org = org.when(test).then(groups.struct.field("2") if groups is not None else rest)
    return role.otherwise(rest), org.otherwise(none)


def member_columns(entry: pl.Expr, label: pl.Expr) -> list[pl.Expr]:
    """Name, honorific, role and organisation of one cleaned entry (its team label given apart).

    Args:
        entry: the entry without bullet, markup and label.
        label: the team label printed before it ("Lead Officer Peer", "Shadow"), or null.

    Returns:
        Expressions for name, honorific, role and organisation.
    """
    bare = entry.str.replace(rf"^{HONORIFIC}\s+", "")
    bounded = bare.str.extract(rf"^({NAME})(?:{HONOURS})?\s*(?:,|\(|[–—-]\s|:|$)", 1)
    name = (
        pl.when(bounded.is_not_null() & ~bounded.str.contains(rf"\s(?:{ROLE_WORDS})$"))
        .then(bounded)
        .otherwise(bare.str.extract(FIRST_TWO, 1))
    )
    rest = bare.str.slice(name.str.len_chars()).str.replace(rf"^{HONOURS}", "")
    rest = rest.str.replace(r"^\s*\([^()]{1,40}\)(\s*[–—,:-])", "${1}")  # party or shadow label
    inner = rest.str.extract(r"^\s*\((.*)\)\s*$", 1)
    rest = pl.coalesce(inner, rest.str.replace(r"\s*\([^()]*\)\s*$", ""))
    rest = rest.str.replace(r"^[\s,:–—-]+", "").str.replace(r"[\s.;,]+$", "")
    rest = rest.str.replace(r",\s+(?:who|whose|which)\s.*$", "")  # "..., who again acted as lead peer"
    # the role given after "who" ("Ann Bell, who acted as the LGA's Peer Challenge Manager"), and an organisation
    # printed as a possessive before it ("the LGA's Peer Challenge Manager")
    rest = rest.str.replace(r"^who\s+(?:also\s+)?(?:acted|served|was|is)\s+(?:as\s+)?(?:an?\s+)?", "")
    rest = rest.str.replace(
        r"^(?:the\s+)?(\p{Lu}[\p{L}&]*(?:\s+\p{Lu}[\p{L}&]*)*)['’]s\s+(\S.*)$", "${2}, ${1}"
    )
    rest = pl.when(rest.str.len_chars() > 0).then(rest)
    role, org = _role_and_org(rest)
    lga = pl.concat_str([role, label], separator=" ", ignore_nulls=True).str.extract(
        r"\b(LGA|Local Government Association)\b", 1
    )
    org = pl.coalesce(org.str.replace(r"^(?:the\s+)?(LGA|Local Government Association)\b.*$", "${1}"), lga)
    org = org.str.replace(r"^(?:the|The)\s+([A-Z]{2,6})$", "${1}")  # "at the LGA"
    return [
        pl.when(name.str.contains(NOT_NAME)).then(None).otherwise(name.str.strip_chars()).alias("name"),
        entry.str.extract(rf"^({HONORIFIC})\s", 1).str.strip_chars(".").alias("honorific"),
        role.str.strip_chars().alias("role"),
        org.str.strip_chars().alias("organisation"),
    ]
