"""Money told in words beside its figures, end to end through the real CLI: variance cells that say which way
they go ("3.40 adverse"), two equal cells of one row, a part of a target delivered, savings being delivered or
unlikely to be, a part of an overspend that "accounts for" a figure, an overspend restated as it "had improved
to" a later figure, parts named in brackets after their services and a net budget beside an overspend."""

from tests.conftest import rows_of

OUTTURN = "penhallow_2026_provisional-outturn-2025-26.txt"
REVIEW = "quillon_2026_cpc-progress-review.txt"
REPORTS = {
    OUTTURN: (
        "Penhallow District Council\n"
        "Provisional Revenue Outturn 2025/26\n"
        "Report to Cabinet, 16 June 2026\n\n"
        "1. Outturn by directorate\n\n"
        "Variances are shown as adverse or favourable against the budget.\n\n"
        "Directorate\tBudget (£m)\tOutturn (£m)\tVariance (£m)\n"
        "Health, Care and Wellbeing\t48.20\t51.60\t3.40 adverse\n"
        "Streets and Open Spaces\t21.10\t20.35\t0.75 favourable\n"
        "Libraries and Culture\t5.15\t5.15\tnil\n"
        "Total\t74.45\t77.10\t2.65 adverse\n\n"
        "2. Savings\n\n"
        "£5.2m of the £6.8m savings target has been delivered this year. Savings of £3.1m are being delivered "
        "through the waste contract. The remaining £0.9m of savings are unlikely to be delivered this year.\n\n"
        "3. Children's services\n\n"
        "Within children's services, the overspend of £2.9m includes agency social workers, which accounts "
        "for £1.2m on its own as caseloads have grown by a tenth.\n"
    ),
    REVIEW: (
        "Quillon Borough Council\n"
        "Corporate Peer Challenge Progress Review\n"
        "Feedback report, November 2025\n\n"
        "Finance\n\n"
        "The council closed 2024/25 with an overspend of £3.6m, met from reserves. Most of the pressure was in "
        "adult social care (£2.2m) and in children's placements (£1.1m).\n\n"
        "For 2025/26, the first quarter forecast was an overspend of £6.4m. By the second quarter this had "
        "improved to £4.8m after a freeze on recruitment.\n\n"
        "At the visit the council was forecasting a £4.8m overspend against its 2025/26 net budget of £164.3m, "
        "driven by home care.\n"
    ),
}


def test_variance_cells_that_say_which_way_they_go_and_equal_cells_of_one_row(con) -> None:
    overspends = rows_of(
        con,
        "select round(amount_gbp, 2)::double, service_area from marts.overspends where quote like '%adverse%' "
        "and source_file = ?",
        OUTTURN,
    )
    # "adverse" after a variance is an overspend, of the service a care and wellbeing directorate is
    assert {(3.4e6, "adult_social_care"), (2.65e6, None)} == overspends
    figures = rows_of(
        con,
        "select category, round(amount_gbp, 2)::double from marts.financial_figures where source_file = ?",
        OUTTURN,
    )
    # "favourable" is an underspend; a row's budget and outturn both 5.15 are two figures, not one restated
    assert {("other", 0.75e6), ("budget", 5.15e6), ("other", 5.15e6), ("budget", 21.1e6)} <= figures


def test_a_part_of_a_target_delivered_and_savings_being_or_unlikely_to_be_delivered(con) -> None:
    savings = rows_of(
        con,
        "select kind, round(amount_gbp, 2)::double from marts.savings where source_file = ?",
        OUTTURN,
    )
    assert {("delivered", 5.2e6), ("target", 6.8e6), ("target", 3.1e6), ("unidentified", 0.9e6)} <= savings
    assert ("delivered", 6.8e6) not in savings


def test_a_part_that_accounts_for_a_figure_of_an_overspend(con) -> None:
    overspends = rows_of(
        con,
        "select round(amount_gbp, 2)::double from marts.overspends where source_file = ?",
        OUTTURN,
    )
    assert {(2.9e6,), (1.2e6,)} <= overspends


def test_an_overspend_restated_later_parts_in_brackets_and_a_net_budget_beside_it(con) -> None:
    overspends = rows_of(
        con,
        "select round(amount_gbp, 2)::double, fiscal_year, status, service_area from marts.overspends "
        "where source_file = ?",
        REVIEW,
    )
    # "By the second quarter this had improved to £4.8m": the forecast of the sentence before, and its year;
    # "Most of the pressure was in ..." takes the year of the sentence before for its parts in brackets
    assert {
        (6.4e6, "2025/26", "forecast", None),
        (4.8e6, "2025/26", "forecast", None),
        (2.2e6, "2024/25", "actual", "adult_social_care"),
        (1.1e6, "2024/25", "actual", "childrens_services"),
    } <= overspends
    assert (164.3e6,) not in {row[:1] for row in overspends}
    budgets = rows_of(
        con,
        "select round(amount_gbp, 2)::double from marts.financial_figures where category = 'budget' "
        "and source_file = ?",
        REVIEW,
    )
    assert (164.3e6,) in budgets
