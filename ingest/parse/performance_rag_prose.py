"""Objectives named in prose with their status ("The two 'red' indicators were: X; Y.", "The red measure under
Housing is X."), as RAG rows for the period the paragraph gives ("to the end of June"), else the last one an
earlier line names ("the position at the end of quarter 2 is:"); kept only when the named objectives are as many
as the count printed before them (one for "the red measure ... is" and "the red corporate indicator related to"),
or all the bullets below a line naming none ("The following indicators were reported as Red in quarter 3:", whose
bullets lose a comment after a dash). A list is parted at its commas and every "and", else at its
commas and its last "and" ("three of the amber indicators relating to A, B and C" where B holds an "and"). A
sentence whose subject is one measure said to report at a status ("Bins emptied on time is reporting as Green*.",
"Capital slippage was shown as red and ...") is its RAG row, for the period that sentence names, else the last one
named above ("the period 1 October 2030 - 31 December 2030")."""

from __future__ import annotations

import polars as pl

from ingest.parse.dates import FISCAL_YEAR, VISIT
from ingest.parse.performance_prose import prose_sentences
from ingest.parse.performance_words import NUMBER, to_number
from ingest.parse.vocabulary import alternation, terms

MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
YEAR = r"\d{4}(?:\s*[/\-–—]\s*\d{2,4})?"
PERIOD = (
    rf"(?i)\b((?:to|at|as at) the end of {MONTH}(?:\s+\d{{4}})?|as at \d{{1,2}}(?:st|nd|rd|th)? {MONTH}(?:\s+\d{{4}})?"
    rf"|(?:quarter|q)\s*[1-4](?:\s+(?:of\s+)?{YEAR})?|{FISCAL_YEAR},?\s+(?:quarter|q)\s*[1-4]\b)"
)
# ... or the days of "the period 1 October 2030 – 31 December 2030", as printed without its lead-in
DAYS = rf"(?i)\bthe\s+period\s+(?:from\s+)?({VISIT})"
# "2022/23, Quarter 2" written quarter first, as the other periods are ("Quarter 2 2022/23")
YEAR_FIRST = rf"(?i)^{FISCAL_YEAR},?\s+((?:quarter|q)\s*[1-4])$"  # FISCAL_YEAR is group 1
QUOTE = r"['‘’\"]?"
BULLET = r"^\s*[-•*·▪–]\s+(.+)$"
BULLET_END = r"\s*[;,.]?\s*(?:and|or)?\s*$"
IN_BRACKETS = r"\s*\(([^()]+)\)\s*$"
SEPARATED = r",\s+(?:and\s+)?|\s+and\s+"  # "X, Y and Z" (not the comma of "100,000")
LAST_AND = r"^(.*\S)\s+and\s+"  # the last "and" of a list
BUT = r"\s+but\s.*$"  # "X but was not a cause for concern"
DASHED = r"^(.*?)\s+[–—-]\s+"  # "Sickness rates – a matter for each department"
# ... a comment clause after the dash: opened by an article or pronoun, or holding a verb ("– capital was being
# invested"), not a noun phrase naming the measure ("Housing – average days to re-let")
COMMENT = (
    r"(?i)^(?:a|an|the|this|these|it|its|they|there|due|which)\b"
    r"|\b(?:is|are|was|were|has|have|had|been|being|should|would|will|remained|remains)\b"
)
# a sentence whose subject is the measure, said to report at a status ("Bins emptied on time is reporting as Green*"),
# not a pronoun or an overall position ("This indicator is reported as green", "Overall performance is showing as red")
NOT_A_MEASURE = r"(?i)^(?:this|that|these|those|it|its|each|every|all|which|overall|the\s+overall)\b"
CODE = r"^[A-Za-z]{1,6}[\s-]*\d[\w.]*(?:\([a-z0-9]{1,3}\))?$"  # "HS4", "CP 15", "PI-07", "KPI 12(a)"


