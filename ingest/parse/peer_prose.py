"""Members named in prose after the first run of a team's sentence, and where each run ends.

"The peer team was led by Ann Bell, ..., working alongside Cllr Tom Reed, .... They were joined by ...; ....
The team was supported by ...": the run after "led by" ends where the report goes on; each sentence after it
that names more members ("They were joined by", "The team was supported by", "<person>, <role>, managed the
review", "The peer challenge manager was <person>": that place on the team the member's role where none follows)
is a run of its own.
"""

from __future__ import annotations

import polars as pl

from ingest.parse.engine import collected
from ingest.parse.lines import char_position
from ingest.parse.peer_words import BULLET_MARK, HONORIFIC, NAME, ORG_END, starts_with_person

# What the team did, after the members named in its sentence ("..., Leader of Fenby Council, had met over 150
# people", "..., spoke to more than 200 people").
TEAM_DID = (
    r"(?:(?:had|have|has)\s+)?(?:met|spoke|spent|talked|held|visited|interviewed|conducted|carried|undertook"
    r"|reviewed|gathered|considered|looked|heard"
    # what a member gave the team ("..., Director of Housing at Fenby Council, brought a housing perspective")
    r"|brought|contributed|offered|provided|lent|gave)\b"
)
# What a member who ran the review did: "Ann Bell, Adviser at the LGA, managed the review."
MANAGED = (
    r"(?:(?:(?:also|had)\s+)?(?:managed|project[- ]managed|supported|co-?ordinated|facilitated|organised"
    r"|shadowed)\s+the\s+"
    r"(?:(?:peer|finance|corporate)\s+)*(?:review|challenge|team|peers|visit|process)\b"
    # ... or the member's place on the team: "..., had been the senior officer peer"
    r"|(?:had\s+been|was|acted\s+as)\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}?peer\b)"
)
# ... the member's place given before it with "of" ("Ann Bell of the LGA had managed the challenge")
EMPLOYER = r"(?:of|from|at)\s+(?:the\s+)?[A-Z][\w&’'-]*(?:\s+(?:[A-Z][\w&’'-]*|of|and|for)){0,6}"
# ... or in brackets ("Ann Bell (LGA graduate trainee) shadowed the team")
MANAGED_BY = rf"(?:{HONORIFIC}\s+)?{NAME}\s*(?:,[^.]{{0,150}}?,|\s+{EMPLOYER}|\([^()]{{1,80}}\))\s+{MANAGED}"
# ... "joined for the day by", "supported throughout the visit by": a short phrase of when before "by"
JOINED = (
    r"(?:joined|supported|accompanied|assisted)"
    r"(?:\s+(?:for|on|during|throughout)(?:\s+(?:the|a|one|its|this|that|final|last|first|second|third))*"
    r"\s+(?:day|days|visit|morning|afternoon|week))?\s+by"
)
RUN_BY = r"(?:managed|project[- ]managed|co-?ordinated|facilitated)\s+by"  # "The team was managed by ..."
# A clause of the run's sentence that names the other members: "..., led the team, joined by ...", "..., the
# peer team also included ...", "... (Leader, Fenby Council) – supported by ...".
JOINED_CLAUSE = (
    rf"(?:,|\s[–—])\s+(?:led\s+the\s+(?:peer\s+)?team,?\s+(?:and\s+(?:was\s+)?)?)?{JOINED}\s+"
    r"|,\s+the\s+(?:peer\s+)?team\s+(?:also\s+)?(?:included|comprised|consisted\s+of)\s+"
    # "..., and its other members were Cllr Tom Reed, ..."
    r"|,\s+and\s+(?:its|the\s+(?:team['’]s|panel['’]s))\s+other\s+members\s+(?:were|included)\s+"
    # "..., and included two member peers – Cllr Tom Reed, ...": the members after the dash or colon
    r"|,\s+and\s+(?:also\s+)?(?:included|comprised)\s+(?:[\w-]+\s+){0,3}?(?:peers|members|officers|councillors)"
    r"\s*(?:[–—:]|\s-)\s+"
    # "..., Leader of Fenby Council and a former county leader, and included Tom Reed, ...", "..., and comprised
    # Tom Reed, ...": the members named after "included" or "comprised" (a phrase on the one before may follow its
    # organisation; a phrase in lower case after the verb is cut from the run as before)
    r"|,\s+and\s+(?:also\s+)?(?:included|comprised)\s+"
)
# A sentence saying where the team's expertise or support came from names the members after it ("Finance
# expertise came from Ann Bell, ...", "Support was provided by ...").
CAME_FROM = (
    r"[.;]\s+[A-Z][a-z]+(?:\s+[a-z]+){0,3}\s+(?:came|come|was\s+provided|were\s+provided|was\s+brought)"
    r"\s+(?:from|by)\s+"
)
# the place on the team of one named after the run ("The peer challenge manager was Ann Bell of the LGA.")
MANAGER_PLACE = r"(?:peer\s+)?(?:challenge|review|project)\s+manager"
# ... its sentence, the place in any case and perhaps after the body's initials ("The LGA's Peer Challenge Manager
# was Ann Bell.")
MANAGER_WAS = rf"\bThe\s+(?:\p{{Lu}}{{2,6}}['’]s\s+)?(?i:{MANAGER_PLACE})\s+was\s+"
# A sentence after the run that names more members (or a clause after ", and"): "They were joined by ...", "The team was supported by ...",
# "She was joined by ..." (after a leader), "The challenge was managed by ...",
# "The team was managed by ...", "The work was managed by ...",
# or such a clause (group 1), or one who managed the review (group 2).
# "The member peers were ...", "The officer peer was ..." name the rest of the team after its leader.
JOINED_BY = (
    r"(?:[.;]\s+(?:They|He|She|The\s+(?:peer\s+)?(?:team|challenge|review|work|visit)|The\s+peers)\s+"
    r"(?:were|was|had\s+been)\s+"
    rf"(?:also\s+)?(?:{JOINED}|{RUN_BY})\s+|{JOINED_CLAUSE}|{CAME_FROM}"
    r"|[.;]\s+The\s+(?:other\s+)?(?:member|officer|councillor)\s+peers?\s+(?:were|was|included)\s+"
    # "The peer challenge manager was Ann Bell of the LGA.": the one who managed the review, after the team
    rf"|[.;]\s+{MANAGER_WAS})"
    rf"(\S.*)$|(?:[.;]|,\s+and)\s+({MANAGED_BY}.*)$"
)
WAS_LEAD = r",\s+(?:was|is|acted\s+as)\s+(?:the\s+)?lead\s+peer\b"  # "Ann Bell, ..., was the lead peer"
MAX_JOINED = 3  # such sentences after one run, at most


