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
from ingest.parse.lines import char_position, explode_lines, per_distinct_part
from ingest.parse.partnership_appositive import (
    APPOSED_AFTER_KIND,
    APPOSED_AFTER_KIND_FILTER,
    APPOSITIVE,
    APPOSITIVE_ONE,
    NAMED_AFTER_KIND,
    NAMED_AFTER_KIND_FILTER,
    appositive_lines,
    appositive_mentions,
    kind_lines,
    named_after_kind,
    one_word_lines,
)
from ingest.parse.partnership_keep import keep_partners
from ingest.parse.partnership_layout import former_name_lines, partner_item, peer_lines, with_layout
from ingest.parse.partnership_lists import (
    list_items,
    split_known_councils,
    split_paired_bodies,
    without_opening_verb,
)
from ingest.parse.partnership_patterns import (
    COMPASS_AFTER,
    CUED_NAME_FILTER,
    DESCRIBED,
    FORMERLY,
    JOINT_SERVICE,
    LEADERS_GROUP,
    LEGAL_NAME,
    LISTED_DEPARTMENT_AND,
    LISTED_KIND,
    LOWER_KIND_NAMED,
    LOWER_NAMED,
    NAMED_BEFORE_KIND,
    NAMED_POOL,
    OPENING_WORDS,
    ORGANISATION,
    OTHER_SHARED,
    OTHER_SHARED_FILTER,
    OTHER_SHARED_TAIL,
    PARTNER_SOURCES,
    PEER_ENTRY,
    PLACE_COUNCILS,
    SERVES_COUNCILS,
    SERVES_COUNCILS_FILTER,
    SERVICES_AGREEMENT,
    SHARED,
    SHARED_AFTER,
    SHARED_LOWER_NAMED,
    SHARED_NAMED,
    SHARED_SERVICE_NAME,
    SHARED_WITH_FILTER,
    VOCABULARY,
    patterns_from_vocabulary,
)
from ingest.parse.partnership_service_clause import (
    SERVICE_CLAUSE,
    service_clause_lines,
    service_clause_mentions,
)
from ingest.parse.partnership_spans import outermost, without_former_names
from ingest.parse.peer_team import team_lines
from ingest.parse.vocabulary import alternation
from ingest.raw.schemas import PARTNERSHIP_MENTIONS

INNER_OUR = r"[a-z][,;:]?\s+Our\s+"  # "Our" after a lower-case word: in a sentence, a name's first word


def _clean(name: pl.Expr) -> pl.Expr:
    return (
        # a name ends at a gap of three spaces or more between words on its line: the next column of a table
        # ("Work with the Fenby Health Board    On track")
        name.str.replace(r"(?s)(\S) {3,}\S.*$", "${1}")
        .str.replace(TITLE_WORDS, "")
        .str.replace(r"^.*\bThe\s+", "")
        .str.replace(r"^(?:the|A|An|Our|Its|This|and|of)\s+", "")
        .str.replace(r"\s+(?:and|upon|on|of)$", "")  # a name runs on to no joining word ("... Thames and")
        .str.replace_all(r"\s+", " ")
        .str.strip_chars()
    )


