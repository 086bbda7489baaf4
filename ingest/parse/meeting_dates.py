"""A report's own date, or its meeting's: a "Date of meeting:" label, a meeting body heading the report with its date,
minutes' "held on" line, a signature's or publication's date."""

from __future__ import annotations

from typing import Any

import polars as pl

from ingest.parse.dates import LONG_DATE, MONTHS, ORD, WEEKDAY, make_date
from ingest.parse.lines import text_around

# A label and its value on one line: "Date of meeting: 12 May 2023", or a table's cells ("Date of meeting<TAB>12 May
# 2023", two or more spaces, a markdown table's "| Date of meeting | 12 May 2023 |").
LABEL_SEP = r"(?:[ \t]*:[ \t]*|[ \t]*\t[ \t]*| {2,}|[ \t]*\|[ \t]*)"
DATE_LABEL = r"(?:date of (?:the )?meeting|meeting date|date of decision|decision date|date)"
# ... after the label in another language, before a slash ("Dyddiad y Cyfarfod / Date of Meeting: 14 May 2025")
OTHER_LANGUAGE = r"(?:[^\n/|:]{1,60}[ \t]/[ \t]*)?"
# A meeting body that heads a report with its date ("Cabinet, 14 May 2024", "Report to Cabinet – 9 July 2024",
# "Audit Committee · 3 June 2024").
BODY = r"(?:cabinet|council|committee|executive|board|panel|scrutiny|commission|assembly)"
# What may follow the meeting's date on its header line: "– Agenda item 8", "(Item 12)", "at 6.30 pm", "– Report
# by the Chief Executive" (who reports, after the date).
AFTER_DATE = (
    r"(?:[ \t]*[-–—,|]?[ \t]*(?:\(?(?:agenda )?item(?: no\.?)?[ \t]*[0-9][0-9a-z.]*\)?"
    r"|at [0-9]{1,2}(?:[.:][0-9]{2})?[ \t]*(?:[ap]\.?m\.?)?"
    r"|report (?:of|by|from) (?:the )?[a-z][a-z ,&'()-]{1,80}))?"
    # ... and a running header's page number in its right-hand column ("Cabinet 25 June 2025      Page 3 of 12")
    r"(?:[ \t]{2,}page[ \t]+[0-9]{1,3}(?:[ \t]+of[ \t]+[0-9]{1,3})?)?"
)
# A meeting body's long name whose words a comma lists ("Finance, Procurement and Transformation Committee",
# "Audit, Risk and Governance Committee"): an "and" ends the list, so a header's "Cabinet, 14 May 2024" is none.
NAME_WITH_COMMAS = r"(?:[a-z][a-z&'/-]*(?: [a-z&'/-]+)*, ){1,4}(?:[a-z][a-z&'/-]*(?: [a-z&'/-]+)* )?and [a-z][a-z &'/-]{0,40}?(?-u:\b)"
# Who reports to the meeting body, before it: "Report of the Cabinet Member for Finance, Assets and Property to the"
# (then "Scrutiny Panel – 4 June 2024").
REPORT_OF_TO = r"report (?:of|by|from) [^\n]{1,150}? to[ \t]+"
# A header line's markdown ("## Cabinet – 12 March 2024", "**Tuesday 4 July 2023, 6.30pm, Town Hall**", "*Cabinet,
# 3 June 2025*" in italics).
MARKUP = r"(?:#+[ \t]*)?(?:\*\*|__|\*|_)?"
MARKUP_END = r"(?:\*\*|__|\*|_)?"
# A meeting's time (and place) after its date on a line of its own: ", 6.30pm, Council Chamber".
AT_TIME = r"(?:,?[ \t]*(?:at[ \t]+)?[0-9]{1,2}(?:[.:][0-9]{2})?[ \t]*[ap]\.?m\.?(?:,[^\n*]{0,80})?)?"
# A signature block's role line ("Director of Finance (Section 151 Officer)", "Chief Executive"): a statement of
# accounts or letter signed at its end, its date alone on the next line.
SIGNATORY = (
    r"(?:director|chief executive|chief financ(?:e|ial) officer|section 151 officer|s151 officer|treasurer|"
    r"head of finance)"
)