def _lines(sentences: pl.LazyFrame) -> pl.LazyFrame:
    """The lines of the prose sentences, one row each, in order."""
    return (
        sentences.select("document_id", "line_no", "line")
        .unique(["document_id", "line_no"])
        .sort("document_id", "line_no")
    )


def _bullets(lines: pl.LazyFrame) -> pl.LazyFrame:
    """Each line followed by bullet lines with the bullets' text (their closing "; and", "." cut)."""
    return (
        lines.with_columns(is_bullet=pl.col("line").str.contains(BULLET))
        .with_columns(above=pl.when(~pl.col("is_bullet")).then("line_no").forward_fill().over("document_id"))
        .filter(pl.col("is_bullet"))
        .group_by("document_id", "above")
        .agg(bullets=pl.col("line").sort_by("line_no").str.extract(BULLET, 1).str.replace(BULLET_END, ""))
        .rename({"above": "line_no"})
    )


def _named(bullet: pl.Expr) -> pl.Expr:
    """A bullet's name before a spaced dash, the comment clause after it dropped, unless that name is a code ("HS4 –
    Average days to relet" is one objective) or what follows names the measure ("Housing – average days to re-let")."""
    name = bullet.str.extract(DASHED, 1)
    comment = bullet.str.replace(DASHED, "").str.contains(COMMENT)
    return pl.when(name.is_not_null() & ~name.str.contains(CODE) & comment).then(name).otherwise(bullet)


def _period(text: pl.Expr) -> pl.Expr:
    """The first period a text names: a quarter or month end, else the days of "the period ..."."""
    return pl.coalesce(text.str.extract(PERIOD, 1), text.str.extract(DAYS, 1))


def _earlier_periods(lines: pl.LazyFrame) -> pl.LazyFrame:
    """Each line with the last period named on a line above it in its document."""
    return lines.select(
        "document_id",
        "line_no",
        earlier=_period(
            pl.col("line")
            .str.extract_all(f"{PERIOD}|{DAYS}")
            .list.last()
            .shift(1)
            .forward_fill()
            .over("document_id")
        ),
    )


