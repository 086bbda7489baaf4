"""Mentions of named partnerships and partner bodies, with acronyms tied to their expansions.

The words that make a name a partnership (head nouns), the national bodies found by name, the cue words
that a body named only in passing needs, the generic or internal names that are no partner, and the job
titles that mark a person's employer are data: `ingest/parse/vocabularies/partnerships.csv`; the patterns
built from it and the others are in `partnership_patterns`.
"""

from __future__ import annotations

import polars as pl

from ingest.parse.documents import TITLE_WORDS
from ingest.parse.engine import collected
from ingest.parse.lines import char_position, explode_lines, per_distinct_part, text_around
from ingest.parse.partnership_appositive import (
    APPOSITIVE,
    NAMED_AFTER_KIND,
    NAMED_AFTER_KIND_FILTER,
    appositive_lines,
    appositive_mentions,
    named_after_kind,
)
from ingest.parse.partnership_layout import employer_below_post, former_name_lines, partner_item, with_layout
from ingest.parse.partnership_patterns import (
    CUED_NAME_FILTER,
    DESCRIBED,
    FORMERLY,
    JOINT_SERVICE,
    LINK_AFTER,
    LOWER_NAMED,
    NAMED_BEFORE_KIND,
    NAMED_POOL,
    ORGANISATION,
    PARTNER_LIST,
    PARTNER_SOURCES,
    PEER_ENTRY,
    PEER_ORIGIN,
    PEERS_HEARD,
    REMIT,
    ROLE_VERB,
    SHARED,
    SHARED_AFTER,
    SHARED_NAMED,
    SHARED_SERVICE_NAME,
    VOCABULARY,
    patterns_from_vocabulary,
)
from ingest.parse.partnership_spans import outermost, without_former_names
from ingest.parse.peer_team import cells_as_commas, team_lines
from ingest.parse.vocabulary import alternation
from ingest.raw.schemas import PARTNERSHIP_MENTIONS


def _clean(name: pl.Expr) -> pl.Expr:
    return (
        name.str.replace(TITLE_WORDS, "")
        .str.replace(r"^.*\bThe\s+", "")
        .str.replace(r"^(?:the|A|An|Our|Its|This|and|of)\s+", "")
        .str.replace_all(r"\s+", " ")
        .str.strip_chars()
    )


def _found(lines: pl.LazyFrame, pattern: str, source: str, acronym_first: bool = False) -> pl.LazyFrame:
    """Every match of `pattern` (group 1: the name, group 2: an acronym in brackets; the other way round where
    `acronym_first`) in every line."""
    name, acronym = ("2", "1") if acronym_first else ("1", "2")
    return (
        lines.with_columns(found=pl.col("plain").str.extract_all(pattern))
        .explode("found")
        .drop_nulls("found")
        .with_columns(parts=pl.col("found").str.extract_groups(pattern))
        .with_columns(
            name=_clean(pl.col("parts").struct.field(name)),
            acronym=pl.col("parts").struct.field(acronym).replace("", None),
            source=pl.lit(source),
        )
        .drop("parts")
    )


def _joint_councils(councils: pl.LazyFrame) -> pl.LazyFrame:
    """ "Fenby and Marsh District Councils" names two councils: "Fenby" and "Marsh District Council"."""
    joint = pl.col("name").str.contains(r"^\S.*? and .+Councils$")
    first = pl.col("name").str.extract(r"^(.+?) and ", 1)
    rest = pl.col("name").str.extract(r"^.+? and (.+)s$", 1)
    # two councils, or a body and a council ("the Fenby Business Board and Marsh County Council")
    cut = rf" (Council|{alternation(VOCABULARY, 'head')}),? and "
    listed = pl.col("name").str.replace_all(cut, " ${1}\x00").str.split("\x00")
    return (
        councils.with_columns(
            name=pl.when(joint).then(pl.concat_list(first, rest)).otherwise(listed),
            source=pl.when(joint).then(pl.lit("joint_council")).otherwise(pl.col("source")),
        )
        .explode("name")
        .with_columns(
            name=pl.col("name").str.replace(r"^(?:All|Both|Other|Neighbouring|Each)\s+", "").str.strip_chars()
        )
        .filter(~pl.col("name").str.contains(r"^(?:County |District |City |Borough )?Councils?$|Councils$"))
    )


