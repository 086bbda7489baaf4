"""A council's markdown dashboard (invented texts for fictional councils): counts as a line of status symbols or
words with their counts ("**This quarter:** 🟢 3 · 🟠 1 · 🔴 0", "**Trend:** ↑ 2 · → 1 · ↓ 1") under each theme's
heading, an 'All N measures' line with shares in brackets (the Totals and As Percentage rows); and each measure's
statuses on the line under its bullet ("Q1 🟠 | Q2 🟢 | trend ↑")."""

from ingest.parse.performance import parse_performance_rag, parse_performance_summary
from tests.fixtures.docs import make_docs


def _rag(text: str) -> list[tuple]:
    rows = parse_performance_rag(make_docs(text)).collect()
    return rows.select("segment", "objective", "period", "status").rows()


def _summary(text: str) -> list[tuple]:
    rows = parse_performance_summary(make_docs(text)).collect()
    return rows.select("segment", "green", "amber", "red", "up", "stable", "down").rows()


DASHBOARD = """\
# Wyvern Vale District Council
## Performance Dashboard — Quarter 2

**Key:** 🟢 on target · 🟠 close to target · 🔴 off target

## Overview

- **All 9 scored measures:** 🟢 5 (56%) · 🟠 2 (22%) · 🔴 2 (22%)
- **Trend:** ↑ 4 (44%) · → 3 (33%) · ↓ 2 (22%)

## 🏘️ Homes and places

**This quarter:** 🟢 2 · 🟠 1 · 🔴 1
**Trend:** ↑ 2 · → 1 · ↓ 1

- **HP1** New homes completed: 143 (target 150)
  Q1 🟢 | Q2 🟠 | trend ↓
- **HP2** Empty homes brought back into use: 12
  Q1 🔴 | Q2 🔴 | trend →
- **HP3** Parish grants awarded: 6 ⚪ (no target)

## 🌿 Greener Wyvern

**This quarter:** 🟢 3 · 🟠 1 · 🔴 1
**Trend:** ↑ 2 · → 2 · ↓ 1

- **GW1** Trees planted: 1,240 (target 1,000)
  Q1 🟠 | Q2 🟢 | trend ↑
"""


def test_dashboard_count_lines_give_each_theme_its_row_and_the_totals_and_shares() -> None:
    assert _summary(DASHBOARD) == [
        ("Totals", 5, 2, 2, 4, 3, 2),
        ("As Percentage", 56, 22, 22, 44, 33, 22),
        ("Homes and places", 2, 1, 1, 2, 1, 1),
        ("Greener Wyvern", 3, 1, 1, 2, 2, 1),
    ]


def test_a_line_of_statuses_under_a_measure_gives_a_row_per_period_and_skips_its_trend() -> None:
    assert _rag(DASHBOARD) == [
        ("Homes and places", "HP1 New homes completed", "Q1", "G"),
        ("Homes and places", "HP1 New homes completed", "Q2", "A"),
        ("Homes and places", "HP2 Empty homes brought back into use", "Q1", "R"),
        ("Homes and places", "HP2 Empty homes brought back into use", "Q2", "R"),
        ("Greener Wyvern", "GW1 Trees planted", "Q1", "A"),
        ("Greener Wyvern", "GW1 Trees planted", "Q2", "G"),
    ]


def test_count_lines_in_words_name_their_segment_by_their_label() -> None:
    text = (
        "Marlow Fen Borough Council - Quarter 3 performance\n\n"
        "- Housing: Green 4 · Amber 1 · Red 0\n"
        "- Leisure: Green 2 · Amber 2 · Red 1\n"
        "- Overall: Green 6 · Amber 3 · Red 1\n"
    )
    assert _summary(text) == [
        ("Housing", 4, 1, 0, None, None, None),
        ("Leisure", 2, 2, 1, None, None, None),
        ("Totals", 6, 3, 1, None, None, None),
    ]


def test_statuses_in_words_with_their_years_under_a_plain_measure_line() -> None:
    text = (
        "Fenmarsh Council - Performance Report, Quarter 4 2024/25\n\n"
        "**Customer services**\n"
        "Calls answered within two minutes: 81%\n"
        "Q3 2024/25 Amber · Q4 2024/25 Green\n"
    )
    assert _rag(text) == [
        ("Customer services", "Calls answered within two minutes", "Q3 2024/25", "A"),
        ("Customer services", "Calls answered within two minutes", "Q4 2024/25", "G"),
    ]


def test_counts_before_their_symbols_and_statuses_after_a_colon() -> None:
    text = (
        "## Wyvern Fen Council - Quarter 1 scorecard\n\n"
        "### Resources\n\n"
        "**Status:** 4 🟢 · 1 🟠 · 2 🔴\n\n"
        "- Invoices paid within 30 days: 96%\n"
        "  Q4: 🟢 | Q1: 🟠\n"
    )
    assert _summary(text) == [("Resources", 4, 1, 2, None, None, None)]
    assert _rag(text) == [
        ("Resources", "Invoices paid within 30 days", "Q4", "G"),
        ("Resources", "Invoices paid within 30 days", "Q1", "A"),
    ]


LEADER_SCORECARD = """\
Harrowfield Borough Council
Corporate scorecard - Quarter 3 2025/26

Priority: A cleaner borough
  Streets inspected and graded clean ................. 91% (target 95%) Amber ↓
  Missed bins put right next day ...................... 99% (target 98%) Green ↑
  Abandoned vehicles removed in 5 days ................ 62% (target 80%) Red →

Contents
  Introduction ........................................ 3
"""


def test_dot_leader_lines_ending_in_a_status_are_the_reports_quarter() -> None:
    assert sorted(row[1:] for row in _rag(LEADER_SCORECARD)) == [
        ("Abandoned vehicles removed in 5 days", "Q3", "R"),
        ("Missed bins put right next day", "Q3", "G"),
        ("Streets inspected and graded clean", "Q3", "A"),
    ]
