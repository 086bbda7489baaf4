"""A peer team's bulleted list that a reader flattened onto one line: "... around England: LGA Peer Challenge
Team: • Ann Bell, Chief Executive, Fenby Council • Cllr Tom Hart, Leader, ... The team met ..." (a
document-sharing site's transcript). The team's label, each bullet and the prose run on to the last bullet start a
line of their own, so the list reads as it was printed."""

from __future__ import annotations

import polars as pl

from ingest.parse.lines import split_marked_lines
from ingest.parse.peer_cues import TEAM_HEADING

# solid round bullet marks (a hyphen or dash in running prose is no bullet)
FLAT_MARK = r"[•●▪]"
# the label that ends right before the first bullet, after the sentence or colon before it (group 2)
FLAT_LABEL = rf"(^|[:.!?]\s+)([^:.!?•●▪]{{1,60}}:\s*)({FLAT_MARK}\s)"
# the prose after the list, run on to its last bullet ("... Peer Challenge Manager, LGA The group met ...": a
# sentence's first word, then a lower-case one; "..., The Fenby Trust" is an organisation)
PROSE_AFTER = (
    rf"({FLAT_MARK}\s[^•●▪]*?)\s((?:The|This|These|It|We|They|Our|In|From|During)\s+\p{{Ll}}[^•●▪]*)$"
)
MIN_FLAT_BULLETS = 2  # bullets on the line after the label, at least


def split_flattened_team(lines: pl.LazyFrame) -> pl.LazyFrame:
    """Cut each line that holds a team heading followed by two or more bullets run together before the heading
    and before each bullet; other lines stay whole, and offsets stay exact.

    Args:
        lines: frame from `ingest.parse.lines.explode_lines`.

    Returns:
        The lines, each flattened team list as one line per label and bullet, renumbered.
    """
    line = pl.col("line")
    label = line.str.extract(FLAT_LABEL, 2)
    flat = label.str.contains(TEAM_HEADING).fill_null(False) & (
        line.str.count_matches(rf"\s{FLAT_MARK}\s") >= MIN_FLAT_BULLETS
    )
    cut = line.str.replace(FLAT_LABEL, "${1}\x00${2}${3}").str.replace_all(rf"\s({FLAT_MARK}\s)", " \x00${1}")
    cut = cut.str.replace(PROSE_AFTER, "${1} \x00${2}")
    return split_marked_lines(lines, pl.when(flat).then(cut).otherwise(line))
