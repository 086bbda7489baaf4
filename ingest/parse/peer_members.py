"""Peer team entries -> one row per person: name, honorific, role and organisation as printed.

An entry is the text of one list item, or a run of members on one line ("Ann Bell – Leader, Fenby Council
Cllr Tom Reed (Labour) – ..."), which is cut before each person's name and put back together where a cut
fell on a role or place rather than a person. The words of a name, role or organisation are in `peer_words`;
the columns read from each member's entry in `peer_columns`.
"""

from __future__ import annotations

import polars as pl

from ingest.parse.lines import strip_markup
from ingest.parse.peer_words import (
    BULLET_MARK,
    FIRST_NAME,
    FIRST_TWO,
    HONORIFIC,
    HONOURS,
    LAST_NAME,
    LOOKS_LIKE_ORG,
    NAME,
    NAME_WORD,
    NOT_NAME,
    ORG_END,
    ROLE_WORDS,
    starts_with_person,
)

# A member's place on the team printed before the entry ("Lead peer", "LGA", "Officer peer (finance)").
LABEL = (
    r"(?i:(?:[a-z][a-z’' ]{0,40}\s)?(?:peers?|manager|shadow|lead|officer|observer|support|lga)\b[a-z ]{0,30}"
    r"(?:\([a-z ]{1,30}\))?)"
)
PREFIX = rf"^\s*(?:{BULLET_MARK}\s+)?(?:[*_]*({LABEL})[*_]*:[*_]*\s*)?"
# A label set off by a dash or a table cell (cells read as commas) instead of a colon: "Lead peer – Cllr Ann
# Bell, ...", "Officer peer<TAB>Tom Reed<TAB>...", a dotted leader "Lead peer ...... Ann Bell, ...": only where
# a person follows it.
DASH_PREFIX = rf"^\s*(?:{BULLET_MARK}\s+)?[*_]*({LABEL})[*_]*(?:\s+[–—-]|\s*,|\s*(?:\.{{3,}}|…+))\s*"
# The member's role printed before the person as a label: "Chief Executive: Ann Bell, Fenby Council", "Cabinet
# Member for Resources: Cllr Tom Reed, ..." (a role's word first; only where a person follows it).
ROLE_PREFIX = rf"^\s*(?:{BULLET_MARK}\s+)?[*_]*((?:{ROLE_WORDS})\b[^:\n]{{0,80}}?)[*_]*:[*_]*\s*"
# ... or set off by a dash: "Chair – Jane Doe, Leader, Fenby Council" (a short label of capitalised words, then a
# person with a role or organisation after a comma: "Chief Executive of Fenby Council - Ann Bell" is `NAME_LAST`)
ROLE_DASH_PREFIX = (
    rf"^\s*(?:{BULLET_MARK}\s+)?[*_]*((?:{ROLE_WORDS})\b(?:\s+\p{{Lu}}[\w'’-]*){{0,2}})[*_]*\s+[–—-]\s+"
)
# A dotted-leader label inside a run of members (a reader joined the lines of a list "Lead peer ...... Ann Bell,
# ..."): the next member starts at it.
# (a label of its own words only: the organisation before it is the last member's)
_DOTTED = (
    r"[*_]*((?i:(?:(?:lead|member|officer|councillor|shadow|lga|peer\s+challenge)\s+){0,2}"
    r"(?:peer|lga|manager|observer|officer|support)))[*_]*\s*(?:\.{3,}|…+)\s*"
)
DOTTED_LABEL = rf"^\s*{_DOTTED}"
LED = rf"^(?:{HONORIFIC}\s+)?{NAME}(?:{HONOURS})?\s*(?:,|\(|[–—-]\s|:|\s+and\s|$)"
# Where a new person starts inside a run of members (the inserted "\n" is where the run is cut).
_RUN_START = (
    rf"(?:{HONORIFIC}\s+)?{FIRST_NAME}\s+{LAST_NAME}(?:{HONOURS})?(?:\s+\([A-Za-z ]{{2,30}}\))?\s+[–—-]\s"
)
# A place's name before its council ("Test Valley Borough Council - lead peer"): an organisation, no person.
PLACE_COUNCIL = (
    rf"^(?:{NAME_WORD}\s+){{1,3}}(?:(?:Borough|District|County|City|Metropolitan|Town|Parish|Combined)\s+)*"
    r"(?:Council|Councils|Authority)\b"
)
# The member's place on the team in lower case after a dash at the end of the entry ("Ann Bell, Director of
# Finance, Fenby Council - lead peer", "... - review manager"): no part of the role or the organisation.
# Only after a comma (the entry's role and organisation before the dash): in "Ann Bell – peer challenge manager"
# the words after the dash are the role (group 1: the entry before the label).
DASH_LABEL_AFTER = (
    r"(,.*?\S)\s+[–—-]\s+(?:[a-z][a-z’' ]{0,40}\s)?(?:peers?|manager|observer|shadow)\b[a-z ]{0,30}$"
)
_AFTER_ORG = rf"({ORG_END}\.?)\s+((?:{HONORIFIC}\s+)?{FIRST_NAME}\s+{LAST_NAME}\s*[,(])"
# What joins members in prose: "and", "with", "(and) by" (after "supported by ..."), "and (also) included", "and had included", "including", "as well as", "(working)
# alongside", "while".
_CONNECTOR = (
    r"(?:and\s+(?:(?:had|has|have)\s+)?(?:also\s+)?includ(?:ed|ing)|(?:and\s+)?by|and|including|as\s+well\s+as"
    r"|while|whilst|(?:working\s+)?(?:with|alongside))"
)
# Members in prose separated by commas only: "..., Leader of Fenby Council, Tom Reed, Chief Executive of ...".
_AFTER_ORG_COMMA = (
    rf"({ORG_END}\.?,\s+(?:{_CONNECTOR}\s+)?)((?:{HONORIFIC}\s+)?{FIRST_NAME}\s+{LAST_NAME}\s*[,(])"
)
# ... or joined by a connector after any place: "..., Director of Resources at the London Borough of Fenby, with
# Cllr Tom Reed, ...".
# ... also one whose place follows with "of" ("..., and Tom Reed of the LGA as review manager")
_OF_PLACE = r"\s+(?:of|from|at)\s+(?:the\s+)?\p{Lu}"
_AFTER_CONNECTOR = (
    rf"(,\s+{_CONNECTOR}\s+)((?:{HONORIFIC}\s+)?{FIRST_NAME}\s+{LAST_NAME}(?:\s*[,(]|{_OF_PLACE}))"
)
# ... or a titled person joined by "and" after a member's role or place ("..., the Chief Executive of Fenby Council
# and Mayor Tom Reed from Marsh Council, ...": only after a comma, so "Cllr Ann Bell and Cllr Tom Reed, Leaders"
# stays one entry for `SHARED`, and only with an honorific: "the Chief Executive and Leader of ..." is one role)
_AND_TITLED = rf"(,[^,;\n]*?\s+and\s+)({HONORIFIC}\s+{FIRST_NAME}\s+{LAST_NAME}(?:\s*[,(]|{_OF_PLACE}))"
# A person, then the place they come from ("Tom Reed of the Local Government Association"): no organisation alone.
NAME_OF_PLACE = rf"^\s*(?:{HONORIFIC}\s+)?{FIRST_NAME}\s+{LAST_NAME}{_OF_PLACE}"
_AFTER_BRACKET = rf"(\)\s+)({HONORIFIC}\s+{FIRST_NAME}\s+{LAST_NAME}\s*[,(])"
SHARED = rf"^((?:{HONORIFIC}\s+)?{NAME})\s+and\s+((?:{HONORIFIC}\s+)?{NAME})\s*((?:,|\s[–—-]\s).*)$"
# The role printed before the name in prose: "(joined by) LGA peer challenge manager Ann Bell".
ROLEFIRST_NAME = (
    r"^((?:[\w-]+\s+){0,4}?(?i:manager|adviser|advisor|officer|peer|executive|director|leader))"
    rf"\s+((?:{HONORIFIC}\s+)?{FIRST_NAME}\s+{LAST_NAME})$"
)