def run_end(text: pl.Expr) -> pl.Expr:
    """A run of members up to where the report goes on: after a closing bracket or before a lower-case phrase,
    or where a clause of the sentence starts (", the team met ...", ", had met over 150 people"); ", and had
    included <person>" and "and myself" name one more member, and "<person> of <organisation> as <place on the
    team>" gives the member's role (their spaces held apart while the run is cut: same length)."""
    held = text.str.replace_all(
        r"\band (had|has|have) (also )?includ(ed|ing)\b", "and\x01${1}\x01${2}includ${3}"
    ).str.replace_all(r"\band myself\b", "and\x01myself")  # the letter's writer: `peer_letters`
    # "Ann Bell of the LGA as review manager": her place on the team after her organisation, no phrase of the report
    held = held.str.replace_all(
        rf"({NAME}\s+(?:of|from|at)\s+(?:the\s+)?\p{{Lu}}[^,.;]*?{ORG_END}) as\b", "${1}\x01as"
    )
    return (
        held.str.replace(rf"(?:[.;]|,\s+and)\s+{MANAGED_BY}.*$", "")
        .str.replace(rf"[.;]\s+{MANAGER_WAS}.*$", "")
        .str.replace(rf"(?:{JOINED_CLAUSE}|,\s+led\s+the\s+(?:peer\s+)?team\b|{WAS_LEAD}).*$", "")
        .str.replace(r"(\))\s+[A-Z][a-z]+\s+[a-z].*$", "${1}")
        # "... (Leader of Fenby Council) to undertake the challenge": what the team came to do, after the members
        .str.replace(r"(\))\s+to\s+[a-z]+\b.*$", "${1}")
        # "... (Deputy Leader, Fenby Council), who replaced Cllr Tom Reed, unable to attend": the one replaced
        # is no member
        .str.replace(r"(\)),\s+who\s+(?:had\s+)?(?:replaced|stood\s+in|deputised|substituted)\b.*$", "${1}")
        # "... (Adviser, LGA), all of whom had been on the original team": a clause on the members, none of them
        .str.replace(r",\s+[a-z]+\s+of\s+whom\b.*$", "")
        # "... at Fenby Borough Council among the member peers": the organisation ends before the phrase
        .str.replace(rf"(\s{ORG_END})\s+[a-z]+(?:\s+[a-z]+){{2,}}.*$", "${1}")
        .str.replace(r"(?:[.;]\s+(?:The|They|This|It|He|She))?\s+[A-Z][a-z]+(?:\s+[a-z]+){3,}.*$", "")
        # "... Lancaster City Council – together with senior officers from ...": no member named after it
        .str.replace(r"(?:\s+[–—-])?,?\s+(?:together|along)\s+with\b.*$", "")
        .str.replace(r",?\s+(?:and|with)\s+[a-z]+\s+[a-z]+.*$", "")
        .str.replace(r",\s+(?:the|this|they|it|he|she|we|our)\s+[a-z]+.*$", "")
        .str.replace(rf",\s+(?:{TEAM_DID}|{MANAGED}).*$", "")
        .str.replace(rf"(\))\s+{MANAGED}.*$", "${1}")
        # "... Peer Challenge Manager. We met the Cabinet ...": a sentence on what the team did
        .str.replace(
            rf"[.;]\s+(?:We|They|The\s+(?:peer\s+)?team|The\s+peers)\s+(?:also\s+)?{TEAM_DID}.*$", ""
        )
        .str.replace(r",?\s+(?:said|says|added|commented|told)\b.*$", "")
        # "Ann Bell of the LGA had managed the challenge": what she did, after her place
        .str.replace(rf"^((?:{HONORIFIC}\s+)?{NAME}\s+{EMPLOYER})\s+{MANAGED}.*$", "${1}")
        # "..., LGA Project Officer, providing support throughout": what the member did, after the member
        .str.replace(r",\s+[a-z]+ing\s+(?:[a-z]+\s+){0,2}?(?:support|help|assistance|advice)\b.*$", "")
        .str.replace_all("\x01", " ")
    )


