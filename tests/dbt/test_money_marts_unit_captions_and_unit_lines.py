"""Money marts on table layouts met in reports of councils we had not seen: a caption that opens "Figures in £000."
before a sentence about the signs, and an aligned table whose column headings end in a line of only the unit under
the last column ("Adverse/" over "(Favourable)" over "£000"), its rows' names wrapped onto lines of their own, and a
unit with a footnote mark right after it ("£m¹", or "£0002" where the superscript is flattened to a digit). Invented
councils; every report runs through the real `councilwh refresh`."""

from __future__ import annotations

from tests.conftest import figures_of, overspends_of

CAPTION = "harlowfield_2026_revenue-outturn-2025-26.md"
UNIT_LINE = "glenarrow_2027_financial-monitoring-q3.txt"
FOOTNOTED = "corrowby_2027_q1-budget-monitoring.md"
FLATTENED = "corrowby_2027_q1-housing-revenue-account.txt"

REPORTS = {
    CAPTION: (
        "# Harlowfield Council\n\n"
        "## Cabinet – 14 July 2026\n\n"
        "## Revenue Outturn 2025/26\n\n"
        "### 2. Outturn by directorate\n\n"
        "Figures in £000. Positive variances are overspends; underspends are shown in brackets.\n\n"
        "| Directorate | Budget | Outturn | Variance |\n"
        "|---|---:|---:|---:|\n"
        "| Adult Social Care | 84,300 | 87,950 | 3,650 |\n"
        "| Environment | 31,120 | 30,480 | (640) |\n"
        "| **Total** | **115,420** | **118,430** | **3,010** |\n"
    ),
    UNIT_LINE: (
        "GLENARROW COUNCIL\n\n"
        "Subject:       Financial Monitoring 2026/27 - General Fund Revenue (Quarter 3)\n\n"
        "3  PROJECTED OUTTURN\n\n"
        "3.2 The position by service is:\n\n"
        "    Service                               Budget    Projection   Adverse/\n"
        "                                          £000      £000         (Favourable)\n"
        "                                                                 £000\n"
        "    Education, Communities and\n"
        "    Lifelong Learning                      98,420    98,910          490\n"
        "    Roads and Infrastructure               22,150    21,930         (220)\n"
        "                                          -------   -------       ------\n"
        "    Total                                 120,570   120,840          270\n"
    ),
    FOOTNOTED: (
        "# Corrowby Borough Council\n\n"
        "Cabinet, 15 July 2027\n\n"
        "## Budget monitoring 2027/28: Quarter 1\n\n"
        "| Service | Budget £m¹ | Forecast £m¹ | Variance £m¹ |\n"
        "|---|---:|---:|---:|\n"
        "| Parks and Open Spaces | 5.60 | 5.95 | 0.35 |\n"
        "| Libraries | 2.20 | 2.14 | (0.06) |\n\n"
        "¹ Rounded to the nearest £10,000.\n"
    ),
    FLATTENED: (
        "CORROWBY BOROUGH COUNCIL\n\n"
        "HOUSING REVENUE ACCOUNT MONITORING 2027/28 - QUARTER 1\n\n"
        "Table 2: Housing Revenue Account\n\n"
        "    Account                       Budget £0002     Forecast £0002\n"
        "    Responsive repairs                6,480            6,910\n"
        "    Supervision and management        3,150            3,020\n\n"
        "2 Excluding capital charges.\n\n"
        "Month 3 position by directorate\n\n"
        "Directorate\nTenancy Services\nEstates\nTotal\n\n"
        "Budget\n£m1\n1.25\n0.84\n2.09\n\n"
        "Forecast\n£m1\n1.31\n0.80\n2.11\n"
    ),
}


def test_a_caption_opening_figures_in_thousands_gives_the_tables_unit(con) -> None:
    figures = figures_of(con, CAPTION)
    assert {("budget", 84_300_000.0), ("other", 87_950_000.0), ("other", 640_000.0)} <= figures
    assert 3_650_000.0 in {amount for amount, _service in overspends_of(con, CAPTION)}


def test_headings_ending_in_a_line_of_only_the_unit_and_wrapped_row_names(con) -> None:
    figures = figures_of(con, UNIT_LINE)
    assert {("budget", 98_420_000.0), ("other", 98_910_000.0), ("budget", 22_150_000.0)} <= figures
    assert ("other", 220_000.0) in figures  # favourable
    assert {490_000.0, 270_000.0} <= {amount for amount, _service in overspends_of(con, UNIT_LINE)}


def test_a_footnote_mark_after_a_columns_unit_keeps_the_unit(con) -> None:
    figures = figures_of(con, FOOTNOTED)
    assert {("budget", 5_600_000.0), ("other", 5_950_000.0), ("other", 60_000.0)} <= figures
    assert 350_000.0 in {amount for amount, _service in overspends_of(con, FOOTNOTED)}
    flattened = figures_of(con, FLATTENED)
    assert {("budget", 6_480_000.0), ("other", 6_910_000.0), ("budget", 3_150_000.0)} <= flattened
    assert {("budget", 1_250_000.0), ("other", 1_310_000.0), ("budget", 2_090_000.0)} <= flattened
    assert not {amount for _category, amount in flattened} & {2.0, 1.0}  # the marks are no amounts