# The person printed last, after a dash: "Chief Executive of Fenby Council - Ann Bell", "Leader of Marsh Council -
# Cllr Tom Reed (Independent)" (the role and organisation in group 1, the person in group 2).
NAME_LAST = (
    rf"^(\S.*?)\s+[–—-]\s+((?:{HONORIFIC}\s+)?{FIRST_NAME}(?:\s+{NAME_WORD})?\s+{LAST_NAME}(?:{HONOURS})?"
    r"(?:\s+\([^()]{1,40}\))?)$"
)


def label_prefix(text: pl.Expr) -> pl.Expr:
    """The bullet and team label printed before a member's entry ("- Lead peer: ", "Officer peer – "), as
    printed ("" where there is none)."""
    colon = text.str.extract(PREFIX, 0)
    dash = text.str.extract(DASH_PREFIX, 0)
    after_dash = strip_markup(text.str.slice(dash.str.len_chars()))
    use_dash = colon.str.extract(PREFIX, 1).is_null() & dash.is_not_null() & starts_with_person(after_dash)
    role = pl.coalesce(
        text.str.extract(ROLE_PREFIX, 0),
        pl.when(text.str.extract(ROLE_DASH_PREFIX, 0).is_not_null()).then(
            # ... a person with a comma after the name: the role or organisation follows
            text.str.extract(rf"{ROLE_DASH_PREFIX}(?:{HONORIFIC}\s+)?{NAME}\s*,", 0).str.extract(
                ROLE_DASH_PREFIX, 0
            )
        ),
    )
    use_role = (
        colon.str.extract(PREFIX, 1).is_null()
        & ~use_dash
        & role.is_not_null()
        & starts_with_person(strip_markup(text.str.slice(role.str.len_chars())))
    )
    return pl.when(use_dash).then(dash).when(use_role).then(role).otherwise(colon)