def prose_rag(docs: pl.LazyFrame) -> pl.LazyFrame:
    """RAG rows from a counted list of objectives with one status.

    Args:
        docs: frame with `ingest.raw.schemas.DOCUMENT_TEXT` columns.

    Returns:
        Frame with the `PERFORMANCE_RAG` columns (not yet cast).
    """
    qualifier = alternation("performance", "head_qualifier")
    heads = "(?:" + "|".join(f"{t.removesuffix('s')}s?" for t in terms("performance", "head")) + ")"
    following = (
        "(?:" + "|".join(f"{t.removesuffix('s')}s?" for t in terms("performance", "following_head")) + ")"
    )
    status = rf"{QUOTE}(green|amber|red){QUOTE}"
    listed = (  # "the two 'red' indicators were", "three of the amber corporate indicators relating to", ...
        rf"(?i)\b(?:({NUMBER})(?:\s+of\s+the)?|the)\s+(?:{status}\s+(?:rated\s+)?(?:{qualifier}\s+)?({heads})"
        rf"|({heads})\s+(?:(?:that|which)\s+(?:are|were)\s+)?(?:rated|at)\s+{status}(?:\s+status)?)"
        rf"(?:\s+(?:under|in|for|within)\s+(?:the\s+)?([A-Z][^,;:]{{0,60}}?))?"
        rf"(?:\s+this\s+(?:quarter|month|year))?\s+(relat(?:ed|ing)(?:\s+to)?|were|are|is|was|included|include|being)"
        rf"\s*:?\s*(.*?)\.?$"
        # "the following indicators were reported as Red in quarter 3:", the bullets below it all of them
        rf"|\bthe\s+following\s+({heads}|{following})\s+(?:(?:are|were|ha(?:d|ve)\s+been)\s+)?(?:reported|rated|recorded|shown)"
        rf"\s+(?:as\s+)?{status}[^:]*:\s*$"
        # "Bins emptied on time is reporting as Green*.": the sentence's subject, one measure, at that status; also
        # in a minute's past tense, a comment joined after it by "and" and a verb ("Capital slippage was shown as red
        # and was mainly due to ...": not "The budget is reported as red because of ...", a cause, no measure)
        rf"|^\s*(?:[-•*·▪–]\s+)?((?-i:[A-Z])[^.;:!?]*?)\s+(?:is|was)\s+(?:currently\s+)?(?:reporting|reported|showing|shown)\s+as"
        rf"\s+{status}\**\s*(?:\.?\s*$|,?\s*and\s+(?:was|were|is|are|has|had|there)\s[^;:]*$)"
    )
    part = pl.col("parts").struct.field
    head = pl.coalesce(part("3"), part("4"), part("9")).str.to_lowercase()
    verb = part("7").str.to_lowercase()
    rest = part("8").str.replace(BUT, "")
    first = rest.str.split(";").list.first()
    # "X, Y and Z" with an "and" inside a name ("community and voluntary groups"): commas and the last "and" only
    last_and = first.str.replace(LAST_AND, "${1};").str.replace_all(r",\s+|,?;", ";").str.split(";")
    first = first.str.replace_all(SEPARATED, ";").str.split(";")
    sentences = prose_sentences(docs)
    lines = _lines(sentences)
    rows = (
        sentences.filter(pl.col("sentence").str.contains(listed))
        .with_columns(parts=pl.col("sentence").str.extract_groups(listed))
        .filter(~part("11").str.strip_chars().str.contains(NOT_A_MEASURE).fill_null(False))
        .with_columns(
            # no count: one objective, where the verb is singular
            # or "the red indicator related to X"
            count=pl.coalesce(
                to_number(part("1")),
                pl.when(
                    verb.is_in(["is", "was"])
                    | (verb.str.starts_with("relat") & ~head.str.ends_with("s"))
                    | part("11").is_not_null()
                ).then(1),
            ),
            raw_status=pl.coalesce(part("2"), part("5"), part("10"), part("12")),
            segment=pl.coalesce(part("6").str.strip_chars(), "segment"),
            # a measure said to report at a status: the period its own sentence names, not a figure's later in the line
            period=_period(pl.when(part("11").is_null()).then(pl.col("line")).otherwise(pl.col("sentence"))),
        )
        .join(_bullets(lines), on=["document_id", "line_no"], how="left", maintain_order="left")
        # the objectives: the bullets below a sentence ending in a colon, else the ones the first clause lists
        # ("X and Y; both are ..."), else the ones semicolons part
        .with_columns(
            objective=pl.when(part("11").is_not_null())
            .then(pl.concat_list(part("11")))
            .when((part("8") == "") | part("10").is_not_null())
            .then(pl.col("bullets").list.eval(_named(pl.element())))
            .when(first.list.len() == pl.col("count"))
            .then(first)
            .when(last_and.list.len() == pl.col("count"))
            .then(last_and)
            .otherwise(rest.str.split(";"))
        )
        .with_columns(
            count=pl.coalesce("count", pl.when(part("10").is_not_null()).then(pl.col("objective").list.len()))
        )
        .join(_earlier_periods(lines), on=["document_id", "line_no"], how="left", maintain_order="left")
        .with_columns(
            status=pl.col("raw_status").str.slice(0, 1).str.to_uppercase(),
            period=pl.coalesce("period", "earlier").str.replace(YEAR_FIRST, "${2} ${1}"),
        )
        .filter(pl.col("objective").list.len() == pl.col("count"), pl.col("period").is_not_null())
        .explode("objective")
        .with_columns(objective=pl.col("objective").str.strip_chars().str.replace(r"^and\s+", ""))
        # "X (Housing)": the segment in brackets after the objective
        .with_columns(
            segment=pl.coalesce(pl.col("objective").str.extract(IN_BRACKETS, 1), "segment"),
            objective=pl.col("objective").str.replace(IN_BRACKETS, ""),
        )
    )
    return rows.with_columns(
        period_order=pl.lit(1),
        is_repaired=pl.lit(False),
        quote=pl.col("sentence").str.strip_chars(),
    )
