"""Mentions of named partnerships and partner bodies, with acronyms tied to their expansions."""

from __future__ import annotations

import polars as pl

from ingest.parse.documents import COUNCIL_STRICT, TITLE_WORDS
from ingest.parse.lines import explode_lines
from ingest.parse.peer_team import team_lines
from ingest.raw.schemas import PARTNERSHIP_MENTIONS

WORD = r"(?:[A-Z][A-Za-z0-9'’-]*|[a-z][0-9]+)"
JOIN = r"(?:\s+(?:and|of|for|&)\s+|\s+)"
HEAD = (
    r"(?:Partnerships?|Boards?|Forums?|Authority|Authorities|Alliances?|Enterprise Zone|City Region|Commission|"
    r"Estate|Trust Executive|Trust|Commissioning Group|Chief Executives Group|Shared Services?|Combined Authority)\b"
)
NAMED = rf"((?:{WORD}{JOIN})+?{HEAD})(?:\s+\(([A-Z][A-Za-z0-9&]{{1,9}})\))?"
NATIONAL_PARTNERS = (
    r"(?-u:\b)(NHS(?: England| Trust| Foundation Trust)?|Highways England|Homes England|Environment Agency|"
    r"Network Rail|Historic England|Sport England|Public Health England|Jobcentre Plus|Police and Crime Commissioner)(?-u:\b)"
)
# Internal governance and generic phrases that end in a head noun but are not partner bodies.
EXCLUDE = (
    r"(?i)^(?:the\s+)?(?:(?:corporate|programme|project|transformation|improvement|executive|management|"
    r"member|members|cabinet|leadership|officer|working|steering|scrutiny|audit|local|other|partner|key|strategic|this|that|our|their|its|a|an|all|many|some|these|those)\s+)*"
    r"(?:partnerships?|boards?|forums?|authority|authorities|alliances?|trust|estate|commission)$"
    r"|(?i)council\s+(?:board|programme)|(?i)\b(?:peer|challenge|lga|local government association)\b"
)
ORGANISATION = r"(?:Council|NHS|Trust|Group|Agency|England|Police|Service)s?$"


def _clean(name: pl.Expr) -> pl.Expr:
    return (
        name.str.replace(TITLE_WORDS, "")
        .str.replace(r"^.*\bThe\s+", "")
        .str.replace(r"^(?:the|A|An|Our|Its|This)\s+", "")
        .str.replace_all(r"\s+", " ")
        .str.strip_chars()
    )


def parse_partnership_mentions(docs: pl.LazyFrame) -> pl.LazyFrame:
    """Find every mention of a named partnership or partner body.

    Args:
        docs: frame with `ingest.raw.schemas.DOCUMENT_TEXT` columns.

    Returns:
        Frame with the `PARTNERSHIP_MENTIONS` schema, one row per mention (dbt groups them by name).
    """
    lines = explode_lines(docs).with_columns(plain=pl.col("line").str.replace_all(r"\*+|_{2,}", ""))
    lines = lines.join(
        team_lines(explode_lines(docs)).select("document_id", "line_no"),
        on=["document_id", "line_no"],
        how="anti",
    )
    named = (
        lines.with_columns(found=pl.col("plain").str.extract_all(NAMED))
        .explode("found")
        .drop_nulls("found")
        .with_columns(parts=pl.col("found").str.extract_groups(NAMED))
        .with_columns(
            name=_clean(pl.col("parts").struct.field("1")), acronym=pl.col("parts").struct.field("2")
        )
    )
    national = (
        lines.with_columns(found=pl.col("plain").str.extract_all(NATIONAL_PARTNERS))
        .explode("found")
        .drop_nulls("found")
        .with_columns(name=pl.col("found"), acronym=pl.lit(None, dtype=pl.String))
    )
    councils = (
        lines.with_columns(found=pl.col("plain").str.extract_all(COUNCIL_STRICT))
        .explode("found")
        .drop_nulls("found")
        .with_columns(
            name=_clean(pl.col("found").str.replace(r"^(?:All|Both|Other|Neighbouring|Each)\s+", "")),
            acronym=pl.lit(None, dtype=pl.String),
        )
        .filter(
            ~pl.col("name").str.contains(r"^(?:Councils?|County Councils?|District Councils?)$|Councils$")
        )
    )
    columns = ["document_id", "source_file", "line", "char_offset", "name", "acronym", "found"]
    mentions = pl.concat([named.select(columns), national.select(columns), councils.select(columns)])
    return (
        mentions.filter((pl.col("name").str.count_matches(" ") >= 1) | pl.col("name").str.contains(r"^NHS"))
        .filter(~pl.col("name").str.contains(EXCLUDE))
        .with_columns(
            kind=pl.when(pl.col("line").str.contains(r"(?i)shared service"))
            .then(pl.lit("shared_service"))
            .when(pl.col("name").str.contains(ORGANISATION))
            .then(pl.lit("partner"))
            .otherwise(pl.lit("partnership")),
            char_offset=pl.col("char_offset")
            + pl.col("line").str.find(pl.col("found"), literal=True).fill_null(0),
            quote=pl.col("found"),
        )
        .select([pl.col(c).cast(t) for c, t in PARTNERSHIP_MENTIONS.items()])
    )
