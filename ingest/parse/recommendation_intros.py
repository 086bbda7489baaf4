"""Where a list of recommendations starts: a recommendations heading ("Key recommendations", "Progress against
the recommendations", "What we recommend") or a sentence that introduces them, ending with a colon ("The
following are the peer team's key recommendations:") or pointing to the list below it ("... are set out
below.")."""

from __future__ import annotations

import polars as pl

from ingest.parse.peer_sections import in_visit_section
from ingest.parse.recommendation_markers import WORD_NUMBER

REC_HEADING = (
    r"(?i)^\s*(?:#+\s*)?[*_]*\s*(?:[0-9]+\.?[0-9]*\.?\s+)?"
    r"(?:(?:part|section|chapter|appendix|annex)\s+[a-z0-9]{1,2}\s*[.:–—-]?\s+)?"
    # ... also a progress review's "Progress against the recommendations"
    r"[*_]*\s*(?:progress\s+(?:made\s+)?(?:against|on|with|towards)\s+)?(?:(?:our|their|the|key|main|summary\s+of"
    r"|(?:peer|peers|team|peer\s+team|review\s+team|lga|cpc)(?:['’]s?)?|peer\s+challenge)\s+)*"
    # ... "The original recommendations", "Previous recommendations and progress", "Peer recommendations and the
    # council's response"
    # ... "The six recommendations" (their count)
    rf"(?:(?:(?:original|previous|earlier|last)\s+)?(?:(?:{WORD_NUMBER}|[0-9]{{1,2}})\s+)?recommendations"
    r"(?:\s+and\s+(?:(?:the\s+)?(?:council['’]s\s+)?(?:progress|status|responses?|actions?))"
    # ... "The CPC recommendations and where they stand"; "Recommendations in full", "... in detail"
    r"|\s+and\s+(?:where|how)\s+(?:they|things)\s+(?:now\s+)?stand|\s+in\s+(?:full|detail))?"
    # ... or the peers speaking: "What we recommend", "What the peer team recommended"
    r"|what\s+(?:we|the\s+(?:peers|(?:peer\s+|review\s+)?team))\s+recommend(?:s|ed)?)"
    # ... and the visit that made them ("The recommendations of the 2024 challenge", "Recommendations from the
    # original peer review")
    # ... its date before or after it too ("Recommendations from the November 2022 Corporate Peer Challenge", "...
    # from the Corporate Peer Challenge 2022", "... of the peer challenge in March 2022")
    r"(?:\s+(?:of|from|made\s+(?:at|by|in))\s+(?:the|our)\s+(?:[a-z]+\s+)?(?:(?:19|20)[0-9]{2}\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:challenge|review|cpc|visit)(?:\s+(?:in\s+)?(?:[a-z]+\s+)?(?:19|20)[0-9]{2})?)?[*_]*"
    # ... and a note in brackets after it ("Recommendations (as agreed in May 2024)")
    r"(?:\s*\([^()]{1,60}\))?\s*:?\s*$"
)
# A heading in two languages ("Argymhellion / Recommendations"): its last part, after the last " / ", is read, in
# a text or section about a visit (a committee report's "Issues for consideration / Recommendations" are its own).
OTHER_LANGUAGE = r"^.*\s/\s+"
# ... an assessment panel's ("Panel Recommendations", "Appendix 1: The Panel's Recommendations"), where the text or
# section is about such a visit, as the peer team's (a scrutiny panel's are none): read without the word.
PANEL_WORD = r"(?i)\bpanel(?:['’]s)?\s+(recommendations)"
# A sentence that introduces the peers' recommendations and ends with a colon ("The following are the peer
# team's key recommendations:", "The review focussed on each of the CPC's main recommendations:").
REC_INTRO = r"(?i)\brecommend\w*\b.*:\s*$"
# ... or a sentence that points to the list below it ("The peers make five recommendations, set out below.",
# "Our key recommendations are as follows."), not to a table ("... in the table below.")
REC_INTRO_BELOW = (
    r"(?i)\brecommend\w*\b[^.!?]*\b(?:(?:set\s+out|listed|given|shown|summarised|detailed|outlined)\s+below"
    r"|below|as\s+follows)\.\s*$"
)
REC_INTRO_TABLE = r"(?i)\b(?:table|appendix|annex)\b"
REC_INTRO_BY = r"(?i)\b(?:key|main|peers?|team|cpc|challenge|review|group|we|our)\b"
# ... or an assessment panel's ("The panel made the following recommendations, which Cabinet was asked to
# accept:"), in a text or section about such a visit (a scrutiny panel's recommendations to Cabinet are none)
REC_INTRO_PANEL = r"(?i)\bpanel\b"
# ... or naming the recommendations themselves, whoever made them ("The report sets out six recommendations,
# which include:", "The visit returned to each of the nine recommendations made last spring:"): the noun, and
# not a committee report's own recommendations to its cabinet ("The report recommends that Cabinet:").
REC_INTRO_NAMED = r"(?i)(?-u:\b)recommendations(?-u:\b)"
REC_INTRO_COMMITTEE = r"(?i)\b(?:cabinet|committee|executive|members)\b"
# ... an officer's title is no committee ("five recommendations, which the Chief Executive read out:")
REC_INTRO_OFFICER = r"(?i)\bchief\s+executive\b"
REC_INTRO_BODY = r"(?i)\b(?:cabinet|committee|members)\b"
# ... but not one that introduces theme headings or focus areas instead of the recommendations themselves, nor
# the team's members who took part ("... focussed on each of the recommendations, and the following members of
# the original team took part:": a list of peers; "Members of the peer team made these recommendations:" is one).
REC_INTRO_NOT = (
    r"(?i)\bheadings?\b|\bthem(?:es|atic|ed)\b|\bareas\b|\breasons?\s+for\b"
    r"|\b(?:members|peers)\s+(?:of|from)\s+the\s+(?:[\w'’-]+\s+){0,3}?team\s+(?:who\s+)?"
    r"(?:took\s+part|participated|attended|returned|came\s+back|joined|(?:were|was)\s+involved)\b[^:]{0,60}:\s*$"
)
# A last sentence that points back at the recommendations named in the sentence before it ("The peers made five
# recommendations. We have accepted all of them:", "... six recommendations. These are:"): read with it.
POINTS_BACK = r"(?i)^(?:[\w'’-]+\s+){0,6}?(?:them|these|they|those)\b[^.!?]*:\s*$"
# ... or a short last sentence after one that ends on the recommendations it counts ("The review made six
# recommendations. The council was asked to:", "... In short, the council should:"): what the council was asked to
# do is the list.
AFTER_COUNTED = r"(?i)\brecommendations\.\s+(?:[\w'’-]+,?\s+){1,6}[\w'’-]+:\s*$"


