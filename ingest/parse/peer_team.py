"""The peer team: one row per member, honorific separated, role and organisation as printed.

The team is the list right after a team heading ("The peer team", "Who was on the peer challenge team?") or a
sentence that introduces it ("The peers who delivered the peer challenge were:", "the following members of the
original team were involved:") or a minute's attendance line that names only peers, each with a bracket naming
their place on the team ("Also in attendance: Ann Bell, ... (lead peer), and ..."): bulleted or plain lines that
each start with a person, or the members run on after the introduction on the same line (and in the sentences
after it: `peer_prose`). Addressees, people
thanked and the council's own officers are never in such a list. The headings and sentences that open a team
are in `peer_cues`; a table typed with spaces has each row read as one line first (`peer_typed_table`), and a
letter's writer named as "myself" is the name signed under it (`peer_letters`).
"""

from __future__ import annotations

import polars as pl

from ingest.parse.engine import collected
from ingest.parse.lines import char_position, explode_lines, strip_markup, text_around
from ingest.parse.peer_columns import with_member_columns
from ingest.parse.peer_columns_table import boxed_columns, dotted_as_commas, without_part_cells
from ingest.parse.peer_cues import (
    ABSENT,
    ALL_PEER_BRACKETS,
    ATTENDANCE,
    BULLET,
    CAPITALS_HEADING,
    INLINE,
    LEADS_TEAM,
    LED_BY,
    LED_BY_TEAM,
    MAX_LINES_BEFORE_LIST,
    MAX_LIST_LINES,
    NAME_ONLY,
    NOT_TEAM,
    PANEL_CELL,
    PANEL_COLON,
    PANEL_HEADING,
    PANEL_PROSE,
    PEER_CELL,
    TEAM_COLON,
    TEAM_HEADING,
    TEAM_INTRO,
    TEAM_PROSE,
    TEAM_TABLE_HEAD,
)
from ingest.parse.peer_flattened import split_flattened_team
from ingest.parse.peer_letters import with_signer
from ingest.parse.peer_members import LED, NAME_LAST, expand_shared, label_prefix, split_entries
from ingest.parse.peer_prose import JOINED, with_joined, with_paragraph_rest
from ingest.parse.peer_sections import in_visit_section
from ingest.parse.peer_typed_table import typed_rows
from ingest.parse.peer_words import (
    CAPITALS_PAIR,
    HONORIFIC,
    LOOKS_LIKE_ORG,
    NAME,
    ORG_END,
    starts_with_person,
)
from ingest.raw.schemas import PEER_TEAM

DASH_OPENS = r"\s[–—-]\s*$"
DASH_CLOSES = r"\s[–—-]\s.*$"
DASH_JOINED = rf"\s[–—-]\s+{JOINED}\b"
# A line that is only an organisation's name, in capitalised words ("Fenby Vale District Council").
ORG_LINE = rf"^(?:\p{{Lu}}[\p{{L}}'’&.-]*\s+(?:(?:of|and|upon|on)\s+)?){{1,5}}{ORG_END}\.?$"
# A line's top-level number ("3. Executive Summary", "## 3 Findings"), as a section or a list item has it.
SECTION_NUMBER = r"^\s*#*\s*[*_]*\s*([0-9]{1,2})(?:[.)]|\s)\s*[*_]*\s*\S"
NOTE_AFTER = r"\s*(?:\[[^\[\]]{1,40}\]|\([^()]{1,40}\))$"
MAX_WRAPPED_END = 60  # characters of a list line's wrapped end, at most


