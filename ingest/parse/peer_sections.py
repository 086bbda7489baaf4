"""Whether a line stands where the text is about a peer or panel visit (`peer_visit` cues in
`data/doc_type_cues.csv`): in the document's preamble (its title lines before the first section: the whole text
is about the visit) or in the line's own section, from one numbered item or section heading to the next (minutes
hold many items: a Cabinet minute's item on a Panel Performance Assessment says nothing of a scrutiny panel's
item after it)."""

from __future__ import annotations

import polars as pl

from ingest.parse.doc_types import cue_patterns

# A section's heading: a top-level numbered item or heading ("7. Panel Performance Assessment – Report",
# "Item 4: Scrutiny Panel", "CAB 45/25 Budget", "## 4. Finance") or a markdown heading below the title ("## The
# panel"); not a sub-paragraph ("3.2 ...") nor a numbered sentence ("1. Agree a plan.").
SECTION_HEADING = (
    r"^\s*(?:#{2,}\s+[*_]*\S[^\n]*|(?:#+\s*)?[*_]*(?:(?i:item|minute)\s+)?(?:[A-Z]{1,5}\s?)?[0-9]{1,3}"
    r"(?:/[0-9]{2,4})?[.:)]?\s+[*_]*\p{Lu}[^\n]{0,120}[^.;:,\s])\s*$"
)


def in_visit_section(line: pl.Expr, by: str = "document_id") -> pl.Expr:
    """Whether each line's section, or its document's preamble, names a peer or panel visit (over `by`)."""
    section = line.str.contains(SECTION_HEADING).cast(pl.Int32).cum_sum().over(by)
    cue = line.str.contains(cue_patterns()["peer_visit"])
    in_preamble = (cue & (section == 0)).any().over(by)
    return in_preamble | cue.any().over(by, section)