def with_introductions(lines: pl.LazyFrame, paragraph_number: str) -> pl.LazyFrame:
    """`lines` with `_is_intro`: whether the line's last sentence introduces the peers' recommendations (a
    `paragraph_number` before it is no sentence end); and `_is_heading`: whether the line is a recommendations
    heading (about a visit, also in the last of its two languages or an assessment panel's)."""
    line = pl.col("line")
    # a paragraph number ("3.2 The report makes six recommendations:") is no sentence end
    unnumbered = line.str.replace(paragraph_number, "")
    last_sentence = unnumbered.str.extract(r"(?:^|[.!?]\s+)([^.!?]*)$", 1)
    last_two = unnumbered.str.extract(r"(?:^|[.!?]\s+)([^.!?]*[.!?]\s+[^.!?]*)$", 1)
    points_back = last_sentence.str.contains(POINTS_BACK) | last_two.str.contains(AFTER_COUNTED)
    last_sentence = (
        pl.when(points_back & ~last_sentence.str.contains(r"(?i)recommend"))
        .then(last_two)
        .otherwise(last_sentence)
    )
    # (a line that ends a sentence has none open: its closing sentence may point to the list below it)
    # (looked for only on the lines that end "below." or "follows.": a cheap test first)
    points_below = line.str.contains(r"(?:below|follows)\.\s*$")
    closing = pl.when(points_below).then(unnumbered).str.extract(r"(?:^|[.!?]\s+)([^.!?]*\.)\s*$", 1)
    below = closing.str.contains(REC_INTRO_BELOW) & ~closing.str.contains(REC_INTRO_TABLE)
    last_sentence = pl.when(below).then(closing.str.replace(r"\.\s*$", ":")).otherwise(last_sentence)
    # (a column: read by the tests below, each of which would otherwise work it out again)
    lines = lines.with_columns(_last_sentence=last_sentence)
    last_sentence = pl.col("_last_sentence")
    committee = last_sentence.str.contains(REC_INTRO_COMMITTEE) & (
        ~last_sentence.str.contains(REC_INTRO_OFFICER) | last_sentence.str.contains(REC_INTRO_BODY)
    )
    named = last_sentence.str.contains(REC_INTRO_NAMED) & ~committee
    about_visit = in_visit_section(line)  # the text, or the line's section (a minute's item), about a visit
    heading = line.str.replace(OTHER_LANGUAGE, "")
    unworded = heading.str.replace(PANEL_WORD, "${1}")
    panels = heading.str.contains(PANEL_WORD) & unworded.str.contains(REC_HEADING)
    is_heading = line.str.contains(REC_HEADING) | (about_visit & (heading.str.contains(REC_HEADING) | panels))
    is_intro = (
        last_sentence.str.contains(REC_INTRO)
        & (
            last_sentence.str.contains(REC_INTRO_BY)
            | named
            | (last_sentence.str.contains(REC_INTRO_PANEL) & about_visit)
        )
        & ~last_sentence.str.contains(REC_INTRO_NOT)
    )
    return lines.with_columns(
        _is_intro=is_intro.fill_null(False), _is_heading=is_heading.fill_null(False)
    ).drop("_last_sentence")