def team_lines(lines: pl.LazyFrame) -> pl.LazyFrame:
    """The lines of each document's peer team lists (document_id, line_no, line, ...), in order.

    A list runs from its first member line to the first line that is neither a member, a blank line nor the
    wrapped end of a member line; it must start within two lines of its heading or introduction.

    Args:
        lines: frame from `ingest.parse.lines.explode_lines`.

    Returns:
        The member lines (and lines introducing members on the same line), with `is_start` for the latter.
    """
    line = pl.col("line")
    text = pl.col("_entry")  # the line without its label, a column: Polars recomputes a when/then at each use
    name_only = text.str.contains(NAME_ONLY) & starts_with_person(text)
    # a text (or its section: a minute's item) about a peer challenge or a panel's assessment visit
    about_visit = in_visit_section(pl.col("line"))
    # (NOT_TEAM, a slow pattern, is matched only on the lines TEAM_COLON finds: the others are empty to it)
    colon = pl.col("line").str.contains(TEAM_COLON)
    # an attendance line whose paragraph names only peers, each with a bracket naming their place on the team
    attending = pl.col("line").str.contains(ATTENDANCE)
    in_para = ("document_id", "_para")
    lines = (
        lines.with_columns(
            _para=(pl.col("line").str.strip_chars() == "").cast(pl.Int32).cum_sum().over("document_id")
        )
        .with_columns(_attending=attending.cum_sum().over(*in_para) > 0)
        .with_columns(
            _rest=pl.when(pl.col("_attending")).then(
                pl.when(attending)
                .then(pl.col("line").str.replace(rf"^.*?{ATTENDANCE}", ""))
                .otherwise("line")
            )
        )
        .with_columns(
            _peers_attending=attending
            & pl.col("_rest").str.join(" ").over(*in_para).str.contains(ALL_PEER_BRACKETS)
        )
        .drop("_para", "_attending", "_rest")
    )
    flagged = (
        lines.with_columns(
            is_start=pl.col("line").str.contains(TEAM_HEADING)
            | pl.col("_peers_attending")
            | pl.any_horizontal(pl.col("line").str.contains(part) for part in TEAM_INTRO)
            | pl.col("line").str.contains(TEAM_PROSE)
            | (
                (
                    pl.col("line").str.contains(PANEL_PROSE)
                    | pl.col("line").str.contains(PANEL_COLON)
                    | pl.col("line").str.contains(PANEL_HEADING)
                )
                & about_visit
            )
            | pl.col("line").str.contains(LED_BY_TEAM)
            | pl.col("line").str.contains(LEADS_TEAM)
            | (pl.col("line").str.contains(TEAM_TABLE_HEAD) & pl.col("line").str.contains(PEER_CELL))
            | (
                pl.col("line").str.contains(TEAM_TABLE_HEAD)
                & pl.col("line").str.contains(PANEL_CELL)
                & about_visit
            )
            | (colon & ~pl.when(colon).then(pl.col("line")).otherwise(pl.lit("")).str.contains(NOT_TEAM)),
        )
        .with_columns(block=pl.col("is_start").cum_sum().over("document_id"))
        # only the lines a list can reach are looked at closely (the person tests cost most of the parse)
        .filter(
            (pl.col("block") > 0) & (pl.int_range(pl.len()).over("document_id", "block") <= MAX_LIST_LINES)
        )
        .with_columns(_entry=strip_markup(line.str.slice(label_prefix(line).str.len_chars())))
        .with_columns(
            is_name_only=name_only,
            is_person=starts_with_person(text),
            is_blank=pl.col("line").str.strip_chars() == "",
            # (a line saying a peer did not take part names no member)
            is_led=(
                pl.col("line").str.contains(BULLET)
                | (text.str.contains(LED) & ~text.str.contains(CAPITALS_PAIR))
                | starts_with_person(text.str.extract(NAME_LAST, 2))
            )
            & ~pl.col("line").str.contains(ABSENT)
            & ~pl.col("line").str.contains(CAPITALS_HEADING)
            & ~_next_section(pl.col("line")),
            open_brackets=pl.col("line").str.count_matches(r"\(").cast(pl.Int32)
            - pl.col("line").str.count_matches(r"\)").cast(pl.Int32),
        )
    )
    by_block = ("document_id", "block")
    prev_open = pl.col("open_brackets").shift(1).over(*by_block).fill_null(0) > 0
    # a line straight after a name on its own is that person's role and organisation (not a person itself)
    # ... and where that line is a role alone, an organisation on the line after it is the person's too
    after_name = pl.col("is_name_only").shift(1).over(*by_block).fill_null(False)
    detail = ~pl.col("is_blank") & ~pl.col("is_start") & ~pl.col("is_person")
    role_alone = (after_name & detail & ~pl.col("line").str.contains(r"[,–—]")).shift(1).over(*by_block)
    # (an organisation's name may open like a person's: "West Fenby District Council")
    is_org_line = (
        role_alone.fill_null(False)
        & ~pl.col("is_blank")
        & ~pl.col("is_start")
        & pl.col("line").str.strip_chars().str.contains(LOOKS_LIKE_ORG)
    )
    is_role_line = (after_name & detail) | is_org_line
    # a table typed with spaces wraps a long cell: the line under a row, empty up to the column of one of the
    # row's later cells, continues that cell ("Head of Finance, Selby District" / "       Council")
    indent = pl.col("line").str.len_chars() - pl.col("line").str.strip_chars_start().str.len_chars()
    cell_starts = (
        pl.col("line").str.extract_all(r"^\s*\S.*?,\s{2,}\S").list.eval(pl.element().str.len_chars() - 1)
    )
    # ... and so does a table row whose first cell is empty (its text starts right of the first cell above, the
    # name's: an organisation there is no person)
    first_cell_end = pl.col("line").str.find(",").shift(1).over(*by_block)
    past_first_cell = (cell_starts.list.len() > 0).shift(1).over(*by_block) & (indent > first_cell_end)
    # ... and in a table of tabs or pipes, a row whose first cells are empty (",,Council") continues the last
    empty_first = ~pl.col("is_blank") & pl.col("line").str.contains(r"^\s*,")
    # ... and a hard-wrapped list line runs on to a short line that ends its organisation ("Ann Bell – Chief
    # Executive, Fenby District" / "Council") or goes on in lower case, where the line above ends no sentence
    stripped = pl.col("line").str.strip_chars()
    # (a note in brackets after the organisation, "Fenby Council [independent member]", is no part of it)
    unnoted = stripped.str.replace(NOTE_AFTER, "")
    above = pl.col("line").shift(1).over(*by_block)
    # (an organisation that opens like a person's name, "Fenby Vale District Council", ends the line above too)
    org_end = ~pl.col("is_blank") & ~pl.col("is_start") & stripped.str.contains(ORG_LINE)
    wrapped_end = (
        (detail | org_end)
        & (pl.col("is_led") & ~pl.col("is_start")).shift(1).over(*by_block)
        & ~above.str.contains(r"[.;:!?]\s*$")
        & (stripped.str.len_chars() <= MAX_WRAPPED_END)
        & (unnoted.str.contains(LOOKS_LIKE_ORG) | stripped.str.contains(r"^\p{Ll}"))
    )
    is_cell_wrap = (
        (detail & (indent > 0) & cell_starts.shift(1).over(*by_block).list.contains(indent))
        | (~pl.col("is_blank") & ~pl.col("is_start") & past_first_cell)
        | (detail & empty_first)
        | wrapped_end
    ).fill_null(False)
    flagged = flagged.with_columns(
        is_empty_first=detail & empty_first,
        is_item=pl.col("is_led") & ~pl.col("is_start") & ~is_role_line & ~is_cell_wrap,
        joiner=pl.when(is_role_line).then(pl.lit(",")).otherwise(pl.lit(" ")),
    ).with_columns(
        is_member=pl.col("is_item")
        | is_role_line
        | is_cell_wrap
        | (~pl.col("is_blank") & ~pl.col("is_start") & prev_open)
    )
    seen = pl.col("is_item").cast(pl.Int32).cum_sum().over(*by_block) > 0
    # a table's header and rule rows ("Name, Role" / "---,---") before its first member count as no line
    rule = pl.col("line").str.contains(r"^[\s,:=+-]*$")
    before = ~seen & ~pl.col("is_start") & ~pl.col("is_blank") & ~rule
    stop = (before & (before.cast(pl.Int32).cum_sum().over(*by_block) > MAX_LINES_BEFORE_LIST)) | (
        before & pl.col("line").str.contains(NOT_TEAM)
    )
    stop = stop | (seen & ~pl.col("is_member") & ~pl.col("is_blank"))
    # a "Led by ..." sentence names its members on its own line: the lines after it are no list
    led_by = pl.col("line").str.contains(f"{LED_BY_TEAM}|{LEADS_TEAM}").first().over(*by_block)
    stop = stop | (led_by & ~pl.col("is_start"))
    # ... and so does an introduction with its members run on after its colon ("Four of the original team
    # returned: Ann Bell, ...; ..."): a list after a blank line below it is another one
    # (INLINE, a slow pattern, is matched on the introductions only: the other lines are empty to it, as a null
    # line's text is still matched)
    start_line = pl.when(pl.col("is_start")).then(pl.col("line")).otherwise(pl.lit(""))
    after_colon = strip_markup(start_line.str.extract(INLINE, 1))
    ran_on = pl.col("is_start") & after_colon.str.contains(rf"^(?:{HONORIFIC}\s+)?{NAME}").fill_null(False)
    # ... or a sentence in prose naming them after its verb ("The team was led by Ann Bell, ... She was joined by
    # ..."), unless it ends with a colon: a person opening a paragraph further down is quoted, no member
    ran_on = ran_on | (
        pl.col("is_start") & start_line.str.contains(TEAM_PROSE) & ~start_line.str.contains(r":[*_]*\s*$")
    )
    after_blank = pl.col("is_blank").shift(1).over(*by_block).fill_null(False)
    stop = stop | (ran_on.first().over(*by_block) & ~seen & ~pl.col("is_start") & after_blank)
    ended = stop.cast(pl.Int32).cum_max().over(*by_block) > 0
    # (a row's empty cells, read as commas, become spaces: its text joins the cell above, offsets stay exact)
    blanked = pl.col("line")
    for _ in range(4):
        blanked = blanked.str.replace(r"^(\s*),", "${1} ")
    return (
        flagged.filter((pl.col("block") > 0) & ~ended & (pl.col("is_member") | pl.col("is_start")))
        .with_columns(line=pl.when(pl.col("is_empty_first")).then(blanked).otherwise("line"))
        .filter(
            pl.col("is_member")
            | start_line.str.contains(INLINE).fill_null(False)
            | pl.col("line").str.contains(f"{LED_BY_TEAM}|{LEADS_TEAM}")
        )
        .with_columns(
            entry_id=(pl.col("is_item") | pl.col("is_start")).cast(pl.Int32).cum_sum().over("document_id")
        )
        .drop(
            "is_blank",
            "is_led",
            "open_brackets",
            "block",
            "is_item",
            "is_member",
            "is_name_only",
            "is_person",
            "is_empty_first",
            "_entry",
            "_peers_attending",
        )
    )