def _found(
    lines: pl.LazyFrame, pattern: str, source: str, acronym_first: bool = False, cue: str | None = None
) -> pl.LazyFrame:
    """Every match of `pattern` (group 1: the name, group 2: an acronym in brackets; the other way round where
    `acronym_first`) in every line (only those holding `cue`, a cheap test first, if given)."""
    name, acronym = ("2", "1") if acronym_first else ("1", "2")
    if cue is not None:
        lines = lines.filter(pl.col("plain").str.contains(cue))
    return (
        lines.with_columns(found=pl.col("plain").str.extract_all(pattern))
        .filter(pl.col("found").list.len() > 0)  # (before the explode: no copy of each line without a match)
        .explode("found")
        .drop_nulls("found")
        .with_columns(parts=pl.col("found").str.extract_groups(pattern))
        .with_columns(
            # "Our" in capitals inside a sentence opens a name ("partners through Our Fenby, the ..."), not at its start
            name=pl.when(
                pl.col("plain")
                .str.contains(
                    pl.when(pl.col("parts").struct.field(name).str.starts_with("Our ")).then(
                        pl.concat_str(
                            pl.lit(INNER_OUR),
                            pl.col("parts").struct.field(name).str.slice(4).str.escape_regex(),
                        )
                    )
                )
                .fill_null(False)
            )
            .then(pl.concat_str(pl.lit("Our "), _clean(pl.col("parts").struct.field(name).str.slice(4))))
            .otherwise(_clean(pl.col("parts").struct.field(name))),
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


def _place_councils(found: pl.LazyFrame) -> pl.LazyFrame:
    """ "Fenby and Marsh councils" names two councils by their places: "Fenby" and "Marsh" (a sentence's opening
    word, "All" or "Both" no part of the first)."""
    return (
        found.with_columns(name=pl.col("name").str.replace(OPENING_WORDS, "").str.split(", "))
        .explode("name")
        .with_columns(name=pl.col("name").str.split(" and "))
        .explode("name")
        .with_columns(
            name=pl.col("name").str.replace(r"^(?:All|Both|Other|Neighbouring|Each)\s+", "").str.strip_chars()
        )
        .filter(pl.col("name") != "")
    )


def _shared_places(found: pl.LazyFrame) -> pl.LazyFrame:
    """ "shared ... with Fenby, Upton and the Vale of Marsh" names three councils by their places, each quoted by
    itself."""
    return (
        found.with_columns(name=pl.col("name").str.replace(r",?\s+and\s+", ", ").str.split(", "))
        .explode("name")
        .with_columns(name=pl.col("name").str.replace(r"^the\s+", "").str.strip_chars())
        .with_columns(found=pl.col("name"))
    )


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
            # (a team's table read as the peer parser reads it)
            team_lines(peer_lines(docs))
            .filter(pl.col("line").str.len_chars() <= PEER_ENTRY)
            .select("document_id", "line_no"),
            on=["document_id", "line_no"],
            how="anti",
            maintain_order="left",
        ).with_columns(line=pl.col("plain"))
    )
    mentions = pl.concat(
        [
            # (a name runs over any capitalised words before its head, but not a sentence's opening word or a date's,
            # "From April Fenby ICB", nor a listed government department before "and")
            # ... nor a verb opening a sentence or a table's cell ("Use Freeport status ...")
            without_opening_verb(
                pl.concat(
                    [
                        _found(lines, patterns["named"], "named"),
                        _found(lines, patterns["head_compass"], "named", cue=COMPASS_AFTER),
                    ]
                ).with_columns(
                    found=pl.col("found")
                    .str.replace(OPENING_WORDS, "")
                    .str.replace(LISTED_DEPARTMENT_AND, ""),
                    name=pl.col("name").str.replace(OPENING_WORDS, "").str.replace(LISTED_DEPARTMENT_AND, ""),
                )
            ),
            # each body of a list of its kind ("registered providers such as Fenby Homes and Marsh")
            list_items(
                _found(
                    lines.filter(pl.col("plain").str.contains(" such as | including | like ")),
                    LISTED_KIND,
                    "listed_kind",
                )
            ),
            _found(lines, patterns["listed_places"], "named"),
            _found(lines, DESCRIBED, "named"),
            _found(lines, patterns["acronym_first"], "named", acronym_first=True),
            _found(lines, patterns["lead"], "lead"),
            _found(lines, patterns["body"], "body"),
            _found(lines, patterns["cued_body"], "cued_body"),
            _found(lines, patterns["government"], "government"),
            # (the name without its cue phrase: a cue running over other names, "shared ... with", "Shared Wyvern
            # Services (SWS), a collaboration with Fenby Council", would hide them as parts of its match)
            _found(lines, patterns["cued_company"], "cued_company").with_columns(
                found=pl.col("found").str.replace(patterns["company_cue"], "")
            ),
            _found(lines, LOWER_NAMED, "lower_named"),
            _found(lines, NAMED_BEFORE_KIND, "named_before_kind"),
            _found(lines, NAMED_POOL, "named_before_kind"),
            _found(lines, LEADERS_GROUP, "named_before_kind", cue="Leaders"),
            _found(lines, LOWER_KIND_NAMED, "named", cue=r"forum|consortium"),
            _found(lines, patterns["listed_company"], "listed_company"),
            _found(
                lines.filter("is_partner_item"),
                partner_item(alternation(VOCABULARY, "company")),
                "cued_company",
            ),
            _found(lines, JOINT_SERVICE, "joint_service"),
            _found(lines, SERVICES_AGREEMENT, "named", cue="Agreement"),
            _found(lines, patterns["team_place"], "named", cue="Team "),
            _found(lines, patterns["care_place"], "named", cue="Social Care "),
            _found(lines, LEGAL_NAME, "legal_company", cue=r"Ltd|Limited|plc|PLC|LLP"),
            _found(former_name_lines(lines), FORMERLY, "formerly"),
            # the name without its cue, so that it neither hides nor is hidden by the same name found otherwise
            _found(
                lines.filter(pl.col("plain").str.contains(CUED_NAME_FILTER)),
                patterns["cued_name"],
                "cued_name",
            ).with_columns(found=pl.col("found").str.replace(patterns["name_cue"], "")),
            _found(
                lines.filter(
                    pl.col("plain").str.contains(CUED_NAME_FILTER) & pl.col("plain").str.contains(" and ")
                ),
                patterns["cued_and"],
                "cued_name",
            ).with_columns(
                found=pl.col("found")
                .str.replace(patterns["name_cue"], "")
                .str.replace(r"\s*(?:[.,;:()|]|\s[a-z])$", "")
            ),
            _found(
                lines.filter(
                    pl.col("plain").str.contains(CUED_NAME_FILTER) & pl.col("plain").str.contains(" and the ")
                ),
                patterns["cued_later"],
                "cued_name",
            ).with_columns(found=pl.col("name")),
            _found(lines, SHARED_NAMED, "shared_named"),
            _found(lines, SHARED_AFTER, "shared_after"),
            _found(lines, SERVES_COUNCILS, "shared_after", cue=SERVES_COUNCILS_FILTER),
            _found(lines, SHARED_LOWER_NAMED, "shared_after", cue=SHARED_WITH_FILTER).with_columns(
                found=pl.col("found").str.replace(r"^shared\s+", "").str.replace(r"\s+with$", "")
            ),
            _shared_places(_found(lines, patterns["shared_places"], "shared_places", cue=SHARED_WITH_FILTER)),
            _found(
                lines.filter(pl.col("plain").str.contains(OTHER_SHARED_FILTER, literal=True)),
                OTHER_SHARED,
                "shared_after",
            ).with_columns(found=pl.col("found").str.replace(OTHER_SHARED_TAIL, "")),
            _found(lines, patterns["cued_single"], "cued_single").with_columns(
                found=pl.col("found")
                .str.replace(patterns["single_cue"], "")
                .str.replace(r"(?:[,.;:]|\s+\S+)$", "")
            ),
            _found(lines, patterns["initialled"], "initialled"),
            _found(lines, patterns["head_of_initials"], "initialled", cue=r" (?:of|for) "),
            appositive_mentions(_found(appositive_lines(lines), APPOSITIVE, "appositive")),
            appositive_mentions(_found(one_word_lines(lines), APPOSITIVE_ONE, "appositive")),
            service_clause_mentions(_found(service_clause_lines(lines), SERVICE_CLAUSE, "")),
            named_after_kind(_found(kind_lines(lines, NAMED_AFTER_KIND_FILTER), NAMED_AFTER_KIND, "")),
            named_after_kind(_found(kind_lines(lines, APPOSED_AFTER_KIND_FILTER), APPOSED_AFTER_KIND, "")),
            _place_councils(_found(lines, PLACE_COUNCILS, "place_councils", cue=" councils")),
            _joint_councils(_found(lines, patterns["council"], "council")),
            _found(
                lines.filter(pl.col("plain").str.contains("Council", literal=True)),
                patterns["registered_council"],
                "council",
            ),
            # (each council of a list quoted by its own name: the list's match would hide the cue's for the first)
            _joint_councils(_found(lines, patterns["cued_council"], "cued_council")).with_columns(
                found=pl.col("name")
            ),
        ]
    )
    # (each read more than once below: worked out once)
    mentions = collected(split_paired_bodies(split_known_councils(collected(mentions))))
    kept = keep_partners(mentions, patterns)
    # a cued or described name (or one found by its legal form) found by another pattern on its line is that
    # pattern's mention (before the longest matches are kept: a cue's match must not hide the other's, "plays a
    # part in the Partnership for Fenby (PfF)")
    cued = pl.col("source").is_in(
        [
            "cued_name",
            "cued_company",
            "appositive",
            "appositive_partnership",
            "kind_before",
            "cued_council",
            "legal_company",
        ]
    )
    # (one window over the rows, not a join of the frame with itself: a frame read twice is worked out twice)
    kept = (
        kept.with_columns(_cued=cued)
        .filter(~pl.col("_cued") | pl.col("_cued").all().over("document_id", "line_no", "name"))
        .sort("_cued", maintain_order=True)
        .drop("_cued")
    )
    kept = without_former_names(outermost(kept))
    return (
        per_distinct_part(kept, "found", _at=char_position(pl.col("line"), pl.col("found")))
        .with_columns(
            # a shared service names the council it is shared with
            kind=pl.when(
                (pl.col("line").str.contains(SHARED) & pl.col("name").str.contains(r"Councils?$"))
                | pl.col("source").is_in(
                    ["joint_council", "shared_named", "shared_after", "shared_places", "joint_service"]
                )
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
