"""Document-level facts: doc type, council, visit or reporting period, report date, engagement."""

from __future__ import annotations

import polars as pl

from ingest.parse.councils import parse_councils, title_zone
from ingest.parse.dates import LONG_DATE, MONTHS, ORD, WEEKDAY, make_date, visit_period
from ingest.parse.doc_types import PEER_KINDS, classify_doc_type, cue_patterns
from ingest.parse.meeting_dates import document_date
from ingest.parse.report_periods import reporting_period
from ingest.parse.spelled_counts import SPELLED_COUNT, spelled_value

DOCUMENT_FIELDS = {
    "document_id": pl.String,
    "source_file": pl.String,
    "title": pl.String,
    "doc_type": pl.String,
    "council": pl.String,
    "council_gss_code": pl.String,
    "council_source": pl.String,
    "period_start": pl.Date,
    "period_end": pl.Date,
    "document_date": pl.Date,
    "previous_challenge": pl.String,
    "people": pl.Int32,
    "meetings": pl.Int32,
    "hours": pl.Int32,
    "weeks_equivalent": pl.Int32,
}
# Council-name patterns other parsers use to recognise councils named in passing (partnerships).
COUNCIL_STRICT = (
    r"(?:(?:London|Royal) Borough of [A-Z][\w'’-]*(?: (?:and|upon|on|[A-Z][\w'’-]*))*"
    r"|[A-Z][\w'’-]*(?: (?:and|upon|on|[A-Z][\w'’-]*))*? (?:Metropolitan Borough|Metropolitan District|County Borough|"
    r"County|City|District|Borough) Council)"
)
TITLE_WORDS = r"^(?:(?:LGA|Local Government Association|Corporate|Finance|Financial|Peer|Challenge|Review|Progress|Feedback|Report|Performance|Follow[- ]up|Visit|The|Draft|Final)\s+)+"
QUALIFIER = (
    r"(?:more\s+than|over|well\s+over|just\s+over|around|approximately|roughly|some|about|nearly|almost|"
    r"in\s+excess\s+of|upwards?\s+of|in\s+the\s+region\s+of|close\s+to|at\s+least)"
)
PEOPLE_NOUNS = (
    r"(?:people|colleagues|partners|councillors|stakeholders|staff|officers|members|residents|individuals)"
)
# A count as printed: "140", "1,150", "200+", "130-plus", after an optional qualifier; white space may be a line
# break (a PDF's text is wrapped).
COUNT = rf"(?:{QUALIFIER}\s*)?([0-9][0-9,]*)(?:\+|-plus(?-u:\b))?"
# What the team's meetings are called: "40 meetings", "14 sessions", "28 interviews and workshops".
MEETINGS = r"(?:meetings|sessions|interviews|workshops)"
# A count spelled out ("the peers held nine sessions", "spoke to over one hundred and thirty people").
WORD_COUNT = rf"(?:{QUALIFIER}\s*)?((?-u:\b){SPELLED_COUNT})"
# One character of a sentence: a line break only where the sentence goes on (not a blank line or a bullet; an
# aside set off by a dash that a wrapped line opens, "... 90 people\n- staff and partners - and spent ...", goes on).
SENTENCE_CHAR = r"(?:[^.!?;\n]|\n[ \t]*[^\s.!?;•*\-–]|\n[ \t]*[-–][ \t]+(?-i:\p{Ll}))"
# Words that put a sentence on the peer team and its visit.
PEER_CONTEXT = r"(?:(?-u:\b)peers?(?-u:\b)|(?-u:\b)team(?-u:\b)|(?-u:\b)reviewers(?-u:\b)|(?-u:\b)visit|(?-u:\b)on[- ]?site(?-u:\b))"
# A text about a Welsh Panel Performance Assessment, whose peer team is "the panel" (elsewhere a panel is the
# council's own: a scrutiny panel's meetings are no engagement).
PANEL_ASSESSMENT = r"(?i)panel performance assessment"
# The team's talking to people: "spoke to more than 140 people", "met around 170 people", "had conversations
# with more than 250 people", "spoke with 200+ people", "met and listened to over 90 people" ...
SPOKE_TO = (
    r"(?i)(?-u:\b)(?:(?:spoke|speaking|spoken|talked|talking|met|meeting|conversations|discussions)\s+(?:to|with)|met"
    r"(?:\s+and\s+(?:listened|spoke|talked)\s+(?:to|with))?)\s+"
)
PEOPLE = rf"{SPOKE_TO}{COUNT}\s*(?:[a-z-]+\s+){{0,2}}?{PEOPLE_NOUNS}(?-u:\b)"
# ... the count spelled out ("spoke to more than one hundred and thirty people")
PEOPLE_SPELLED = rf"{SPOKE_TO}{WORD_COUNT}\s+(?:[a-z-]+\s+){{0,2}}?{PEOPLE_NOUNS}(?-u:\b)"
# ... "Over 150 people were spoken to", "more than 90 staff were interviewed" ...
PEOPLE_PASSIVE = (
    rf"(?i){COUNT}\s*(?:[a-z-]+\s+){{0,2}}?{PEOPLE_NOUNS}\s+(?:were|was)\s+"
    r"(?:spoken|talked|met|interviewed|engaged|seen|heard)(?-u:\b)"
)
# ... or a count heading its people and what was done with them: "150+ people met", "95 staff interviewed"
# (a figure opening a line or a bullet: "Since 2019 members met" or a page's "... and 1,500 residents engaged" is
# none), ended by the clause ("3,000 people met the criteria" is no engagement).
PEOPLE_DONE = (
    rf"(?im)^[ \t]*(?:[-*•▪–][ \t]+)?[*_]{{0,2}}{COUNT}\s*(?:[a-z-]+\s+){{0,2}}?{PEOPLE_NOUNS}\s+"
    r"(?:met|spoken\s+(?:to|with)|interviewed|engaged)"
    r"[ \t]*(?:$|\n|[-–—,;:.(]|and\s|during\s|by\s|on\s+site|in\s+person)"
)
# ... or a list of the team's work in numbers, one count a bullet: an item that is only its people ("* over 130
# councillors, staff, partners and community groups": more kinds of people listed after them, of a word or two,
# no verb: "* 3,000 residents responded" is none), in the same list as an item of its hours or meetings ("* about
# 260 hours of peer time", "* 38 interviews and workshops"), before or after it.
BULLET = r"[ \t]*[-*•▪–][ \t]+"
MORE_KINDS = r"(?:(?:,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+)[a-z'’-]+(?:[ \t]+[a-z'’-]+)?)*"
PEOPLE_ITEM = (
    rf"{BULLET}[*_]{{0,2}}{COUNT}[*_]{{0,2}}\s*(?:[a-z-]+\s+){{0,2}}?{PEOPLE_NOUNS}(?-u:\b){MORE_KINDS}"
    r"[.;]?[ \t]*(?:\n|$)"
)
WORK_ITEM = rf"{BULLET}[*_]{{0,2}}(?:{QUALIFIER}\s*)?[0-9][0-9,]*\s+(?:[a-z-]+,?\s+){{0,2}}?(?:hours|{MEETINGS})(?-u:\b)[^\n]*"
PEOPLE_LISTED_FIRST = rf"(?im)^{PEOPLE_ITEM}(?:{BULLET}[^\n]*\n)*?{WORK_ITEM}"
PEOPLE_LISTED_AFTER = rf"(?im)^{WORK_ITEM}\n(?:{BULLET}[^\n]*\n)*?{PEOPLE_ITEM}"
# ... and words that could be the council's own (it "engaged with 3,000 people" on a consultation): only in a
# sentence about the peer team ("the peers interviewed 60 staff", "the team heard from over 80 partners", "on site
# they gathered evidence from over 90 people").
PEOPLE_WEAK = (
    # ... "the peers held nine sessions with around 35 councillors"
    rf"(?:interviewed|interviewing|engaged|engaging|heard|hearing|(?:evidence|views|information)\s+(?:from|of)"
    r"|(?:sessions|meetings|workshops)\s+with)"
    r"(?:\s+(?:to|with|from))?\s+"
    rf"{COUNT}\s*(?:[a-z-]+\s+){{0,2}}?{PEOPLE_NOUNS}(?-u:\b)"
)
# A sentence that goes on about the team of the sentence before it, as its pronoun subject ("It held ...", "They
# heard from ...").
GOES_ON = r"(?-i:It|They)\s+"
# A rate ("24 hours a day", "37 hours per week") is never the team's time.
RATE = r"(?i)(?-u:\b)[0-9][0-9,]*\s+hours?\s+(?:a|per|each|every)\s+(?:day|week|month|year)(?-u:\b)|(?-u:\b)24/7(?-u:\b)"
# Words that make a sentence the peer team's engagement: its meetings and hours count only in such a sentence
# ("gathered information and views from more than 45 meetings", "the team spent more than 300 hours with the
# council", "collectively spent more than 260 hours to determine their findings", a list item under "the peers:"
# that "spent more than 190 hours reviewing evidence", "between them put in 280 hours reaching their conclusions";
# "spent over 200 hours - what one person would do in 6 weeks", "spent 280 hours on the challenge, ten weeks of one
# person's time"; not "staff spent 2,000 hours").
ENGAGEMENT_CONTEXT = (
    rf"(?:{PEER_CONTEXT}|(?-u:\b)spoke|(?-u:\b)spoken|(?-u:\b)speaking|(?-u:\b)talked|(?-u:\b)met(?-u:\b)|(?-u:\b)conversations|(?-u:\b)interviews|"
    r"(?-u:\b)focus groups|(?-u:\b)views(?-u:\b)|(?-u:\b)gather|(?-u:\b)evidence(?-u:\b)|(?-u:\b)took part"
    r"|(?-u:\b)collectively|(?-u:\b)between them(?-u:\b)|(?-u:\b)findings|(?-u:\b)conclusions"
    r"|(?-u:\b)(?:what|as much as|the time|the same as|equal to|equivalent (?:to|of)) one person(?-u:\b)"
    r"|(?-u:\b)one person['’]s(?-u:\b)"
    r"|(?-u:\b)on the (?:peer )?(?:challenge|review)(?-u:\b))"
)