# "Published: 3 December 2024", "Last updated 9 May 2024", "Page last reviewed: 5 June 2025": a page's own date,
# a peer report's too; also a field of a header line after others ("On site: 4–6 March 2024 | Report issued: 17 May
# 2024", "... · Published 24 April 2025"); the document named in two words ("Feedback letter issued: 4 July 2025");
# a news page's time of day before the date ("Published: 09:15, Monday 3 March 2025")
PUBLISHED_LABEL = (
    r"(?im)(?:^[ \t]*(?:\|[ \t]*)?|[ \t][|·•][ \t]*)(?:(?:(?:report|document|letter|feedback|page)[ \t]+){0,2}"
    r"(?:first |last )?"
    r"(?:published|posted|updated|reviewed|issued|date published|date of (?:issue|publication))"
    # ... a header table's "| Report date | 14 May 2025 |"
    r"|(?:report|document|letter|feedback)[ \t]+date)(?: on)?[ \t]*[:|]?[ \t]*"
    r"(?:[0-9]{1,2}[:.][0-9]{2}[ \t]*(?:[ap]\.?m\.?)?[ \t]*,?[ \t]*)?"
    rf"(?:{WEEKDAY},?\s+)?"
)
PUBLISHED = rf"{PUBLISHED_LABEL}{LONG_DATE}"
# a date written month first ("March 3rd, 2025"; groups 1-3 month, day, year)
MONTH_FIRST_DATE = rf"({MONTHS})\s+([0-9]{{1,2}}){ORD},?\s+([0-9]{{4}})"
# ... the published date so ("Published: 09:15, Monday March 3rd, 2025")
PUBLISHED_MONTH_FIRST = rf"{PUBLISHED_LABEL}{MONTH_FIRST_DATE}"


def _published_date(head: pl.Expr) -> pl.Expr:
    """The date a page or report prints as its publication's (PUBLISHED), day or month first."""
    return pl.coalesce(
        _written_date(head.str.extract_groups(PUBLISHED).struct),
        _month_first_date(head.str.extract_groups(PUBLISHED_MONTH_FIRST).struct),
    )


# A minute's heading line "Minutes of the meeting held on Thursday 14 March 2024 at the Town Hall" (group 4 the rest
# of its line)
MINUTES_HEADING = (
    rf"(?im)^[ \t]*{MARKUP}minutes of (?:the |a )?meeting held (?:[^\n]{{0,150}}? )?on (?:{WEEKDAY},?\s+)?"
    rf"(?:the\s+)?{LONG_DATE}([^\n]*)"
)

# ... an agenda's link to a document after it: "pdf icon", "PDF 312 KB"
AGENDA_LINK = r"(?i)(?-u:\b)pdf\s+icon(?-u:\b)|(?-u:\b)pdf\s+[0-9]+\s*[km]b(?-u:\b)"


def _minutes_heading_date(head: pl.Expr) -> pl.Expr:
    """The date of a minute's heading line (MINUTES_HEADING); none where the line links a document as an agenda
    prints it ("Minutes of the Meeting held on 4 March 2025 pdf icon PDF 312 KB": an agenda item approving an
    earlier meeting's minutes). A minutes page's own heading naming its file ("... 4 March 2025 (PDF, 120KB)")
    keeps its date."""
    found = head.str.extract_groups(MINUTES_HEADING).struct
    return pl.when(~found.field("4").str.contains(AGENDA_LINK)).then(_written_date(found))


