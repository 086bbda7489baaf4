"""Which names found on a line are partners: not a job title's employer, a council peers came from, a generic or
internal name, a reviewer or regulator, a body a person (not the council) belongs to, a service residents take up
("uptake of NHS Health Checks"), a former body (a predecessor), a supplier a procurement chose ("the contract be
awarded to ..."), nor a cued body named without its cue. The words before a name opening its line (perhaps after
"the") are the end of the line above."""

from __future__ import annotations

import polars as pl

from ingest.parse.lines import per_distinct_part, text_around
from ingest.parse.partnership_layout import employer_below_post
from ingest.parse.partnership_patterns import (
    AWARDED,
    CLAUSE_BEFORE,
    ENDED_WITH,
    GOVERNMENT_CUE,
    LINK_AFTER,
    NAMED_SHARED_WITH,
    OWN_COMPANY,
    OWN_COMPANY_AFTER,
    OWN_MEETING,
    PARTNER_LIST,
    PEER_LIST_REACH,
    PEER_ORIGIN,
    PEER_ORIGIN_LIST,
    PEERS_HEARD,
    PREDECESSOR,
    REMIT,
    REPRESENTATIVES,
    ROLE_VERB,
    SEPARATED_WITH,
    SEPARATION_DONE,
    TAKEN_UP,
)

# a person's own membership or chair, not the council's: "Councillor Jones declared an interest as she is a member of
# the Marsh Rotary Club", "Cllr Ede chairs the Fenby Allotment Society", "staff are members of the pension scheme"
# (two patterns, ASCII word boundaries: one Unicode pattern keeps the regex engine off its fast path on every name)
PERSONAL_SUBJECT = (
    r"(?i)(?:(?-u:\b)(?:councillor|cllr\.?)\s+\p{Lu}|(?-u:\b)declar)[^.;]*$",
    r"(?i)(?-u:\b)(?:he|she|staff|employees)\s+(?:\w+\s+){0,3}?(?:is|are|was|were|chairs?|chaired)(?-u:\b)[^.;]{0,40}$",
)

LISTED = ["listed_kind"]  # the items of a list (`partnership_lists.list_items`)


