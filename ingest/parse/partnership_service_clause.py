"""A body named by what it does for the council, in a clause right after its name: "Fenby Homes of Marsh, which
manages the council's housing stock", "Culture Wyvern, which runs our museums", "Marsh Leisure and Culture Upton,
which run our leisure centres on our behalf", "Wyvern Digital Solutions provides its ICT jointly with Marsh District
Council". The body is a partner: the council's service is run by it (a plan, a programme, a fund, a team or a
committee "which provides" is none; "who" opens a person's clause, not a body's). A name of two or more capitalised
words (joined by "of", "and", "for" or "&"); after a plural verb ("which run") it is a list, and a body closing with a company word
before "and" ("Marsh Leisure and Culture Upton") is two bodies, each quoted by itself."""

from __future__ import annotations

import polars as pl

from ingest.parse.partnership_appositive import with_next_head
from ingest.parse.partnership_patterns import ACRONYM, JOIN, OPENING, VOCABULARY, WORD
from ingest.parse.vocabulary import alternation

_DOES = r"(?:manages?|runs?|operates?|delivers?|provides?)"
# the council's service: its possessive, "our", or a service done on the council's behalf
_COUNCILS = r"(?:(?:the\s+)?(?i:council|borough|county|city|district)['’]s|our)"
_FOR_COUNCIL = rf"(?:{_COUNCILS}\s+[a-z]|on\s+(?:our|its|the\s+council['’]s)\s+behalf)"
_CLAUSE = rf",?\s+which\s+(?:now\s+|also\s+)?{_DOES}\s+(?:[^.;]{{0,80}}?\s)?{_FOR_COUNCIL}"
# ... or the body as the subject of a service it runs for or with the council ("provides its ICT jointly with")
_SUBJECT = (
    rf"\s+{_DOES}\s+(?:its|our|the\s+council['’]s)\s+(?:(?:[a-z-]+|[A-Z]{{2,5}})\s+){{0,3}}?"
    r"(?:jointly\s+with|on\s+(?:its|our)\s+behalf)(?-u:\b)"
)
SERVICE_CLAUSE = rf"((?:{WORD}{JOIN})+?{WORD}){ACRONYM}(?:{_CLAUSE}|{_SUBJECT})"
SERVICE_CLAUSE_FILTER = rf"which\s+(?:now\s+|also\s+)?{_DOES}\s|[a-z]\s+{_DOES}\s+(?:its|our|the)\s"
# what a council has or writes, not a body that runs its service ("the Fenby Plan, which provides the council's ...")
_NO_BODY = (
    r"\s(?:Plan|Strategy|Programme|Framework|Policy|Act|Review|Report|Fund|Scheme|Project|Budget|Team|Directorate"
    r"|Department|Committee|Cabinet|Panel|Portfolio|Centre|Hub|Model|System|Code|Charter|Agreement|Contract)s?$"
)
# a plural verb: the name before it is a list of bodies
_PLURAL = r"\swhich\s+(?:now\s+|also\s+)?(?:manage|run|operate|deliver|provide)\s"


def service_clause_lines(lines: pl.LazyFrame) -> pl.LazyFrame:
    """The lines that may hold a service clause, each with the head of the next line after it (the clause may run
    on to it: "Culture Wyvern, which runs leisure and" / "cultural services on our behalf")."""
    candidates = lines.filter(
        pl.col("plain").str.contains(r"[A-Z]\S*\s") & pl.col("plain").str.contains(r"which|\s[a-z]+s\s")
    )
    return with_next_head(candidates, lines).filter(pl.col("plain").str.contains(SERVICE_CLAUSE_FILTER))


def service_clause_mentions(found: pl.LazyFrame) -> pl.LazyFrame:
    """The names found by `SERVICE_CLAUSE`, quoted without the clause; a list before a plural verb taken apart after
    each body closing with a company word."""
    company = alternation(VOCABULARY, "company")
    return (
        found.with_columns(
            _plural=pl.col("found").str.contains(_PLURAL),
            found=pl.col("name").str.replace(rf"^{OPENING}\s+", ""),
        )
        .with_columns(
            found=pl.when("_plural")
            .then(
                pl.col("found")
                .str.replace_all(rf"(?-u:\b)({company})\s+and\s+", "${1}\x00")
                .str.split("\x00")
            )
            .otherwise(pl.concat_list("found"))
        )
        .explode("found")
        .with_columns(name=pl.col("found"), source=pl.lit("service_clause"))
        .drop("_plural")
        .filter(~pl.col("name").str.contains(_NO_BODY))
        .filter(pl.col("line").str.contains(pl.col("found"), literal=True))
    )
