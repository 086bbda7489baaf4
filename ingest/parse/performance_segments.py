"""The segment a prose count belongs to: the name a paragraph opens with before a colon (or a bullet or numbered
paragraph in bold before a colon, a dash or a stop), else what is counted:
the qualified noun in the sentence ("key projects" -> `Key projects`, "actions in the delivery plan" -> `Delivery plan actions`), else the last one named
earlier in the paragraph (unless the sentence names another), else the bare noun's default name, else (a sentence
naming no noun) the noun of a heading just above it. Nouns, containers, default names and the words that
never start a name are data: `ingest/parse/vocabularies/performance.csv`."""

from __future__ import annotations

import polars as pl

from ingest.parse.performance_words import NUMBER_WORDS
from ingest.parse.vocabulary import alternation, labels, terms

VOCABULARY = "performance"
HEADING_LINES = 3  # how far above a sentence with no counted noun the heading naming one may be
HEADING_CHARS = 100  # how long a heading line may be
# a paragraph opening with a name and a colon ("Thriving Towns and Villages: 6 measures were green, ...") counts
# that name: up to twelve words, no figures, no sentence stop, and printed as a title (not "Position at the
# end of June:"): no lower-case word but the linking ones
LEAD_IN = r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?([A-Z][^\s:.;!?\d]*(?:\s+[^\s:.;!?\d]+){0,11}):\s"
# a bullet or a numbered paragraph opening with a name in bold, then a colon, a spaced dash or a stop ("- **Open
# spaces** – 4 green, 1 red", "* **Housing:** 3 green", "3.2 **Safer Streets.** Of the 9 measures, ..."), counts
# that name: the emphasis marks it a name, so it need not be printed as a title
BOLD_LEAD = (
    r"^\s*(?:[-•*·▪]\s+|\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:\*\*|__)([A-Z][^*_:.;!?\d]*?)"
    r"(?:[:.](?:\*\*|__)\s|(?:\*\*|__)\s*[:–—-]\s|(?:\*\*|__)\.(?:\s|$))"
)
# a bullet opening with a name and a colon ("- Safer and stronger communities: 4 green, 1 red") counts that name
# however it is capitalised (the list marks it a label), unless it names only a period or what is counted ("- This
# quarter:", "- Direction of travel:": the `count_line_label` words)
BULLET_LEAD = r"^\s*[-•*·▪]\s+([A-Z][^\s:.;!?\d]*(?:\s+[^\s:.;!?\d]+){0,11}):\s"
BOLD_CUE = r"\*\*|__"  # the cheap check before the pattern: a line with no emphasis has no bold lead
LINKING = "a an the and or of in on at to for by with from into our its their across through within".split()


def _title_case(name: pl.Expr) -> pl.Expr:
    """Whether a name is printed as a title: each word capitalised but the linking ones."""
    words = name.str.replace_all(r"[^\w\s'’-]", " ").str.strip_chars().str.split(" ")
    lower = pl.element().str.contains(r"^[a-z]") & ~pl.element().is_in(LINKING)
    return ~words.list.eval(lower).list.any()


def _unless_generic(lead: pl.Expr) -> pl.Expr:
    """A lead-in, unless it opens with words naming only a period or what is counted (`count_line_label`)."""
    generic = lead.str.to_lowercase().str.contains(f"^(?:{alternation(VOCABULARY, 'count_line_label')})")
    return pl.when(~generic).then(lead)


def _under_headings(named: pl.LazyFrame, defaults: dict[str, str]) -> pl.LazyFrame:
    """Each sentence with the counted noun of a heading line up to HEADING_LINES above it ("Summary of ratings for
    the 12 measures" over "Green 6  Amber 4  Red 2"): a line of one short sentence with no closing stop, its qualified noun or
    the default name of its bare one."""
    # a heading is a line of one sentence (its numbering aside); its sentence is read, not its line (the sentences share the lines' text,
    # and reading a line once per sentence on it costs a line's length times its sentences)
    text = pl.col("sentence").str.strip_chars()
    name = pl.coalesce("qualified", pl.col("bare").replace_strict(defaults, default=None))
    headings = (
        named.filter(~text.str.contains(r"^(?:\d{1,2}|[a-zA-Z])(?:\.\d{1,2})*\.?$"))  # "2." of "2. Projects"
        .filter(pl.len().over("document_id", "line_no") == 1)
        .filter((text.str.len_chars() <= HEADING_CHARS) & ~text.str.contains(r"[.!?;,]$"))
        .select("document_id", "line_no", here=name)
        .drop_nulls("here")
    )
    at = pl.when(pl.col("here").is_not_null()).then(pl.col("line_no"))
    # worked out once a line (not once a sentence), then joined to the sentences
    per_line = (
        named.select("document_id", "line_no")
        .unique()
        .join(headings, on=["document_id", "line_no"], how="left")
        .sort("document_id", "line_no")
        .with_columns(
            heading=pl.col("here").forward_fill().over("document_id"),
            heading_at=at.forward_fill().over("document_id"),
        )
        .select(
            "document_id",
            "line_no",
            heading=pl.when((pl.col("line_no") - pl.col("heading_at")).is_between(1, HEADING_LINES)).then(
                "heading"
            ),
        )
    )
    return named.join(per_line, on=["document_id", "line_no"], how="left", maintain_order="left")