def _next_section(line: pl.Expr) -> pl.Expr:
    """Whether the line is the report's next numbered section after the team's numbered heading ("2. The Peer
    Team" ... "3. Executive Summary"): numbered one past the heading, before any numbered member (a list numbered
    "1.", "2.", "3." under it goes on), over the lines of one block from its heading."""
    by_block = ("document_id", "block")
    number = line.str.extract(SECTION_NUMBER, 1).cast(pl.Int32, strict=False)
    heading = number.first().over(*by_block)
    numbered_before = number.is_not_null().cast(pl.Int32).cum_sum().over(*by_block) - number.is_not_null()
    return ((number == heading + 1) & (numbered_before == 1)).fill_null(False)


def _entries(lines: pl.LazyFrame) -> pl.LazyFrame:
    """One row per list item (wrapped lines joined) or per run of members after an introduction."""
    team = collected(team_lines(lines))  # read by both branches
    inline = pl.coalesce(
        pl.when(pl.col("line").str.contains(LED_BY_TEAM)).then(pl.col("line").str.extract(LED_BY, 1)),
        pl.col("line").str.extract(LEADS_TEAM, 1),
        pl.col("line").str.extract(LEADS_TEAM, 2),
        *(pl.col("line").str.extract_groups(INLINE).struct.field(f) for f in ("1", "2")),
    )
    runs = (
        team.filter(pl.col("is_start"))
        .with_columns(text=inline)
        .filter(strip_markup(pl.col("text")).str.contains(rf"^(?:{HONORIFIC}\s+)?{NAME}"))
        .with_columns(char_offset=pl.col("char_offset") + char_position(pl.col("line"), pl.col("text")))
    )
    # a run set off by a dash ("He thanked the peer team - Ann Bell, ...; and Tom Reed, ... - for their
    # report") ends at the dash that closes the aside, unless more members are named after it ("- supported by")
    aside = text_around(pl.col("line"), pl.col("text"))[0].str.contains(DASH_OPENS) & ~pl.col(
        "text"
    ).str.contains(DASH_JOINED)
    runs = runs.with_columns(
        text=pl.when(aside).then(pl.col("text").str.replace(DASH_CLOSES, "")).otherwise("text")
    )
    runs, covered = with_paragraph_rest(runs, lines)
    runs = with_joined(runs)
    items = (
        team.filter(~pl.col("is_start"))
        .join(covered, on=["document_id", "line_no"], how="anti", maintain_order="left")
        .group_by("document_id", "entry_id", maintain_order=True)
        .agg(
            source_file=pl.col("source_file").first(),
            char_offset=pl.col("char_offset").first(),
            # each line break becomes one character (offsets stay exact): a comma after a name on its own
            text=pl.concat_str("joiner", "line").str.join("").str.slice(1),
            part_label=pl.col("part_label").drop_nulls().first(),
        )
    )
    columns = ["document_id", "source_file", "entry_id", "char_offset", "text", "part_label"]
    return pl.concat([items.select(columns), runs.select(columns)])