def with_joined(runs: pl.LazyFrame) -> pl.LazyFrame:
    """The runs (document_id, entry_id, char_offset of `text`, text, ...) and the runs named in the sentences
    after each, every one cut where the report goes on."""
    # "... They were joined by LGA peer challenge manager Ann Bell.": the members named after the run, and
    # after those ("... The team was supported by ...")
    tails = [runs.with_columns(run=pl.col("entry_id"), part_label=pl.lit(None, dtype=pl.String))]
    for depth in range(1, MAX_JOINED + 1):  # each its own entry, apart from the run's (negative ids)
        tails.append(
            tails[-1]
            .with_columns(tail=pl.coalesce(pl.col("text").str.extract(JOINED_BY, i) for i in (1, 2)))
            .filter(pl.col("tail").is_not_null())
            .with_columns(
                char_offset=pl.col("char_offset") + char_position(pl.col("text"), pl.col("tail")),
                # "The peer challenge manager was Ann Bell ...": her place on the team, her role where none follows
                part_label=pl.col("text")
                .str.slice(0, char_position(pl.col("text"), pl.col("tail")))
                .str.extract(rf"\bThe\s+(?:\p{{Lu}}{{2,6}}['’]s\s+)?((?i:{MANAGER_PLACE}))\s+was\s+$", 1),
                text=pl.col("tail"),
                entry_id=-(pl.col("run") * (MAX_JOINED + 1) + depth),
            )
            .drop("tail")
        )
    return pl.concat(tails).drop("run").with_columns(text=run_end(pl.col("text")))


def with_paragraph_rest(runs: pl.LazyFrame, lines: pl.LazyFrame) -> tuple[pl.LazyFrame, pl.LazyFrame]:
    """Each run whose line ends mid-sentence (hard-wrapped prose: "The peers were Ann Bell (...), Cllr Tom Reed
    (Labour), Deputy" / "Leader of Fenby Council, ...") runs on through the rest of its paragraph, each line
    break a space (offsets stay exact); not into a list whose lines open with a mark or a person (a line that
    opens like a person under one that ends inside a bracket goes on in it). Also returns
    the lines (document_id, line_no) a run now covers: no entries of their own."""
    para = lines.with_columns(
        para=(pl.col("line").str.strip_chars() == "").cast(pl.Int32).cum_sum().over("document_id")
    ).select("document_id", "line_no", "para", "line")
    mid_sentence = ~pl.col("line").str.contains(r"[.;:!?][\"'’”)]*\s*$") & pl.col("line").str.ends_with(
        pl.col("text")
    )
    # (a line that ends inside a bracket, "Ann Bell (Leader," / "Fenby Council), ...", goes on in it: the line
    # under it may open like a person's name and still be the bracket's organisation)
    open_bracket = pl.col("text").str.count_matches(r"\(") > pl.col("text").str.count_matches(r"\)")
    starts = runs.filter(mid_sentence).select("document_id", "line_no", in_bracket=open_bracket)
    rest = (
        starts.join(para, on=["document_id", "line_no"], how="inner")
        .select("document_id", "in_bracket", start="line_no", para="para")
        .join(para, on=["document_id", "para"], how="inner")
        .filter((pl.col("line_no") > pl.col("start")) & (pl.col("line").str.strip_chars() != ""))
        .sort("document_id", "line_no")
        .group_by("document_id", "start", maintain_order=True)
        .agg(
            rest=pl.col("line").str.join(" "),
            first=pl.col("line").first(),
            contiguous=(pl.col("line_no").max() - pl.col("start").first()) == pl.len(),
            covered=pl.col("line_no"),
            in_bracket=pl.col("in_bracket").first(),
        )
        .filter(
            pl.col("contiguous")
            & ~pl.col("first").str.contains(rf"^\s*{BULLET_MARK}\s")
            & (~starts_with_person(pl.col("first").str.strip_chars()) | pl.col("in_bracket"))
        )
        .select("document_id", "covered", line_no="start", rest="rest")
        .pipe(collected)
    )
    # a run or list line on a line the run above runs on through is read with that run (once)
    covered = rest.select("document_id", line_no="covered").explode("line_no").unique()
    joined = (
        runs.join(covered, on=["document_id", "line_no"], how="anti", maintain_order="left")
        .join(rest.drop("covered"), on=["document_id", "line_no"], how="left", maintain_order="left")
        .with_columns(
            text=pl.when(pl.col("rest").is_not_null())
            .then(pl.concat_str("text", pl.lit(" "), "rest"))
            .otherwise("text")
        )
        .drop("rest")
    )
    return joined, covered
