"""Mentions of named partnerships and partner bodies, with acronyms tied to their expansions.

The words that make a name a partnership (head nouns), the national bodies found by name, the cue words
that a body named only in passing needs, the generic or internal names that are no partner, and the job
titles that mark a person's employer are data: `ingest/parse/vocabularies/partnerships.csv`.
"""

from __future__ import annotations

import polars as pl

from ingest.parse.documents import COUNCIL_STRICT, TITLE_WORDS
from ingest.parse.lines import char_position, explode_lines, text_around
from ingest.parse.peer_team import team_lines
from ingest.parse.vocabulary import alternation
from ingest.raw.schemas import PARTNERSHIP_MENTIONS

VOCABULARY = "partnerships"
WORD = r"(?:[A-Z][A-Za-z0-9'’-]*|[a-z][0-9]+)"
JOIN = r"(?:\s+(?:and|of|for|&)\s+|\s+)"
ACRONYM = r"(?:\s+\(([A-Z][A-Za-z0-9&]{1,9})\))?"
ORGANISATION = r"(?:Council|NHS|Trust|Group|Agency|England|Police|Service)s?$"
NOT_PARTNER = r"(?i)\b(?:peer|challenge|lga|local government association)\b|(?i)\bcouncil\s+(?:boards?|programme)$"  # a council's own board
PEER_ENTRY = 250  # characters
SEPARATOR = r"[^.;:!?]{0,60}?[,–—(-]\s*(?:the\s+)?$"  # "Director – ", "Chief Executive, "


def _patterns() -> dict[str, str]:
    """The regular expressions built from the vocabulary (read once, cached by `alternation`)."""
    head, role = alternation(VOCABULARY, "head"), alternation(VOCABULARY, "role")
    return {
        "named": rf"((?:{WORD}{JOIN})+?{head}\b){ACRONYM}",
        "body": rf"(?-u:\b)({alternation(VOCABULARY, 'body')})(?-u:\b){ACRONYM}",
        "cued_body": rf"(?-u:\b)({alternation(VOCABULARY, 'cued_body')})(?-u:\b){ACRONYM}",
        "council": rf"({COUNCIL_STRICT}s?)\b()",
        "generic": rf"(?i)^(?:the\s+)?(?:{alternation(VOCABULARY, 'generic')}(?:\s+(?:and|&))?\s+)*{head}$",
        "employer": rf"(?i)\b{role}\b{SEPARATOR}",
        "council_employer": rf"(?i)\b{role}\b[^.;:!?]{{0,60}}?(?:[,–—(-]|\bof)\s*(?:the\s+)?$",
        "cue": rf"(?i)\b{alternation(VOCABULARY, 'cue')}\b",
    }


def _clean(name: pl.Expr) -> pl.Expr:
    return (
        name.str.replace(TITLE_WORDS, "")
        .str.replace(r"^.*\bThe\s+", "")
        .str.replace(r"^(?:the|A|An|Our|Its|This|and|of)\s+", "")
        .str.replace_all(r"\s+", " ")
        .str.strip_chars()
    )


def _found(lines: pl.LazyFrame, pattern: str, source: str) -> pl.LazyFrame:
    """Every match of `pattern` (group 1: the name, group 2: an acronym in brackets) in every line."""
    return (
        lines.with_columns(found=pl.col("plain").str.extract_all(pattern))
        .explode("found")
        .drop_nulls("found")
        .with_columns(parts=pl.col("found").str.extract_groups(pattern))
        .with_columns(
            name=_clean(pl.col("parts").struct.field("1")),
            acronym=pl.col("parts").struct.field("2").replace("", None),
            source=pl.lit(source),
        )
        .drop("parts")
    )


def _joint_councils(councils: pl.LazyFrame) -> pl.LazyFrame:
    """ "Fenby and Marsh District Councils" names two councils: "Fenby" and "Marsh District Council"."""
    joint = pl.col("name").str.contains(r"^\S.*? and .+Councils$")
    first = pl.col("name").str.extract(r"^(.+?) and ", 1)
    rest = pl.col("name").str.extract(r"^.+? and (.+)s$", 1)
    return (
        councils.with_columns(
            name=pl.when(joint).then(pl.concat_list(first, rest)).otherwise(pl.concat_list("name")),
            source=pl.when(joint).then(pl.lit("joint_council")).otherwise(pl.col("source")),
        )
        .explode("name")
        .with_columns(
            name=pl.col("name").str.replace(r"^(?:All|Both|Other|Neighbouring|Each)\s+", "").str.strip_chars()
        )
        .filter(~pl.col("name").str.contains(r"^(?:County |District |City |Borough )?Councils?$|Councils$"))
    )


def _keep(mentions: pl.LazyFrame, patterns: dict[str, str]) -> pl.LazyFrame:
    """Drop job titles' employers, generic or internal names, and cued bodies named without a cue."""
    before = text_around(pl.col("line"), pl.col("found"))[0].str.slice(-90)
    after = text_around(pl.col("line"), pl.col("found"))[1].str.slice(0, 60)
    employer = pl.when(pl.col("source") == "council").then(before.str.contains(patterns["council_employer"]))
    return mentions.filter(
        (pl.col("name").str.count_matches(" ") >= 1)
        | pl.col("source").is_in(["body", "cued_body", "joint_council"]),
        ~employer.otherwise(before.str.contains(patterns["employer"])),
        ~pl.col("name").str.contains(patterns["generic"]),
        ~pl.col("name").str.contains(NOT_PARTNER),
        (pl.col("source") != "cued_body") | (before.str.slice(-60) + after).str.contains(patterns["cue"]),
    )


def parse_partnership_mentions(docs: pl.LazyFrame) -> pl.LazyFrame:
    """Find every mention of a named partnership or partner body.

    Args:
        docs: frame with `ingest.raw.schemas.DOCUMENT_TEXT` columns.

    Returns:
        Frame with the `PARTNERSHIP_MENTIONS` schema, one row per mention (dbt groups them by name and
        drops the report's own council).
    """
    patterns = _patterns()
    lines = explode_lines(docs).with_columns(plain=pl.col("line").str.replace_all(r"\*+|_{2,}", ""))
    lines = lines.join(
        # a peer's entry is a short line; a long one is prose that mentions the team
        team_lines(explode_lines(docs))
        .filter(pl.col("line").str.len_chars() <= PEER_ENTRY)
        .select("document_id", "line_no"),
        on=["document_id", "line_no"],
        how="anti",
    ).with_columns(line=pl.col("plain"))
    mentions = pl.concat(
        [
            _found(lines, patterns["named"], "named"),
            _found(lines, patterns["body"], "body"),
            _found(lines, patterns["cued_body"], "cued_body"),
            _joint_councils(_found(lines, patterns["council"], "council")),
        ]
    )
    return (
        _keep(mentions, patterns)
        .with_columns(
            kind=pl.when(
                pl.col("line").str.contains(r"(?i)shared service") | (pl.col("source") == "joint_council")
            )
            .then(pl.lit("shared_service"))
            .when(
                pl.col("name").str.contains(ORGANISATION)
                | (
                    pl.col("source").is_in(["body", "cued_body"])
                    & ~pl.col("name").str.contains(r"(?:System|Board)$")
                )
            )
            .then(pl.lit("partner"))
            .otherwise(pl.lit("partnership")),
            char_offset=pl.col("char_offset") + char_position(pl.col("line"), pl.col("found")).fill_null(0),
            quote=pl.col("found"),
        )
        .select([pl.col(c).cast(t) for c, t in PARTNERSHIP_MENTIONS.items()])
    )