def cells_as_commas(lines: pl.LazyFrame) -> pl.LazyFrame:
    """A table's cells (tab- or pipe-separated: a PDF's table, a web page's; or apart by three spaces or
    more: a table typed in a text file, where a full cell may leave two) read like a list line: each
    separator becomes a comma, the row's outer pipes a space, a run of spaces a comma and spaces (same
    length: offsets stay exact). Spaces after a sentence's or a clause's punctuation are no separator."""
    line = pl.col("line").str.replace(r"^(\s*)\|", "${1} ").str.replace(r"\|(\s*)$", " ${1}")
    lines = lines.with_columns(line=line.str.replace_all(r"\t|\|", ","))  # a column: used thrice below
    line = pl.col("line")
    typed = line.str.replace_all(r"([^\s.!?:;,])  ( *[^\s])", "${1}, ${2}")
    return lines.with_columns(line=pl.when(line.str.contains(r"[^\s.!?:;,] {3}")).then(typed).otherwise(line))


def parse_peer_team(docs: pl.LazyFrame) -> pl.LazyFrame:
    """Parse the peer team list of each report.

    Args:
        docs: frame with `ingest.raw.schemas.DOCUMENT_TEXT` columns.

    Returns:
        Frame with the `PEER_TEAM` schema, one row per member.
    """
    lines = collected(  # read by the team's lines and by the paragraphs its prose runs on through
        cells_as_commas(
            dotted_as_commas(
                without_part_cells(typed_rows(boxed_columns(split_flattened_team(explode_lines(docs)))))
            )
        )
    )
    members = with_signer(expand_shared(split_entries(collected(_entries(lines)))), docs)
    return (
        with_member_columns(members, pl.col("entry"), pl.col("label"), pl.col("role_label"))
        .filter(pl.col("name").is_not_null())
        .sort("document_id", "char_offset", maintain_order=True)
        .select([pl.col(c).cast(t) for c, t in PEER_TEAM.items()])
    )