# What the team's time equals: "the equivalent of one person spending more than 6 weeks", "the same as 8 weeks".
EQUIVALENT = (
    r"(?i)(?:equivalent\s+(?:to|of)|the\s+same\s+as|equal\s+to)\s+(?:one\s+person\s+spending\s+)?"
    r"(?:(?:more\s+than|over|around)\s+)?"
)

# A sentence that sums up the team's engagement told in the sentence before it: "This amounted to", "In total
# this came to", "Altogether that was".
SUMS_UP = r"(?:This|That|These|In total|Altogether|Together|Overall)(?-u:\b)"


def _int(pattern: str, text: pl.Expr | None = None, words: bool = False) -> pl.Expr:
    """The count in group 1: digits, or (`words`) a count spelled out."""
    found = (pl.col("engaged") if text is None else text).str.extract(pattern, 1)
    if words:
        return spelled_value(found)
    return found.str.replace_all(",", "").cast(pl.Int32, strict=False)


def _in_context(count: str, context: str, text: pl.Expr | None = None, words: bool = False) -> pl.Expr:
    """The first `count` (its number in group 1) in a sentence that also holds `context`, before or after it."""
    after = rf"(?i){context}{SENTENCE_CHAR}*?[ \t]*\n?[ \t]*{count}"  # a count may open a wrapped line
    before = rf"(?i){count}{SENTENCE_CHAR}*?{context}"
    return pl.coalesce(_int(after, text, words), _int(before, text, words))