def document_date(head: pl.Expr, opening: pl.Expr, end: pl.Expr, is_peer_report: pl.Expr) -> pl.Expr:
    """The date a meeting record, council report, news page or letter prints as its own: "Meeting: 18/12/2019 -
    Cabinet", "Date of decision: 13/11/2025", "Date of meeting: 12 November 2019" (or a table's "Date of
    meeting<TAB>12 November 2019"; the label after its other language's: "Dyddiad / Date:"), a decision line
    "13/07/2020 - <item>", "Meeting of Cabinet, Wednesday, 26th March, 2025", "meeting of Cabinet held on Wednesday 19 March 2025" (or "held in <place> on ..."), a header line naming the meeting body
    ("Cabinet, 14 November 2024", "Report to: Cabinet – 18 July 2024", "Cabinet, 3 June 2025 – Agenda item 8",
    "Cabinet 25 June 2025" with a running header's "Page 3 of 12" beside it,
    "Cabinet  |  19 May 2025", "Audit, Risk and Standards Committee – 14 January 2026"),
    "Published: 3 December 2024" (posted, updated, issued), a date on its own line ("- Tuesday 05 December 2017",
    also after the same date in another language and a slash;
    without its weekday only near the top), a letter's date (before "Dear", or heading the letter's address
    block), or else the date under a signatory's role line in the text's `end` (a statement of accounts signed
    "Director of Finance (Section 151 Officer)" then "28 June 2024"), or a "Meeting date:" label printed there.
    The numeric forms are looked for in the longer `opening` (a decision record lists them after its text).
    A peer report's only own dates are its letter date and a printed publication date ("Published 9 May 2024"):
    a date heading it is the visit. A header line's body and date may be apart in columns ("Cabinet    12 May
    2025"), or stand in the right-hand column of the report's running header ("Wyvern Council      Cabinet, 12
    May 2025"), the date perhaps on a later line of that column than the body."""
    numeric = [
        # an issue page's meeting with no record under it (its item's one numbered title and documents heading only,
        # not numbered resolutions),
        # then the meeting whose record the page gives: "Meeting: 05/03/2026 - Cabinet (Item 5)" / "5. <title>" /
        # "Additional documents:" / "Meeting: 10/09/2025 - Cabinet (Item 9)" / "9 <title>" / "<minute>"
        rf"(?i)(?:^|\n)[ \t]*meeting{LABEL_SEP}[0-9]{{1,2}}/[0-9]{{1,2}}/[0-9]{{4}}[^\n]*\n"
        r"(?:[ \t]*\n)*(?:[ \t]*[0-9]{1,3}\.?[ \t]+[^\n]{1,120}\n)?"
        r"(?:[ \t]*(?:(?:additional|supporting|background) documents:?)?[ \t]*\n){0,6}?"
        rf"[ \t]*meeting{LABEL_SEP}([0-9]{{1,2}})/([0-9]{{1,2}})/([0-9]{{4}})",
        rf"(?i)(?:^|\n)[ \t]*{OTHER_LANGUAGE}(?:meeting|date of decision|decided at meeting|decision date|date of meeting|date){LABEL_SEP}([0-9]{{1,2}})/([0-9]{{1,2}})/([0-9]{{4}})",
        r"(?:^|\n)[ \t]*([0-9]{1,2})/([0-9]{1,2})/([0-9]{4}) [-–] ",
    ]
    written = [
        rf"(?i)meeting of [^,\n]{{1,60}},\s*{WEEKDAY},?\s+{LONG_DATE}",
        # "... held on 19 March 2025", "... held in the Council Chamber, Town Hall on Tuesday 4 March 2025"
        rf"(?i)meeting of [^,\n]{{1,60}}? held (?:[^\n]{{0,150}}? )?on (?:{WEEKDAY},?\s+)?(?:the\s+)?{LONG_DATE}",
        # a minute's line "HELD ON Thursday, 23rd January 2025 at 7.30 pm" under its "MINUTES OF THE CABINET" (or
        # its place first: "HELD AT THE TOWN HALL, WYVERN ON TUESDAY 4 MARCH 2025")
        rf"(?i)(?:^|\n)[ \t]*{MARKUP}minutes of [^\n]{{1,80}}\n(?:[ \t]*\n)*[ \t]*held (?:(?:at|in) [^\n]{{1,150}}? )?on "
        rf"(?:{WEEKDAY},?\s+)?"
        rf"(?:the\s+)?{LONG_DATE}",
        MINUTES_HEADING,
        rf"(?im)^[ \t]*(?:\|[ \t]*)?{OTHER_LANGUAGE}{DATE_LABEL}{LABEL_SEP}(?:{WEEKDAY},?\s+)?{LONG_DATE}",
        # a report's "Date to Cabinet: 4 May 2016" label, its body perhaps an acronym ("Date to CMT 2 November 2016",
        # a header table flattened into one line)
        rf"(?i)(?-u:\b)date to (?:the )?(?:(?:[a-z][a-z &'-]{{0,40}}?(?-u:\b))?{BODY}|(?-i:[A-Z]{{2,6}}))(?-u:\b)"
        rf"[ \t]*:?[ \t]*(?:{WEEKDAY},?\s+)?{LONG_DATE}",
        # (also after the same date in another language: "Dydd Iau, 5 Mawrth 2026 / Thursday, 5 March 2026")
        rf"(?:^|\n)[ \t]*{MARKUP}(?:[-•][ \t]*)?{OTHER_LANGUAGE}{WEEKDAY},?\s+{LONG_DATE}{AT_TIME}{MARKUP_END}[ \t]*(?:\n|$)",
        # (a committee's long name: "Finance and Economic Overview and Scrutiny Committee – 12 February 2026"; or
        # the bodies the report goes to in turn: "Scrutiny Committee / Cabinet – 12 February 2026")
        rf"(?im)^[ \t]*{MARKUP}(?:report to[ \t]*:?[ \t]*|{REPORT_OF_TO}|meeting of |meeting[ \t]*:[ \t]*)?(?:the )?(?:[a-z][a-z &'/-]{{0,64}}?(?-u:\b)|{NAME_WITH_COMMAS})?"
        rf"{BODY}(?: meeting)?(?:[ \t]*(?:,|:|[-–—·•|]|(?-u:\b)on(?-u:\b))[ \t]*|[ \t]*\t[ \t]*| {{2,}}| )(?:{WEEKDAY},?\s+)?"
        rf"{LONG_DATE}{AFTER_DATE}"
        rf"{MARKUP_END}[ \t]*$",
        # ... the same as a field of a header line after others ("*Period covered: ... · Report to the Executive, 3
        # November 2025*")
        rf"(?im)[ \t][|·•][ \t]*report to[ \t]*:?[ \t]*(?:the )?(?:[a-z][a-z &'-]{{0,40}}?(?-u:\b))?{BODY}"
        rf"(?: meeting)?[ \t]*(?:,|:|[-–—])[ \t]*(?:{WEEKDAY},?\s+)?{LONG_DATE}[*_]{{0,2}}[ \t]*$",
        PUBLISHED,
        # "Report to    Cabinet" with its date on the line below, in the same column ("            12 May 2025")
        rf"(?im)^[ \t]*report to\b[^\n]{{0,120}}\n[ \t]*(?:{WEEKDAY},?\s+)?{LONG_DATE}(?:[ \t]{{2,}}[^\n]{{0,40}})?[ \t]*$",
    ]
    dates = [_numeric_date(opening.str.extract_groups(p).struct) for p in numeric]
    # (after an issue page's meeting with no record under it, before its first meeting)
    dates.insert(1, _issue_meeting(opening))
    # (the dates read from more than one match, or from a match's rest too)
    read_apart = {PUBLISHED: _published_date, MINUTES_HEADING: _minutes_heading_date}
    dates += [
        read_apart[p](head) if p in read_apart else _written_date(head.str.extract_groups(p).struct)
        for p in written
    ]
    # a page's date label with the date written year first ("date 2024-09-11", "Published: 2025-03-14"): another
    # way of writing the PUBLISHED date, in its place (a meeting's date label above it comes first)
    iso = opening.str.extract(
        r"(?im)^[ \t]*(?:date|published|posted|updated)[ \t]*:?[ \t]+([0-9]{4}-[0-9]{2}-[0-9]{2})(?-u:\b)", 1
    )
    dates.insert(
        len(dates) - len(written) + written.index(PUBLISHED) + 1,
        iso.str.strptime(pl.Date, "%Y-%m-%d", strict=False),
    )
    top = head.str.slice(0, 600)  # a date alone on its line near the top: the page's or report's date
    alone = rf"(?i)(?:^|\n)[ \t]*{LONG_DATE}[ \t]*(?:\n|$)"  # in capitals too: "5 NOVEMBER 2024"
    dates.append(_written_date(top.str.extract_groups(alone).struct))
    # a running header's right-hand column: "Wyvern District Council          Cabinet – 12 May 2025"
    right = (
        rf"(?im)^[ \t]*[^\n]{{1,80}}?[ \t]{{3,}}{MARKUP}(?:the )?{BODY}(?: meeting)?[ \t]*(?:,|:|[-–—])[ \t]*"
        rf"(?:{WEEKDAY},?\s+)?{LONG_DATE}{AFTER_DATE}{MARKUP_END}[ \t]*$"
    )
    dates.append(_written_date(top.str.extract_groups(right).struct))
    # ... or a header's right-hand column holding the meeting body (its name wrapped there) and its date on a later
    # line: "ARGYLL COUNCIL      POLICY AND RESOURCES" / "      COMMITTEE" / "FINANCE      11 DECEMBER 2025"
    stacked = (
        rf"(?i)(?:^|\n)[^\n]{{0,80}}?[ \t]{{3,}}(?:[a-z&,' -]{{0,60}}(?-u:\b))?{BODY}(?-u:\b)[^\n]{{0,40}}\n"
        rf"(?:[ \t]{{3,}}[^\n]{{1,60}}\n)?[^\n]{{0,80}}?[ \t]{{3,}}(?:{WEEKDAY},?\s+)?{LONG_DATE}[ \t]*(?:\n|$)"
    )
    dates.append(_written_date(top.str.extract_groups(stacked).struct))
    # a decision record's line that opens with the meeting's date and then names its body, which ends the line or
    # a bracket or dash follows: "12 May 2025 Cabinet (Key decision)", "November 3, 2025 Executive" (not "4 July
    # 2025, the day the council agreed its plan"); or its first sentence "On 23 July 2025, Cabinet:" / "On
    # Tuesday 4 March 2025 the Council resolved" (a decision's verb or colon after the body: "On 4 March 2025
    # the council welcomed the peers" is no record's date)
    body = rf",?[ \t]*(?:[-–—:,|][ \t]*)?(?:the )?(?:[a-z][a-z &'/-]{{0,40}}?(?-u:\b))?{BODY}(?-u:\b)"
    decided = (
        r"[ \t]*(?::|(?:has |have )?(?:resolved|agreed|approved|noted|decided|considered|received)(?-u:\b))"
    )
    for opening_words, after_body in (
        (rf"(?:{WEEKDAY},?\s+)?", r"(?:[ \t]*[(\[|–—-][^\n]*)?[ \t]*$"),
        (rf"on[ \t]+(?:{WEEKDAY},?\s+)?(?:the\s+)?", decided),
    ):
        start = rf"(?im)^[ \t]*{MARKUP}{opening_words}"
        dates.append(_written_date(top.str.extract_groups(rf"{start}{LONG_DATE}{body}{after_body}").struct))
        dates.append(
            _month_first_date(top.str.extract_groups(rf"{start}{MONTH_FIRST_DATE}{body}{after_body}").struct)
        )
    letter = pl.coalesce(
        _written_date(head.str.extract_groups(rf"(?:^|\n|\s){LONG_DATE}\s*Dear\s").struct),
        # the date heading a letter's address block: "29 May 2024\n\nCllr Jo Bloggs\nLeader\n...\n\nDear Jo"
        _written_date(
            head.str.extract_groups(
                rf"(?:^|\n)[ \t]*{LONG_DATE}[ \t]*\n(?:[^\n]{{0,80}}\n){{1,12}}?[ \t]*Dear\s"
            ).struct
        ),
    )
    signed = end.str.extract_groups(
        rf"(?im)^[^\n]{{0,80}}{SIGNATORY}[^\n]{{0,80}}\n[ \t]*(?:{WEEKDAY},?\s+)?{LONG_DATE}[ \t]*$"
    )
    # "Meeting date: 16 September 2025" printed at the report's end
    meeting_at_end = end.str.extract_groups(
        rf"(?im)^[ \t]*(?:\|[ \t]*)?(?:date of (?:the )?meeting|meeting date){LABEL_SEP}(?:{WEEKDAY},?\s+)?{LONG_DATE}"
    )
    return (
        pl.when(is_peer_report)
        .then(pl.coalesce(letter, _published_date(head)))
        .otherwise(
            pl.coalesce(*dates, letter, _written_date(signed.struct), _written_date(meeting_at_end.struct))
        )
    )