def _mark_runs(text: pl.Expr) -> pl.Expr:
    """Insert a line break before each person in a run of members (kept text: pieces re-join exactly).

    A person starts a run after the end of the entry before (a capitalised word, an acronym or a closing
    bracket), never after a lower-case word ("Transformation and Business Support – ...").
    """
    return (
        text.str.replace_all(rf"(^|[A-Z][A-Za-z]*\.?\s+|\)\s*)({_RUN_START})", "${1}\n${2}")
        # ... not after the entry's own first name ("Mary Jane Rees - Leader": a name of three words)
        .str.replace(rf"^(\s*(?:{HONORIFIC}\s+)?{FIRST_NAME}\s+)\n", "${1}")
        .str.replace_all(_AFTER_ORG, "${1} \n${2}")
        # a list line joined to the next by a reader that re-flows lines: "... (chair of the panel) Councillor Tom
        # Reed (Green), Leader of ..." (a titled person after a closing bracket)
        .str.replace_all(_AFTER_BRACKET, "${1}\n${2}")
        .str.replace_all(_AFTER_ORG_COMMA, "${1}\n${2}")
        .str.replace_all(_AFTER_CONNECTOR, "${1}\n${2}")
        .str.replace_all(_AND_TITLED, "${1}\n${2}")
        .str.replace_all(rf"(\s)({_DOTTED})", "${1}\n${2}")
        .str.replace_all(rf";\s*(?:{_CONNECTOR}\s+)?", "${0}\n")
        .str.replace_all(r"\)(?:\s*,\s*(?:and\s+)?|\s+and\s+)", "${0}\n")
    )


def _clean(text: pl.Expr) -> pl.Expr:
    """Entry text without markup or closing punctuation."""
    return strip_markup(text).str.replace(rf"[\s;,.]*(?:\s{_CONNECTOR},?)?\s*$", "").str.strip_chars()