def _keep(mentions: pl.LazyFrame, patterns: dict[str, str]) -> pl.LazyFrame:
    """Drop job titles' employers, the councils peers came from, generic or internal names, reviewers and
    regulators, and cued bodies named without a cue."""
    around = text_around(pl.col("line"), pl.col("found"))
    mentions = per_distinct_part(
        mentions,
        "found",
        _before=around[0].str.slice(-90),
        _after=around[1].str.slice(0, 60),
        _column=around[0].str.len_chars(),
    )
    before, after = pl.col("_before").str.replace_all(ROLE_VERB, " "), pl.col("_after")
    employer = pl.when(pl.col("source") == "council").then(before.str.contains(patterns["council_employer"]))
    return mentions.filter(
        (pl.col("name").str.count_matches(" ") >= 1)
        | pl.col("source").is_in(["body", "cued_body", "joint_council", "kind_before", "cued_single"]),
        (pl.col("source") != "cued_single") | ~pl.col("name").str.contains(patterns["single_stop"]),
        ~employer.otherwise(before.str.contains(patterns["employer"])),
        ~before.str.contains(PEER_ORIGIN) | before.str.contains(PEERS_HEARD),
        ~employer_below_post(before, after, pl.col("_column"), pl.col("above")),
        # ... the words after it on the line, or at the next line's start where the name ends its line
        ~pl.when(after.str.contains(r"^\s*$"))
        .then(pl.concat_str(pl.lit(" "), pl.col("next_head")))
        .otherwise(after)
        .str.contains(patterns["place_after"]),
        pl.col("source").is_in(["body", "cued_body"]) | ~pl.col("name").str.contains(patterns["generic"]),
        # a kind of body ("local NHS bodies", "our CVS partners"), not the body: a one-word name after a generic
        # word (but "the local NHS" is the body)
        ~pl.col("name").str.contains(r"^\S+$")
        | ~before.str.contains(patterns["generic_before"])
        | before.str.contains(patterns["the_generic_before"]),
        # ... but a name led by two other words, a place's, keeps a generic word after ("the East Fenby Services
        # partnership", not "the Fenby Services partnership")
        ~pl.col("source").is_in(["lower_named", "named_before_kind"])
        | ~pl.col("name").str.contains(patterns["generic_word"])
        | ~pl.col("name")
        .str.extract(r"^(\S+\s+\S+)\s")
        .fill_null(pl.col("name"))
        .str.contains(patterns["generic_word"]),
        ~pl.col("source").is_in(["cued_company", "listed_company"])
        | ~pl.col("name").str.contains(patterns["generic_company"]),
        (pl.col("source") != "listed_company") | before.str.contains(PARTNER_LIST),
        # a name cut by the line's end is only its first words ("delivered by Wyvern Children" / "First")
        # ... or by "and" ("with Fenby Care and Support"), and no possessive ("work with Marsh Council's ...")
        # ... nor a person with a post ("managed by Jo Bloggs, Programme Manager at ...")
        (pl.col("source") != "cued_name") | ~after.str.contains(patterns["role_after"]),
        (pl.col("source") != "cued_name")
        | (
            after.str.contains(r"\S")
            & ~after.str.contains(r"^\s+(?:and|&)\s+\p{Lu}")
            & ~pl.col("name").str.contains(r"['’]s?$")
        ),
        ~pl.col("name").str.contains(REMIT),
        # "NHS" before a noun describes it ("NHS health checks", "NHS funding"), it is no body
        (pl.col("name") != "NHS") | ~after.str.contains(r"^\s+[a-z]") | after.str.contains(LINK_AFTER),
        ~pl.col("name").str.contains(patterns["not_partner"]),
        ~pl.col("name").str.contains(patterns["job_title"]),
        (pl.col("source") != "cued_body") | (before.str.slice(-60) + after).str.contains(patterns["cue"]),
        ~pl.col("source").is_in(["shared_named", "initialled"])
        | (
            pl.col("name").str.extract_all(r"\b\p{Lu}").list.join("")
            == pl.col("acronym").str.replace_all("[^A-Z]", "")
        ),
    ).drop("_before", "_after", "_column")