def _issue_meeting(opening: pl.Expr) -> pl.Expr:
    """The meeting that took an issue page's own item: the page ("Issue - meetings" / "<the issue's title>") lists
    its meetings newest first, and a later one may have taken a follow-on item ("Meeting: 04/03/2020 - Council" /
    "66 Revised Capital Programme (Minute EXB 82 refers)" / "<minute>"); the issue's meeting is the one whose item
    line repeats the page's title ("Meeting: 27/02/2020 - Executive Board (Item 82)" / "82 <title> PDF 177 KB").
    Null where no item line repeats the title."""
    found = opening.str.extract_groups(
        r"(?i)^[ \t]*issue - meetings[ \t]*\n(?:[ \t]*\n)*[ \t]*([^\n]{4,150}?)[ \t]*\n((?s:.*))"
    ).struct
    title, rest = found.field("1"), found.field("2")
    # the text up to the title's next mention, which must be an item line right under its meeting line
    before_item = pl.when(rest.str.contains(title, literal=True)).then(text_around(rest, title)[0])
    return _numeric_date(
        before_item.str.extract_groups(
            rf"(?i)(?:^|\n)[ \t]*meeting{LABEL_SEP}([0-9]{{1,2}})/([0-9]{{1,2}})/([0-9]{{4}})[^\n]*\n"
            r"(?:[ \t]*\n)*[ \t]*[0-9]{1,3}\.?[ \t]+$"
        ).struct
    )


def _numeric_date(found: Any) -> pl.Expr:
    """dd/mm/yyyy from groups 1-3."""
    return pl.date(*(found.field(g).cast(pl.Int32, strict=False) for g in ("3", "2", "1")))


def _written_date(found: Any) -> pl.Expr:
    return make_date(found.field("1"), found.field("2"), found.field("3"))


def _month_first_date(found: Any) -> pl.Expr:
    """A date from groups 1-3 month, day, year (`MONTH_FIRST_DATE`)."""
    return make_date(found.field("2"), found.field("1"), found.field("3"))