def _engagement() -> dict[str, pl.Expr]:
    """How many people, meetings and hours the peer team spent ("spoke to more than 140 people", "met with
    over 200 partners, councillors and staff", a list's "* over 130 councillors and staff", "more than 60
    meetings", "more than 260 hours"). Meetings and hours only in a sentence about the team's engagement; hours
    never as a rate ("24 hours a day"). Read from the `engaged` text (a Panel Performance Assessment's panel is its
    team there); a list's people item from the text as printed (its markdown bullets)."""
    # each of the hours' and weeks' patterns needs its word: they read a text without it as null, which costs no
    # search (a `when` around them would not do: Polars works out a part they share for every text first)
    hours_text, weeks_text = (
        pl.when(pl.col("engaged").str.contains(f"(?i){word}")).then(pl.col("engaged"))
        for word in ("hours", "weeks")
    )
    no_rates = hours_text.str.replace_all(RATE, " ")
    # a count of people is no count of meetings ("met over 60 people in interviews and workshops")
    no_people = pl.col("engaged").str.replace_all(
        rf"(?i)[0-9][0-9,]*(?:\+|-plus)?(\s+{PEOPLE_NOUNS}(?-u:\b))", "many${1}"
    )
    return {
        "people": pl.coalesce(
            _int(PEOPLE),
            _int(PEOPLE_PASSIVE),
            _int(PEOPLE_DONE),
            _in_context(PEOPLE_WEAK, PEER_CONTEXT),
            # ... or in the next sentence, whose subject is the team as a pronoun ("The panel was on site for four
            # days. It held 40 interviews and heard from more than 150 people.")
            _int(rf"(?i){PEER_CONTEXT}{SENTENCE_CHAR}*?[.!?]\s+{GOES_ON}{SENTENCE_CHAR}*?{PEOPLE_WEAK}"),
            # (read from the text as printed: its markdown's "*" marks the bullets)
            _int(PEOPLE_LISTED_FIRST, pl.col("text")),
            _int(PEOPLE_LISTED_AFTER, pl.col("text")),
            _int(PEOPLE_SPELLED, words=True),
        ),
        "meetings": pl.coalesce(
            _in_context(
                rf"{COUNT}\s+(?:[a-z-]+\s+){{0,2}}?{MEETINGS}(?-u:\b)", ENGAGEMENT_CONTEXT, no_people
            ),
            # a spelled-out count only where one stands before the meetings (a cheap test first; the text null
            # elsewhere, as for the hours)
            _in_context(
                rf"{WORD_COUNT}\s+(?:[a-z-]+\s+){{0,2}}?{MEETINGS}(?-u:\b)",
                ENGAGEMENT_CONTEXT,
                pl.when(
                    pl.col("plain").str.contains(rf"(?i){WORD_COUNT}\s+(?:[a-z-]+\s+){{0,2}}?{MEETINGS}")
                ).then(pl.col("engaged")),
                words=True,
            ),
        ),
        "hours": pl.coalesce(
            _in_context(rf"{COUNT}\s+hours(?-u:\b)", ENGAGEMENT_CONTEXT, no_rates),
            # ... or in a sentence that sums up the one before it ("The peers met 90 people. This amounted to
            # more than 200 hours with the council.")
            _int(
                rf"(?i){ENGAGEMENT_CONTEXT}{SENTENCE_CHAR}*?[.!?]\s+{SUMS_UP}{SENTENCE_CHAR}*?{COUNT}\s+hours(?-u:\b)",
                no_rates,
            ),
            # ... spelled out ("the peers spent two hundred and twenty hours with the council")
            pl.when(pl.col("plain").str.contains(rf"(?i){WORD_COUNT}\s+hours(?-u:\b)")).then(
                _in_context(rf"{WORD_COUNT}\s+hours(?-u:\b)", ENGAGEMENT_CONTEXT, hours_text, words=True)
            ),
        ),
        "weeks_equivalent": pl.coalesce(
            _int(rf"{EQUIVALENT}([0-9]+)\s+weeks", weeks_text),
            _int(rf"{EQUIVALENT}({SPELLED_COUNT})\s+weeks", weeks_text, words=True),
        ),
    }


