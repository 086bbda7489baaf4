"""One member entry -> name, honorific, role and organisation as printed."""

from __future__ import annotations

import polars as pl

from ingest.parse.peer_words import (
    FIRST_TWO,
    HONORIFIC,
    HONOURS,
    LOOKS_LIKE_ORG,
    NAME,
    NOT_NAME,
    ORG_END,
    REGION,
    ROLE_WORDS,
)

# A team label that names a place on the team ("Lead peer", "Officer peer (housing)", "Challenge manager").
TEAM_PLACE = r"(?i)\b(?:peers?|manager|officer|observer|adviser|advisor)\b"
# ... a place on the team that opens what follows the name ("Chair", "Vice-chair", "Lead member peer")
TEAM_PLACE_FIRST = r"(?i:(?:[\w-]+\s+){0,2}?(?:(?:vice[- ])?chair(?:man|person)?|peer))"


def _role_and_org(rest: pl.Expr) -> tuple[pl.Expr, pl.Expr]:
    """Split what follows a name into role and organisation, in the styles reports print them."""
    # "Chief Executive / Fenby Council": the role, a slash, the organisation
    slashed = rest.str.extract_groups(rf"^([^/,]+?)\s+/\s+([^/,]*{ORG_END}\.?)$")
    rest = (
        pl.when(~slashed.struct.field("1").str.contains(LOOKS_LIKE_ORG))
        .then(pl.concat_str(slashed.struct.field("1"), pl.lit(", "), slashed.struct.field("2")))
        .otherwise(rest)
    )
    rest = rest.str.replace(rf"^(.*?{ORG_END})\s*/.*$", "${1}").str.replace(
        rf"({ORG_END})\s+and\s+(?:an?\s+)?(?:LGA|Local Government Association)\b.*$", "${1}"
    )
    # "Chair - former Chief Executive, Fenby Council": the place on the team before a dash is the role, the day job
    # after it the organisation (as printed)
    place = rest.str.extract_groups(rf"^({TEAM_PLACE_FIRST})\s+[–—-]\s+(\S.*)$")
    last = rest.str.extract_groups(r"^(.*\S)(?:\s*,\s*|\s+[–—-]\s+)(\S.*)$")
    greedy = rest.str.extract_groups(r"^(.+)\s+(?:of|for|at|from|on)\s+((?:the\s+)?[A-Z].*)$")
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
        (place.struct.field("2").str.contains(LOOKS_LIKE_ORG), place),
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