def segment_names(sentences: pl.LazyFrame) -> pl.LazyFrame:
    """Each sentence's segment: its most qualified counted noun, carried on through the paragraph."""
    heads = alternation(VOCABULARY, "head")
    container = rf"(?:in|within)\s+(?:the|our|its)\s+(?:[\w'-]+\s+){{0,3}}?{alternation(VOCABULARY, 'container')}(?-u:\b)"
    postmodifier = rf"(?:\s+(?:{alternation(VOCABULARY, 'postmodifier')}|{container}))?"
    # a noun paired with another by a slash ("projects/activities") is counted as the pair
    paired = r"(?:/[A-Za-z][\w-]*)?"
    noun = rf"(?i)(?:[\w'‘’\"-]+\s+){{0,4}}(?-u:\b){heads}(?-u:\b){paired}{postmodifier}"
    parts = rf"(?i)^(.*?)(?-u:\b)({heads}(?-u:\b){paired})(.*)$"
    stop = [*terms(VOCABULARY, "stop"), *NUMBER_WORDS]
    word = pl.element().str.to_lowercase().str.replace_all(r"[‘’'\"]", "")
    keep = (~(word.is_in(stop) | pl.element().str.contains(r"^\d|['’]s$"))).cast(pl.Int8)
    nouns = (
        sentences.select("document_id", "line_no", "sent_no", found=pl.col("sentence").str.extract_all(noun))
        .explode("found")
        .drop_nulls("found")
        .with_columns(parts=pl.col("found").str.extract_groups(parts))
        .with_columns(
            before=pl.col("parts")
            .struct.field("1")
            .str.strip_chars()
            .str.split(" ")
            .list.eval(pl.element().filter(keep.reverse().cum_min().reverse() == 1))
            .list.join(" "),
            head=pl.col("parts").struct.field("2"),
            after=pl.col("parts").struct.field("3").str.strip_chars(),
        )
        .with_columns(  # "actions in the delivery plan" -> "delivery plan actions"
            before=pl.concat_str(
                pl.col("after").str.extract(r"(?i)^(?:in|within)\s+(?:the|our|its)\s+(.+)$", 1),
                "before",
                separator=" ",
            ).fill_null(pl.col("before")),
            after=pl.col("after").str.replace(r"(?i)^(?:in|within)\s.*$", ""),
        )
        .with_columns(
            name=pl.concat_str("before", "head", "after", separator=" ")
            .str.replace_all(r"[‘’'\"]", "")
            .str.replace_all(r"\s+", " ")
            .str.strip_chars(),
            qualified=(pl.col("before") != "") | (pl.col("after") != "") | pl.col("head").str.contains("/"),
        )
    )
    best = (
        nouns.with_columns(size=pl.col("name").str.count_matches(" ") + pl.col("qualified").cast(pl.Int32))
        .sort("size", descending=True, maintain_order=True)
        .group_by("document_id", "line_no", "sent_no")
        .agg(
            qualified=pl.col("name").filter(pl.col("qualified")).first(),
            qualified_head=pl.col("head").filter(pl.col("qualified")).first().str.to_lowercase(),
            bare=pl.col("head").str.to_lowercase().first(),
        )
    )
    defaults = {k.lower(): v for k, v in labels(VOCABULARY, "default").items()}
    holders = [t.lower() for t in terms(VOCABULARY, "container")]
    named = sentences.join(best, on=["document_id", "line_no", "sent_no"], how="left", maintain_order="left")
    return (
        _under_headings(named, defaults)
        .sort("document_id", "line_no", "sent_no", maintain_order=True)
        .with_columns(
            lead=pl.col("sentence").first().str.extract(LEAD_IN, 1).over("document_id", "line_no"),
            bold=pl.col("sentence").first().over("document_id", "line_no"),
        )
        .with_columns(
            lead=pl.coalesce(
                pl.when(pl.col("bold").str.contains(BOLD_CUE)).then(pl.col("bold").str.extract(BOLD_LEAD, 1)),
                pl.when(_title_case(pl.col("lead"))).then("lead"),
                pl.col("bold").str.extract(BULLET_LEAD, 1).pipe(_unless_generic),
            )
        )
        .with_columns(
            carried=pl.col("qualified").forward_fill().over("document_id", "line_no"),
            carried_head=pl.col("qualified_head").forward_fill().over("document_id", "line_no"),
        )
        # a sentence that names another noun ("Of the 30 indicators" after "the 20 key projects") is not the
        # qualified noun's segment, unless that noun holds others ("the balanced scorecard ... indicators")
        .with_columns(
            carried=pl.when(
                pl.col("bare").is_null()
                | (pl.col("bare") == pl.col("carried_head"))
                | pl.col("carried_head").is_in(holders)
            ).then("carried")
        )
        .with_columns(
            segment=pl.coalesce(
                "lead",
                "carried",
                pl.col("bare").replace_strict(defaults, default=None),
                "heading",
                pl.lit(defaults["indicators"]),
            ),
            # no noun in the sentence, its paragraph or a heading above: the segment is only the fallback name
            unnamed=pl.coalesce("lead", "carried", "bare", "heading").is_null(),
        )
        .with_columns(
            segment=pl.col("segment").str.slice(0, 1).str.to_uppercase() + pl.col("segment").str.slice(1)
        )
        .rename({"carried": "counted_noun"})
        .drop("qualified", "qualified_head", "carried_head", "bare", "heading", "lead", "bold")
    )
