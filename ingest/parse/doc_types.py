"""What a document is, from the cues in `data/doc_type_cues.csv` found in its opening.

A meeting record (agenda item, minutes, decision) is `other` whatever report it is about. An LGA peer report
(`peer_challenge`, `progress_review`, `finance_peer_challenge`; a Welsh Panel Performance Assessment's own report
or letter, or an assessment panel's report headed by its visit ("Panel visit:", "On-site assessment:") whose panel is
of peers, is a `peer_challenge`) needs a cue that it is the report or letter
itself (its header, its letter opening): a council's page or news item about a peer challenge is `other`, and
so is a council's own report about one (to Cabinet or a committee: "Report to: Cabinet", "Wards affected",
"Cabinet is recommended to"), whatever report cues ("1. Introduction", "Feedback Report") it has too.
A council's own performance report is `performance_report` (not a budget monitoring report whose title lines
name its "financial performance"). Which peer report it is comes from its title lines
where they name one (a peer challenge report may mention the previous challenge's progress review in its
introduction), else from its opening; weak cues ('follow-up', 'progress report') count only in the title lines.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import polars as pl

from ingest.parse.councils import title_zone

CUES = Path(__file__).parent / "data" / "doc_type_cues.csv"
PEER_KINDS = ("finance_peer_challenge", "progress_review", "peer_challenge")  # in order of precedence


@cache
def cue_patterns(title: bool = False) -> dict[str, str]:
    """role -> one case-insensitive, multi-line regex matching any of the role's cues: all of them for the title
    lines (`title`), else those that hold anywhere in the opening (`where` = opening)."""
    cues = pl.read_csv(CUES, infer_schema=False)
    if not title:
        cues = cues.filter(pl.col("where") == "opening")
    grouped = cues.group_by("role", maintain_order=True).agg(pl.col("cue").str.join("|"))
    return {role: f"(?im)(?:{cue})" for role, cue in zip(grouped["role"], grouped["cue"], strict=True)}


def classify_doc_type(head: pl.Expr) -> pl.Expr:
    """The `doc_type` of each document from its opening text (`head`)."""
    cues = cue_patterns()
    is_record = head.str.contains(cues["record"])
    is_report = head.str.contains(cues["report"]) & ~head.str.contains(cues["council_report"])
    kind = pl.when(is_record).then(pl.lit("other"))
    for where, kind_cues in ((title_zone(head), cue_patterns(title=True)), (head, cues)):
        for peer_kind in PEER_KINDS:
            kind = kind.when(is_report & where.str.contains(kind_cues[peer_kind])).then(pl.lit(peer_kind))
    # an assessment panel's own report, headed by the panel's visit ("Panel visit: 3-6 March 2025"), whose panel is
    # of peers
    panel = head.str.contains(cues["panel_visit"]) & head.str.contains(cues["peer_panel"])
    kind = kind.when(is_report & panel).then(pl.lit("peer_challenge"))
    titled = cue_patterns(title=True)
    # (a budget monitoring report's title, "Financial Performance Monitoring Report", holds a performance report's
    # opening cue too)
    budget = title_zone(head).str.contains(titled["budget_monitoring"])
    return (
        kind.when(head.str.contains(cues["performance_report"]) & ~budget)
        .then(pl.lit("performance_report"))
        .when(title_zone(head).str.contains(titled["performance_report"]) & ~budget)
        .then(pl.lit("performance_report"))
        .otherwise(pl.lit("other"))
    )