def keep_partners(mentions: pl.LazyFrame, patterns: dict[str, str]) -> pl.LazyFrame:
    """Drop job titles' employers, the councils peers came from, generic or internal names, reviewers and
    regulators, and cued bodies named without a cue.

    Args:
        mentions: names found on lines (`line`, `found`, `name`, `source` and the layout columns of
            `partnership_layout.with_layout`).
        patterns: the patterns of `partnership_patterns.patterns_from_vocabulary`.

    Returns:
        The mentions that stand, with the same columns.
    """
    around = text_around(pl.col("line"), pl.col("found"))
    mentions = per_distinct_part(
        mentions,
        "found",
        _before=around[0].str.slice(-90),
        _after=around[1].str.slice(0, 60),
        _column=around[0].str.len_chars(),
        _list_before=around[0].str.slice(-PEER_LIST_REACH),
    )
    # a name opening its line (perhaps after "the") reads the end of the line above as the words before it (not the
    # line's indent: it would push the words out of the 90 characters kept); its column is still that of its own line
    mentions = mentions.with_columns(
        _before=pl.when(pl.col("_before").str.contains(r"^\s*(?:[Tt]he\s+)?$"))
        .then(
            pl.concat_str(
                pl.col("prev_tail"), pl.lit(" "), pl.col("_before").str.strip_chars_start()
            ).str.slice(-90)
        )
        .otherwise(pl.col("_before")),
        _own_before=pl.col("_before"),
    )
    before, after = pl.col("_before").str.replace_all(ROLE_VERB, " "), pl.col("_after")
    # the words before the name's last word, from the clause it is in: an ended arrangement is read there only
    clause = (before + pl.col("found").str.replace(r"\S+$", "")).str.replace(CLAUSE_BEFORE, "")
    employer = pl.when(pl.col("source") == "council").then(before.str.contains(patterns["council_employer"]))
    return mentions.filter(
        (pl.col("name").str.count_matches(" ") >= 1)
        | pl.col("source").is_in(
            [
                "body",
                "cued_body",
                "joint_council",
                "place_councils",
                "shared_places",
                "kind_before",
                "cued_single",
                "appositive",
                *LISTED,
            ]
        ),
        ~pl.col("source").is_in(["cued_single", "place_councils", *LISTED])
        | ~pl.col("name").str.contains(patterns["single_stop"]),
        ~employer.otherwise(before.str.contains(patterns["employer"])) | before.str.contains(REPRESENTATIVES),
        ~before.str.contains(PEER_ORIGIN) | before.str.contains(PEERS_HEARD),
        ~pl.col("_list_before").str.contains(PEER_ORIGIN_LIST)
        | pl.col("_list_before").str.contains(PEERS_HEARD),
        ~before.str.contains(OWN_COMPANY),
        ~pl.col("_before").str.contains(TAKEN_UP),
        ~pl.col("_before").str.contains(AWARDED),
        ~after.str.contains(OWN_COMPANY_AFTER),
        # ... nor a body the council has ended an arrangement with ("the separation of shared services with ...")
        ~clause.str.contains(ENDED_WITH),
        # ... nor a former body, a predecessor ("the former Marsh County Council")
        ~before.str.contains(PREDECESSOR),
        ~(clause.str.contains(SEPARATED_WITH) & after.str.contains(SEPARATION_DONE)),
        # ... nor a member of a shared service named before it ("Fenby Services, the shared service with Marsh")
        ~((pl.col("source") == "shared_places") & before.str.contains(NAMED_SHARED_WITH)),
        ~employer_below_post(
            pl.col("_own_before").str.replace_all(ROLE_VERB, " "), after, pl.col("_column"), pl.col("above")
        ),
        # ... the words after it on the line, or at the next line's start where the name ends its line
        ~pl.when(after.str.contains(r"^\s*$"))
        .then(pl.concat_str(pl.lit(" "), pl.col("next_head")))
        .otherwise(after)
        .str.contains(patterns["place_after"]),
        # ... but an arrangement named with the body it is with ("the Strategic Alliance with Fenby Council")
        pl.col("source").is_in(["body", "cued_body"])
        | ~pl.col("name").str.contains(patterns["generic"])
        | after.str.contains(r"^\s+with\s+(?:the\s+)?\p{Lu}"),
        # a kind of body ("local NHS bodies", "our CVS partners", "the local NHS": the area's health bodies), not the
        # body: a one-word name after a generic word ("the NHS" is the body)
        ~pl.col("name").str.contains(r"^\S+$") | ~before.str.contains(patterns["generic_before"]),
        # ... but a name led by two other words, a place's, keeps a generic word after ("the East Fenby Services
        # partnership", not "the Fenby Services partnership")
        ~pl.col("source").is_in(["lower_named", "named_before_kind"])
        | ~pl.col("name").str.contains(patterns["generic_word"])
        # ... and a named project is its name ("the Project Brightwater partnership")
        | pl.col("name").str.contains(r"^Project\s+\p{Lu}[\w'’-]*$")
        | ~pl.col("name")
        .str.extract(r"^(\S+\s+\S+)\s")
        .fill_null(pl.col("name"))
        .str.contains(patterns["generic_word"]),
        ~pl.col("source").is_in(["cued_company", "listed_company", "cued_council"])
        | ~pl.col("name").str.contains(patterns["generic_company"]),
        # a council named without its type is all of its name: not "Councillors and Council", nor the start of a
        # longer name ("with Fenby Council Partnership")
        (pl.col("source") != "cued_council")
        | ~(pl.col("name").str.contains(patterns["generic_council"]) | after.str.contains(r"^\s+\p{Lu}")),
        (pl.col("source") != "listed_company")
        | (
            (before.str.contains(PARTNER_LIST) | before.str.contains(patterns["cued_list"]))
            # ... and not the opening words of a longer name ("..., the Fenby Development Zone")
            & ~after.str.contains(r"^\s+\p{Lu}")
        ),
        # a name cut by the line's end is only its first words ("delivered by Wyvern Children" / "First")
        # ... or by "and" ("with Fenby Care and Support"), and no possessive ("work with Marsh Council's ...")
        # ... nor a person with a post ("managed by Jo Bloggs, Programme Manager at ...")
        (pl.col("source") != "cued_name") | ~after.str.contains(patterns["role_after"]),
        # ... nor a place naming the councils in it ("works with the Fenby Valley councils on transport")
        (pl.col("source") != "cued_name")
        | ~after.str.contains(r"^\s+(?:councils|authorities|boroughs|districts)\b"),
        # ... nor a body a person, not the council, is a member of or chairs
        (pl.col("source") != "cued_name")
        | ~(before.str.contains(PERSONAL_SUBJECT[0]) | before.str.contains(PERSONAL_SUBJECT[1])),
        # ... nor the council's own meeting ("chairs the Audit Committee"; a joint committee is a partnership)
        (pl.col("source") != "cued_name")
        | ~pl.col("name").str.contains(OWN_MEETING)
        | pl.col("name").str.starts_with("Joint "),
        (pl.col("source") != "cued_name")
        | (
            after.str.contains(r"\S")
            & ~after.str.contains(r"^\s+(?:and|&)\s+\p{Lu}")
            & ~pl.col("name").str.contains(r"['’]s?$")
        ),
        ~pl.col("name").str.contains(REMIT),
        (pl.col("source") != "named") | ~pl.col("name").str.contains(patterns["and_head"]),
        # a name that is all of a bracket is another name's short form ("the Fenby Care Board (FCB ICB)"), and so is
        # one that ends a bracket after its place's name ("Fenby Community and Voluntary Services (Fenby CVS)")
        ~(before.str.contains(r"\(\s*(?:\p{Lu}[\w'’-]*\s+){0,2}$") & after.str.contains(r"^\s*\)")),
        # "NHS" before a noun describes it ("NHS health checks", "NHS funding"), it is no body
        (pl.col("name") != "NHS") | ~after.str.contains(r"^\s+[a-z]") | after.str.contains(LINK_AFTER),
        ~pl.col("name").str.contains(patterns["not_partner"]),
        ~pl.col("name").str.contains(patterns["job_title"]),
        (pl.col("source") != "cued_body") | (before.str.slice(-60) + after).str.contains(patterns["cue"]),
        (pl.col("source") != "government") | before.str.contains(GOVERNMENT_CUE),
        ~pl.col("source").is_in(["shared_named", "initialled"])
        | (
            pl.col("name").str.extract_all(r"\b\p{Lu}").list.join("")
            == pl.col("acronym").str.replace_all("[^A-Z]", "")
        ),
    ).drop("_before", "_own_before", "_list_before", "_after", "_column")