CHALLENGE = r"(?:LGA )?(?:corporate )?(?:peer challenge|peer review|CPC)\)?(?: \(CPC\))?"
# When a challenge was: "in October 2021", "during 10-13 October 2023", "during Monday 15 to Thursday 18 January
# 2024" (the month and year follow `DAYS`).
WHEN_WORDS = r"(?:in|during|on|from)\s+(?:the\s+)?"
DAYS = (
    rf"(?:{WEEKDAY},?\s+)?(?:[0-9]{{1,2}}{ORD}\s*(?:{MONTHS}\s*)?"
    rf"(?:(?:-|–|—|to|and)\s*(?:{WEEKDAY},?\s+)?[0-9]{{1,2}}{ORD}\s*)?)?"
)


def _previous_challenge(visit_start: pl.Expr, is_progress_review: pl.Expr) -> pl.Expr:
    """YYYY-MM of the previous peer challenge the report names: after "last/previous/original (corporate) peer
    challenge/CPC" ("since its last CPC in May 2016", "the last CPC was delivered in October 2021"), "first CPC
    took place in", "the last was in" (in a sentence on peer challenges), or in a progress review, the challenge
    it follows up ("undertook a Corporate Peer Challenge (CPC) during 10-13 October 2023", "followed up the
    corporate peer challenge held in September 2022"). Never the month of the visit the report is about or a
    later one."""
    text = pl.col("plain")
    patterns = [  # (month, year) in groups 1-2
        # "since its last corporate peer challenge (CPC) in October 2014", "the last CPC was delivered in October 2021"
        rf"(?i)(?-u:\b)(?:last|previous|original|prior|earlier) {CHALLENGE}[^.]{{0,80}}?(?-u:\b)(?:of\s+|{WHEN_WORDS})"
        rf"{DAYS}({MONTHS}),?\s+([0-9]{{4}})",
        # "The first CPC took place in November 2015", "since its first visit in February 2023"
        rf"(?i)(?:(?-u:\b)first {CHALLENGE} (?:(?:was|took place|was held|was delivered|was carried out) )?|"
        rf"(?-u:\b)since (?:its|the|our) first visit ){WHEN_WORDS}{DAYS}({MONTHS}),?\s+([0-9]{{4}})",
        # "This is its third peer challenge; the last was in November 2019", "... a peer challenge six years after its
        # last one, held in March 2017"
        rf"(?i)(?:peer challenge|peer review|CPC)s?(?-u:\b)[^.]{{0,120}}?(?-u:\b)(?:the |its |our )?(?:last|previous)"
        rf"(?: one)?(?: |, )(?:was|took place|was held|held)(?: held| carried out| delivered)? {WHEN_WORDS}{DAYS}"
        rf"({MONTHS}),?\s+([0-9]{{4}})",
        # a progress review's challenge: "undertook a Corporate Peer Challenge (CPC) during 10-13 October 2023"
        rf"(?i){CHALLENGE}\s+(?:(?:which|that) )?(?:was )?(?:(?:held|took place|carried out|undertaken|delivered|"
        rf"completed)\s+)?{WHEN_WORDS}{DAYS}({MONTHS}),?\s+([0-9]{{4}})",
    ]
    # the last pattern is a progress review's only: other texts are not searched with it
    texts = [text] * (len(patterns) - 1) + [pl.when(is_progress_review).then(text)]
    found = [t.str.extract_groups(pattern).struct for t, pattern in zip(texts, patterns, strict=True)]
    months = [make_date(pl.lit("1"), f.field("1"), f.field("2")) for f in found]
    visit_month = visit_start.dt.truncate("1mo")
    before_visit = [pl.when(visit_month.is_null() | (m < visit_month)).then(m) for m in months]
    return pl.coalesce(before_visit).dt.strftime("%Y-%m")