def parse_partnership_mentions(docs: pl.LazyFrame) -> pl.LazyFrame:
    """Find every mention of a named partnership or partner body.

    Args:
        docs: frame with `ingest.raw.schemas.DOCUMENT_TEXT` columns.

    Returns:
        Frame with the `PARTNERSHIP_MENTIONS` schema, one row per mention (dbt groups them by name and
        drops the report's own council).
    """
    patterns = patterns_from_vocabulary()
    lines = with_layout(
        explode_lines(docs).with_columns(plain=pl.col("line").str.replace_all(r"\*+|_{2,}", ""))
    )
    lines = collected(  # read by each pattern's branch below: worked out once
        lines.join(
            # a peer's entry is a short line; a long one is prose that mentions the team
            team_lines(cells_as_commas(explode_lines(docs)))
            .filter(pl.col("line").str.len_chars() <= PEER_ENTRY)
            .select("document_id", "line_no"),
            on=["document_id", "line_no"],
            how="anti",
            maintain_order="left",
        ).with_columns(line=pl.col("plain"))
    )
    mentions = pl.concat(
        [
            _found(lines, patterns["named"], "named"),
            _found(lines, patterns["listed_places"], "named"),
            _found(lines, DESCRIBED, "named"),
            _found(lines, patterns["acronym_first"], "named", acronym_first=True),
            _found(lines, patterns["lead"], "lead"),
            _found(lines, patterns["body"], "body"),
            _found(lines, patterns["cued_body"], "cued_body"),
            _found(lines, patterns["cued_company"], "cued_company"),
            _found(lines, LOWER_NAMED, "lower_named"),
            _found(lines, NAMED_BEFORE_KIND, "named_before_kind"),
            _found(lines, NAMED_POOL, "named_before_kind"),
            _found(lines, patterns["listed_company"], "listed_company"),
            _found(
                lines.filter("is_partner_item"),
                partner_item(alternation(VOCABULARY, "company")),
                "cued_company",
            ),
            _found(lines, JOINT_SERVICE, "joint_service"),
            _found(former_name_lines(lines), FORMERLY, "formerly"),
            # the name without its cue, so that it neither hides nor is hidden by the same name found otherwise
            _found(
                lines.filter(pl.col("plain").str.contains(CUED_NAME_FILTER)),
                patterns["cued_name"],
                "cued_name",
            ).with_columns(found=pl.col("found").str.replace(patterns["name_cue"], "")),
            _found(lines, SHARED_NAMED, "shared_named"),
            _found(lines, SHARED_AFTER, "shared_after"),
            _found(lines, patterns["cued_single"], "cued_single").with_columns(
                found=pl.col("found")
                .str.replace(patterns["single_cue"], "")
                .str.replace(r"(?:[,.;:]|\s+\S+)$", "")
            ),
            _found(lines, patterns["initialled"], "initialled"),
            appositive_mentions(_found(appositive_lines(lines), APPOSITIVE, "appositive")),
            named_after_kind(
                _found(
                    lines.filter(pl.col("plain").str.contains(NAMED_AFTER_KIND_FILTER)), NAMED_AFTER_KIND, ""
                )
            ),
            _joint_councils(_found(lines, patterns["council"], "council")),
        ]
    )
    kept = without_former_names(outermost(_keep(mentions, patterns)))
    # a cued or described name found by another pattern on its line is that pattern's mention
    cued = pl.col("source").is_in(["cued_name", "appositive", "appositive_partnership", "kind_before"])
    kept = pl.concat(
        [
            kept.filter(~cued),
            kept.filter(cued).join(
                kept.filter(~cued).select("document_id", "line_no", "name").unique(),
                on=["document_id", "line_no", "name"],
                how="anti",
                maintain_order="left",
            ),
        ]
    )
    return (
        per_distinct_part(kept, "found", _at=char_position(pl.col("line"), pl.col("found")))
        .with_columns(
            # a shared service names the council it is shared with
            kind=pl.when(
                (pl.col("line").str.contains(SHARED) & pl.col("name").str.contains(r"Councils?$"))
                | pl.col("source").is_in(["joint_council", "shared_named", "shared_after", "joint_service"])
                | pl.col("name").str.contains(SHARED_SERVICE_NAME)
            )
            .then(pl.lit("shared_service"))
            .when(
                pl.col("name").str.contains(ORGANISATION)
                | (
                    (
                        pl.col("source").is_in(PARTNER_SOURCES)
                        # a cued name with a head is a partnership or partner as the other patterns tell
                        | (
                            (pl.col("source") == "cued_name")
                            & ~pl.col("name").str.contains(patterns["ends_in_head"])
                        )
                    )
                    & ~pl.col("name").str.contains(r"(?:System|Board)$|^(?:Partnership|Freeport)\b")
                )
            )
            .then(pl.lit("partner"))
            .otherwise(pl.lit("partnership")),
            char_offset=pl.col("char_offset") + pl.col("_at").fill_null(0),
            # a former name may be printed on the next line: the quote keeps to the body's own line
            quote=pl.when(pl.col("source") == "formerly")
            .then(pl.col("found").str.extract(r"^(.*?)\s*\(", 1))
            .otherwise(pl.col("found")),
        )
        .select([pl.col(c).cast(t) for c, t in PARTNERSHIP_MENTIONS.items()])
    )