def split_entries(entries: pl.LazyFrame) -> pl.LazyFrame:
    """One row per member entry: each entry cut before every person in it, cuts on roles or places undone.

    Args:
        entries: frame with document_id, source_file, entry_id, char_offset (of `text`), text and part_label (the
            member's place on the team from a table's cell before the person, or null).

    Returns:
        document_id, source_file, entry_id, label (the team label printed before the entry, e.g. "Lead
        Officer Peer"), text, quote and char_offset of each member entry.
    """
    prefix = label_prefix(pl.col("text"))
    label = pl.coalesce(prefix.str.extract(PREFIX, 1), prefix.str.extract(DASH_PREFIX, 1))
    role_label = pl.when(label.is_null()).then(
        pl.coalesce(prefix.str.extract(ROLE_PREFIX, 1), prefix.str.extract(ROLE_DASH_PREFIX, 1))
    )
    next_piece = pl.col("piece").shift(-1).over("document_id", "entry_id").fill_null("")
    pieces = (
        entries.with_columns(
            label=pl.coalesce(strip_markup(label), "part_label"),
            role_label=strip_markup(role_label),
            char_offset=pl.col("char_offset") + prefix.str.len_chars().cast(pl.Int64),
            piece=_mark_runs(pl.col("text").str.slice(prefix.str.len_chars())).str.split("\n"),
        )
        .explode("piece")
        .with_columns(
            piece_no=pl.int_range(pl.len()).over("document_id", "entry_id"),
            length=pl.col("piece").str.len_chars().cast(pl.Int64),
            dotted=pl.col("piece").str.extract(DOTTED_LABEL, 0).fill_null(""),
        )
        .with_columns(
            start=pl.col("length").cum_sum().over("document_id", "entry_id")
            - pl.col("length")
            + pl.col("dotted").str.len_chars().cast(pl.Int64),
            label=pl.coalesce(strip_markup(pl.col("piece").str.extract(DOTTED_LABEL, 1)), "label"),
            piece=pl.col("piece").str.slice(pl.col("dotted").str.len_chars()),
        )
        .with_columns(
            name=_clean(pl.col("piece")).str.replace(rf"^{HONORIFIC}\s+", "").str.extract(FIRST_TWO, 1)
        )
        .with_columns(
            person=(pl.col("piece_no") == 0)
            | _clean(pl.col("piece")).str.contains(r"^(?i:myself)\b")  # a letter's writer: `peer_letters`
            | (
                pl.col("name").is_not_null()
                & ~pl.col("name").str.contains(NOT_NAME)
                # a piece that is an organisation alone ("Wyverndale Borough Council") is no person
                # ... and so is a place's name cut from its council ("Test Valley" | "Borough Council - ...")
                & ~_clean(pl.concat_str("piece", next_piece)).str.contains(PLACE_COUNCIL)
                & ~(
                    _clean(pl.col("piece")).str.contains(LOOKS_LIKE_ORG)
                    & ~pl.col("piece").str.contains(r"[,(–—]")
                    & ~pl.col("piece").str.contains(NAME_OF_PLACE)
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
            role_label=pl.col("role_label").first(),
            char_offset=pl.col("char_offset").first() + pl.col("start").first(),
            text=pl.col("piece").str.join(""),
        )
        .with_columns(quote=pl.col("text").str.strip_chars().str.replace(r"(?:[\s,;]+and)?[\s,;]*$", ""))
        .filter(pl.col("quote").str.len_chars() > 0)
    )


def expand_shared(members: pl.LazyFrame) -> pl.LazyFrame:
    """'Ann Bell and Tom Reed, Programme Managers, LGA' (or '... – Programme Managers, LGA') -> one row each
    (`entry`), the role in the singular; 'LGA peer challenge manager Ann Bell' -> 'Ann Bell, LGA peer challenge
    manager'; 'Chief Executive of Fenby Council - Ann Bell' -> 'Ann Bell, Chief Executive of Fenby Council'."""
    cleaned = _clean(pl.col("text")).str.replace(DASH_LABEL_AFTER, "${1}")
    shared = cleaned.str.extract_groups(SHARED)
    rest = shared.struct.field("3").str.replace_all(rf"\b({ROLE_WORDS}|Adviser|Advisor)s\b", "${1}")
    people = pl.concat_list(shared.struct.field("1") + rest, shared.struct.field("2") + rest)
    role_first = cleaned.str.extract_groups(ROLEFIRST_NAME)
    person_first = role_first.struct.field("2") + ", " + role_first.struct.field("1")
    name_last = cleaned.str.extract_groups(NAME_LAST)
    return members.with_columns(
        entry=pl.when(cleaned.str.contains(SHARED))
        .then(people)
        .when(starts_with_person(role_first.struct.field("2")) & ~starts_with_person(cleaned))
        .then(pl.concat_list(person_first))
        .when(starts_with_person(name_last.struct.field("2")) & ~starts_with_person(cleaned))
        .then(pl.concat_list(name_last.struct.field("2") + ", " + name_last.struct.field("1")))
        .otherwise(pl.concat_list(cleaned))
    ).explode("entry")