def parse_documents(docs: pl.LazyFrame, councils: pl.DataFrame | None = None) -> pl.LazyFrame:
    """Parse the document-level facts of each report.

    Args:
        docs: frame with `ingest.raw.schemas.DOCUMENT_TEXT` columns, and optionally `file_path` (the file's
            folder can name the council).
        councils: the register of councils to recognise (default: the shipped register of UK councils).

    Returns:
        One row per document with the `DOCUMENT_FIELDS` columns.
    """
    plain = docs.with_columns(plain=pl.col("text").str.replace_all(r"\*+|_{2,}", ""))
    head = pl.col("plain").str.slice(0, 1500)
    frame = plain.with_columns(
        title=pl.col("text")
        .str.strip_chars()
        .str.extract(r"^([^\n]+)", 1)
        .str.replace_all(r"[*#]", "")
        .str.strip_chars(),
        doc_type=classify_doc_type(head),
    )
    # the text the engagement is read from: an assessment panel is the peer team of its text
    frame = frame.with_columns(
        engaged=pl.when(head.str.contains(PANEL_ASSESSMENT))
        .then(pl.col("plain").str.replace_all(r"(?-u:\b)[Pp]anel(?-u:\b)", "team"))
        .otherwise(pl.col("plain"))
    )
    is_perf = pl.col("doc_type") == "performance_report"
    is_peer_report = pl.col("doc_type").is_in(PEER_KINDS)
    frame = frame.with_columns(
        document_date=document_date(
            head, pl.col("plain").str.slice(0, 4000), pl.col("plain").str.slice(-1500), is_peer_report
        )
    )
    # a progress review, or a text whose title lines name one (its return visit is the subject)
    is_progress = (pl.col("doc_type") == "progress_review") | title_zone(head).str.contains(
        cue_patterns(title=True)["progress_review"]
    )
    visit_start, visit_end = visit_period(
        pl.col("plain").str.slice(0, 4000), pl.col("document_date"), is_peer_report, is_progress
    )
    report_start, report_end = reporting_period(head, is_perf, pl.col("document_date"))
    about_visit = is_peer_report | (~is_perf & head.str.contains(cue_patterns()["peer_visit"]))
    facts = frame.select(
        "document_id",
        "source_file",
        "title",
        "doc_type",
        "document_date",
        period_start=pl.when(about_visit).then(visit_start).otherwise(report_start),
        period_end=pl.when(about_visit).then(visit_end).otherwise(report_end),
        previous_challenge=_previous_challenge(
            pl.when(about_visit).then(visit_start), pl.col("doc_type") == "progress_review"
        ),
        **_engagement(),
    )
    dated = plain.join(  # the council in office at the report's date, where one place had two
        facts.select(
            "document_id", reference_date=pl.coalesce("document_date", "period_end", "period_start")
        ),
        on="document_id",
        how="left",
        maintain_order="left",
    )
    return facts.join(
        parse_councils(dated, councils), on="document_id", how="left", maintain_order="left"
    ).select([pl.col(c).cast(t) for c, t in DOCUMENT_FIELDS.items()])


__all__ = ["COUNCIL_STRICT", "LONG_DATE", "TITLE_WORDS", "parse_documents"]