def with_member_columns(
    frame: pl.LazyFrame, entry: pl.Expr, label: pl.Expr, role_label: pl.Expr | None = None
) -> pl.LazyFrame:
    """`frame` with the name, honorific, role and organisation of its cleaned entries (team label given apart).

    Each step's result is a column that the next steps read: written as one expression, every use of the text
    after the name repeats all the steps before it, and Polars spends longer planning the query than running it.

    Args:
        frame: frame of entries.
        entry: the entry without bullet, markup and label.
        label: the team label printed before it ("Lead Officer Peer", "Shadow"), or null: the role where the entry
            gives none.
        role_label: the member's role printed before it as a label ("Chief Executive: Ann Bell, ..."), or null:
            the role where the entry gives none.

    Returns:
        `frame` with name, honorific, role and organisation.
    """
    frame = frame.with_columns(_bare=entry.str.replace(rf"^{HONORIFIC}\s+", ""))
    bare = pl.col("_bare")
    bounded = bare.str.extract(rf"^({NAME})(?:{HONOURS})?\s*(?:,|\(|[–—-]\s|:|$)", 1)
    name = (
        pl.when(bounded.is_not_null() & ~bounded.str.contains(rf"\s(?:{ROLE_WORDS})$"))
        .then(bounded)
        .otherwise(bare.str.extract(FIRST_TWO, 1))
    )
    frame = frame.with_columns(_name=name)
    name = pl.col("_name")
    frame = frame.with_columns(_rest=bare.str.slice(name.str.len_chars()).str.replace(rf"^{HONOURS}", ""))
    rest = pl.col("_rest")
    # "Ann Bell (Fenby Council) – Chief Executive; lead peer": the organisation in brackets, the role after the
    # dash, the team role after a semicolon (no part of the role); "Ann Bell (Chief Executive, Fenby Council) –
    # lead peer": role and organisation in brackets, the team role after the dash
    bracketed = rest.str.extract_groups(r"^\s*\(([^()]{1,80})\)\s*[–—-]\s*([^;]*[^;\s])(?:\s*;.*)?$")
    inside, after = bracketed.struct.field("1"), bracketed.struct.field("2")
    rest = (
        pl.when(inside.str.contains(LOOKS_LIKE_ORG) & inside.str.contains(","))
        .then(inside)
        .when(inside.str.contains(LOOKS_LIKE_ORG))
        .then(pl.concat_str(after, pl.lit(", "), inside))
        .otherwise(rest)
    )
    frame = frame.with_columns(_rest=rest)
    rest = pl.col("_rest").str.replace(r"^\s*\([^()]{1,40}\)(\s*[–—,:-])", "${1}")  # party or shadow label
    inner = rest.str.extract(r"^\s*\((.*)\)\s*$", 1)
    # (a note after the entry, "(panel manager)", "[independent member]", is no part of it)
    rest = pl.coalesce(inner, rest.str.replace(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])\s*$", ""))
    rest = rest.str.replace(r"^[\s,:–—-]+", "").str.replace(r"[\s.;,]+$", "")
    # "Ann Bell of the LGA as review manager": the place on the team after "as" is the role
    rest = rest.str.replace(
        r"^(?:of|from|at)\s+(?:the\s+)?(\p{Lu}[^,]*?)\s+as\s+(?:the\s+|an?\s+)?(\S[^,]*)$", "${2}, ${1}"
    )
    rest = rest.str.replace(r"^(?:of|from|at)\s+(?:the\s+)?(\p{Lu})", "${1}")  # "Ann Bell of the LGA"
    rest = rest.str.replace(r",\s+(?:who|whose|which)\s.*$", "")  # "..., who again acted as lead peer"
    rest = rest.str.replace(r",\s+as\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?peers?$", "")  # "..., as member peers"
    # a table's "Role on the team" cell before the day job ("Ann Bell | Lead officer peer | Chief Executive, Fenby
    # Council", "Finance peer | Director of Finance, ..."): a label of up to three words ending "peer"; the day
    # job is the role
    rest = rest.str.replace(r"^(?i:(?:[\w’'-]+\s+){0,3}peer)\s*,\s*(\S[^,]*,)", "${1}")
    # the role given after "who" ("Ann Bell, who acted as the LGA's Peer Challenge Manager"), and an organisation
    # printed as a possessive before it ("the LGA's Peer Challenge Manager")
    rest = rest.str.replace(r"^who\s+(?:also\s+)?(?:acted|served|was|is)\s+(?:as\s+)?(?:an?\s+)?", "")
    rest = rest.str.replace(rf"\s+(?:for|in)\s+the\s+{REGION}(\s*(?:,|$))", "${1}")
    rest = rest.str.replace(
        r"^(?:the\s+)?(\p{Lu}[\p{L}&]*(?:\s+\p{Lu}[\p{L}&]*)*)['’]s\s+(\S.*)$", "${2}, ${1}"
    )
    frame = frame.with_columns(_rest=pl.when(rest.str.len_chars() > 0).then(rest))
    role, org = _role_and_org(pl.col("_rest"))
    # "Chief Executive of Fenby Council's successor authority, Upton Council": the employer, described through
    # another body's possessive, is the organisation after the comma; the role is printed before "of"
    role = (
        pl.when(org.is_not_null())
        .then(role.str.replace(rf"\s+(?:of|at)\s+(?:the\s+)?\p{{Lu}}[^,]*?{ORG_END}['’]s\s+[^,]+$", ""))
        .otherwise(role)
    )
    if role_label is not None:
        role = pl.coalesce(role, role_label)
    # a member whose only role printed is the place on the team ("Finance peer: Ann Bell, Fenby Council") has that
    # role (a label naming no place on the team, "LGA" or "Shadow" alone, is none)
    role = pl.coalesce(role, pl.when(label.str.contains(TEAM_PLACE)).then(label))
    lga = pl.concat_str([role, label], separator=" ", ignore_nulls=True).str.extract(
        r"\b(LGA|Local Government Association)\b", 1
    )
    org = pl.coalesce(org.str.replace(r"^(?:the\s+)?(LGA|Local Government Association)\b.*$", "${1}"), lga)
    org = org.str.replace(r"^(?:the|The)\s+([A-Z]{2,6})$", "${1}")  # "at the LGA"
    return frame.with_columns(
        pl.when(name.str.contains(NOT_NAME)).then(None).otherwise(name.str.strip_chars()).alias("name"),
        entry.str.extract(rf"^({HONORIFIC})\s", 1).str.strip_chars(".").alias("honorific"),
        role.str.strip_chars().alias("role"),
        org.str.strip_chars().alias("organisation"),
    ).drop("_bare", "_name", "_rest")
