"""A body the report describes in an apposition after its name: "Fenby Care Services, the council's wholly owned
care company", "Marsh Together, the local health and care partnership", "Wyvern Works Ltd, a company owned with
Upton". The description may run on to the next line ("..., the" / "council-owned company"), so each line is read
with the head of the next one after it; the name itself must be on the line."""

from __future__ import annotations

import polars as pl

from ingest.parse.partnership_patterns import ACRONYM, JOIN, OPENING, WORD

# what a body is called after its name: a company or a partnership (not a team, a programme or a person's post)
PARTNER_KIND = (
    r"(?:company|companies|subsidiary|trust|charity|body|provider|operator|contractor|partner|organisation|landlord"
    r"|association)"
)
# ("business improvement district"; "Wessex Together, the region-wide collaboration of its councils")
PARTNERSHIP_KIND = r"(?:partnership|board|alliance|collaborative|collaboration|improvement\s+district)"
# ... after "the", "a" or a possessive, over up to five lower-case words or acronyms ("the IT company")
_DESCRIPTION = (
    r",\s+(?:the|its|their|our|a|an)\s+(?:(?i:council|borough|county|city|district|area|region|town)['’]s\s+)?"
    rf"(?:(?:[a-z][a-z'’-]*|[A-Z]{{2,}})\s+){{0,6}}?(?:{PARTNER_KIND}|{PARTNERSHIP_KIND})(?-u:\b)"
)
# two or more capitalised words ("Marsh Homes", "Upton Stoke-on-Trent"), perhaps with its short form in brackets
# ("Fenby Care Company (Fencare), the council's ... company")
APPOSITIVE = rf"((?:{WORD}{JOIN})+?{WORD}){ACRONYM}{_DESCRIPTION}"
APPOSITIVE_FILTER = r",\s*(?:(?:the|its|their|our|a|an)\s*)?$|,\s+(?:the|its|their|our|a|an)\s"
# ... or of one word, in the middle of a sentence (after a lower-case word, perhaps at the end of the line above), that
# the council's contractor or company ("a campaign with Brightway, the council's waste contractor")
_ONE_KIND = r"(?:contractor|provider|operator|company|subsidiary|partner)"
APPOSITIVE_ONE = (
    rf"(?-u:\b)[a-z][a-z'’-]*\s+({WORD}),\s+(?:the\s+(?:council|borough|county|city|district|town)['’]s|its|our|their)"
    rf"\s+(?:[a-z][a-z'’-]*\s+){{0,3}}?{_ONE_KIND}(?-u:\b)()"
)
# ... or before it, after a possessive: "Wyvern's contractor Fenby Roads", "the council's company Marsh First", "our
# leisure company, Fenby Active,"
KIND_BEFORE = r"(?:company|subsidiary|contractor|provider|operator|partner|charity)"
_DESCRIBED_BEFORE = rf"(?:['’]s|(?-u:\b)its|(?-u:\b)their|(?-u:\b)[Oo]ur|council-owned|wholly[- ]owned)\s+(?:[a-z-]+\s+){{0,3}}?{KIND_BEFORE},?\s+"
NAMED_AFTER_KIND = rf"{_DESCRIBED_BEFORE}({WORD}(?:(?:\s+(?:of|for|&)\s+|\s+){WORD})*)(?-u:\b)()"
NAMED_AFTER_KIND_FILTER = rf"{KIND_BEFORE},?\s+[A-Z]"
# ... or between commas after the kind with an article: "run through a trust, Fenby Leisure, under contract", "The
# Business Improvement District, Marsh Central, said"
_ARTICLE_KIND = (
    r"(?-u:\b)(?i:a|an|the)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?i:trust|company|charity|contractor|provider|operator|subsidiary|business\s+improvement\s+district),\s+"
)
APPOSED_AFTER_KIND = rf"{_ARTICLE_KIND}({WORD}(?:(?:\s+(?:of|for|&)\s+|\s+){WORD})*),()"
APPOSED_AFTER_KIND_FILTER = (
    r"(?i)(?:trust|company|charity|contractor|provider|operator|subsidiary|district),\s+[A-Z]"
)
# a sentence's opening preposition or adverb is not part of the name ("Through Marsh Place, the ...")
_OPENING = rf"^{OPENING}\s+"


def appositive_lines(lines: pl.LazyFrame) -> pl.LazyFrame:
    """The lines that may hold an apposition (a cheap test first), each with the head of the next line after it."""
    return with_next_head(lines.filter(pl.col("plain").str.contains(APPOSITIVE_FILTER)), lines)


def with_next_head(candidates: pl.LazyFrame, lines: pl.LazyFrame) -> pl.LazyFrame:
    """`candidates` (some of `lines`), each line's text with the head of the next of `lines` after it: a description
    may run on to the next line."""
    following = lines.select(
        "document_id", pl.col("line_no") - 1, _next=pl.col("plain").str.strip_chars().str.slice(0, 120)
    )
    return (
        candidates.join(following, on=["document_id", "line_no"], how="left", maintain_order="left")
        .with_columns(plain=pl.concat_str(pl.col("plain"), pl.col("_next").fill_null(""), separator=" "))
        .drop("_next")
    )


def one_word_lines(lines: pl.LazyFrame) -> pl.LazyFrame:
    """`appositive_lines`, each after the last word of the line above (the lower-case word a name opening its line
    may follow)."""
    return appositive_lines(lines).with_columns(
        plain=pl.concat_str(
            pl.col("prev_tail").str.extract(r"(\S+)$", 1).fill_null(""), pl.col("plain"), separator=" "
        )
    )


def appositive_mentions(found: pl.LazyFrame) -> pl.LazyFrame:
    """The names found by `APPOSITIVE`, each quoted without its description and only where it is on its own
    line; a company is a partner, a partnership or board a partnership."""
    partnership = pl.col("found").str.contains(rf"{PARTNERSHIP_KIND}$")
    return found.with_columns(
        source=pl.when(partnership).then(pl.lit("appositive_partnership")).otherwise(pl.lit("appositive")),
        # (a one-word name's match opens with the lower-case word before it)
        found=pl.col("found")
        .str.replace(r",\s[\s\S]*$", "")
        .str.replace(_OPENING, "")
        .str.replace(r"^[a-z][a-z'’-]*\s+(\S+)$", "${1}"),
        name=pl.col("name").str.replace(_OPENING, ""),
    ).filter(pl.col("line").str.contains(pl.col("found"), literal=True))


def kind_lines(lines: pl.LazyFrame, cue: str) -> pl.LazyFrame:
    """The lines holding `cue` (a cheap test first), each after the end of the line above: the words that describe
    a body may open on it ("... praised our leisure" / "company, Fenby Active, and ...")."""
    return lines.filter(pl.col("plain").str.contains(cue)).with_columns(
        plain=pl.concat_str(pl.col("prev_tail"), pl.col("plain"), separator=" ")
    )


def named_after_kind(found: pl.LazyFrame) -> pl.LazyFrame:
    """The names found by `NAMED_AFTER_KIND` or `APPOSED_AFTER_KIND`, quoted without the words before them (nor the
    comma after), found on their own line: partners, of one word too, but not a possessive ("its partner Fenby
    Trust's chair")."""
    return found.with_columns(
        found=pl.col("found")
        .str.replace(_DESCRIBED_BEFORE, "")
        .str.replace(_ARTICLE_KIND, "")
        .str.strip_suffix(","),
        source=pl.lit("kind_before"),
    ).filter(
        ~pl.col("name").str.contains(r"['’]s?$") & pl.col("line").str.contains(pl.col("found"), literal=True)
    )
