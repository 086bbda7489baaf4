"""The peer team: one row per member, honorific separated, role and organisation as printed."""

from __future__ import annotations

import polars as pl

from ingest.parse.lines import explode_lines, strip_markup
from ingest.raw.schemas import PEER_TEAM

TEAM_HEADING = r"(?i)^\s*#*\s*[*_]*\s*(?:[0-9]+(?:\.[0-9]+)*\.?\s+)?[*_]*\s*(?:the\s+)?(?:(?:corporate|finance|peer|review|challenge)\s+)+team[*_]*\s*:?\s*$"
TEAM_INTRO = (
    r"(?i)(?:peers who delivered|peer team (?:was|were|comprised|consisted)|members of the peer team were)"
)
HEADING = r"^\s*[*_]*\s*(?:#+\s+\S.*|(?:[0-9]+\.)+[0-9]*\s+[A-Z][^.]{0,80}[^.:\s]|[A-Z][A-Za-z ]{2,60}[^.:;,\s])[*_]*\s*$"
BULLET = r"^\s*[-*•▪]\s+(\S.*)$"
LABEL = r"^(?:[A-Za-z][A-Za-z ]{1,40}:\s*)"
HONORIFIC = r"^(Cllr|Councillor|Sir|Dame|Dr|Lord|Baroness|Baron|Professor|Prof|Mr|Mrs|Ms|Miss)\.?\s+"
NAME_WORD = r"[A-Z][A-Za-z'’.-]*"
ROLE_WORDS = (
    r"(?:Leader|Chief|Director|Head|Programme|Deputy|Executive|Manager|Member|Councillor|Cabinet|Officer|Associate|"
    r"Adviser|Advisor|Portfolio|Assistant|Strategic|Corporate|Senior|Interim|Joint|Political|Lead|President|Chair|"
    r"Chairman|Mayor|LGA|Peer|Shadow|Service|Group|Principal|Finance|Treasurer)"
)


def _split_member(item: pl.Expr) -> list[pl.Expr]:
    """Name, role and organisation from one list item, in the styles reports use."""
    text = strip_markup(item.str.replace(LABEL, "")).str.replace(r"[;,.]?\s*(?:and,?)?\s*$", "")
    bare = text.str.replace(HONORIFIC, "")
    bracket = bare.str.extract_groups(r"^([^(]+?)\s*\((.+)\)$")
    head = pl.coalesce(bracket.struct.field("1"), bare.str.extract(r"^([^,]+)", 1)).str.strip_chars()
    short_head = head.str.contains(rf"^{NAME_WORD}\s+{NAME_WORD}$") | (
        head.str.contains(rf"^{NAME_WORD}\s+{NAME_WORD}\s+{NAME_WORD}$")
        & ~head.str.contains(rf"\s{ROLE_WORDS}$")
    )
    name = pl.when(short_head).then(head).otherwise(bare.str.extract(rf"^({NAME_WORD}\s+{NAME_WORD})", 1))
    rest = pl.coalesce(bracket.struct.field("2"), bare.str.slice(name.str.len_chars()))
    rest = rest.str.replace(r"^[\s,–—-]+", "")
    split_at = [r"\s+[–—-]\s+", r",\s*", r"\s+(?:for|at)\s+"]  # in order of preference
    parts = [rest.str.extract_groups(rf"^(.+?){sep}(.+)$") for sep in split_at]
    role_part = pl.coalesce([p.struct.field("1") for p in parts])
    org_part = pl.coalesce([p.struct.field("2") for p in parts])
    only_org = role_part.is_null() & rest.str.contains(r"(?:Council|LGA|Association|Trust|NHS|CCG|MBC)$")
    role = pl.when(only_org).then(pl.lit(None)).otherwise(pl.coalesce(role_part, rest))
    org = pl.when(only_org).then(rest).otherwise(org_part)
    return [
        name.str.strip_chars().alias("name"),
        text.str.extract(HONORIFIC, 1).alias("honorific"),
        role.str.strip_chars().alias("role"),
        org.str.strip_chars().alias("organisation"),
    ]


def team_lines(lines: pl.LazyFrame) -> pl.LazyFrame:
    """The list lines of each document's peer team section (document_id, line_no, line, ...).

    Args:
        lines: frame from `ingest.parse.lines.explode_lines`.

    Returns:
        The peer team's list lines, in order.
    """
    lines = lines.with_columns(
        starts=pl.col("line").str.contains(TEAM_HEADING) | pl.col("line").str.contains(TEAM_INTRO),
        is_item=pl.col("line").str.contains(BULLET),
    )
    # A block starts at the team heading/intro and runs to the next heading; keep its first run of items.
    block = lines.with_columns(
        block=(pl.col("starts") | pl.col("line").str.contains(HEADING)).cum_sum().over("document_id"),
    ).with_columns(in_team=pl.col("starts").any().over("document_id", "block"))
    return (
        block.filter(pl.col("in_team") & pl.col("is_item"))
        .with_columns(first_block=pl.col("block").min().over("document_id"))
        .filter(pl.col("block") == pl.col("first_block"))
        .drop("starts", "is_item", "block", "in_team", "first_block")
    )


def parse_peer_team(docs: pl.LazyFrame) -> pl.LazyFrame:
    """Parse the peer team list of each report.

    Args:
        docs: frame with `ingest.raw.schemas.DOCUMENT_TEXT` columns.

    Returns:
        Frame with the `PEER_TEAM` schema, one row per member.
    """
    items = team_lines(explode_lines(docs)).with_columns(item=pl.col("line").str.extract(BULLET, 1))
    return (
        items.with_columns(_split_member(pl.col("item")))
        .filter(pl.col("name").is_not_null())
        .with_columns(quote=pl.col("line").str.strip_chars())
        .select([pl.col(c).cast(t) for c, t in PEER_TEAM.items()])
    )
