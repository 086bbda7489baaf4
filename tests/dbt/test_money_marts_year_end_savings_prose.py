"""Money marts on a savings year-end report's prose, forms met in reports of councils we had not seen: the budget
that relies on the delivery of savings (a target, not a delivery), a share set apart by dashes between a figure and
its verb ("£5.9m of that sum - 80% - had been delivered"), the balance not achieved, whose own sentence names no
saving (the sentences before it do); and the service a paragraph's run-in heading names ("Children's Services. Against
a savings target of £1.2m, ..."). Invented council; the report runs through the real `councilwh refresh`."""

from __future__ import annotations

from tests.conftest import savings_of

YEAR_END = "fenwick-marsh_2026_savings-delivery-year-end.txt"
UPDATE = "carrowby_2026_medium-term-plan-delivery-update.txt"

REPORTS = {
    YEAR_END: (
        "Fenwick Marsh Council\n\n"
        "Cabinet, 24 June 2026\n\n"
        "Agenda item 7: Savings Delivery 2025/26 - Year-End Report\n\n"
        "Summary\n\n"
        "The 2025/26 revenue budget relied on the delivery of savings of £7.4m. By the end of March, £5.9m of that "
        "sum - 80% - had been delivered in full. The balance of £1.5m was not achieved in the year and was covered "
        "by one-off underspends elsewhere.\n\n"
        "Delivery by directorate\n\n"
        "Adults and Health. The directorate was set savings of £3.0m and delivered £2.4m. Separately, savings of "
        "£0.3m from housing-related support contracts were delivered in full.\n\n"
        "Children's Services. Against a savings target of £1.2m, £0.9m was delivered.\n"
    ),
    UPDATE: (
        "Carrowby District Council\n\n"
        "Medium Term Plan Delivery Update, October 2026\n\n"
        "By the end of September 80% of the savings target had been met, with £3.6m of savings having been "
        "delivered. These pressures arrive as the council is setting £4.8m of staffing and procurement savings "
        "in 2027/28, after the 2026/27 revenue budget, where £5.2m of net cost reductions were successfully "
        "delivered.\n\n"
        "The adults forecast includes £1.1m of savings not having been achieved in home care.\n"
    ),
}


def test_a_budget_that_relies_on_the_delivery_of_savings_sets_a_target(con) -> None:
    savings = savings_of(con, YEAR_END)
    assert ("target", 7_400_000.0) in savings
    assert ("delivered", 7_400_000.0) not in savings


def test_a_share_set_apart_by_dashes_keeps_the_figure_delivered(con) -> None:
    assert ("delivered", 5_900_000.0) in savings_of(con, YEAR_END)


def test_the_balance_not_achieved_after_sentences_about_savings_is_unidentified(con) -> None:
    assert ("unidentified", 1_500_000.0) in savings_of(con, YEAR_END)


def test_a_paragraphs_run_in_heading_names_the_service_of_its_figures_that_name_none(con) -> None:
    savings = savings_of(con, YEAR_END, "service_area")
    assert {
        ("target", 3_000_000.0, "adult_social_care"),
        ("delivered", 2_400_000.0, "adult_social_care"),
        ("delivered", 900_000.0, "childrens_services"),
    } <= savings
    assert ("delivered", 300_000.0, "housing") in savings  # its own words name its service


def test_savings_having_been_delivered_or_successfully_delivered_are_delivered(con) -> None:
    savings = savings_of(con, UPDATE)
    assert {("delivered", 3_600_000.0), ("delivered", 5_200_000.0)} <= savings
    assert not {("target", 3_600_000.0), ("target", 5_200_000.0)} & savings
    # ... but not savings "not having been achieved"
    assert ("delivered", 1_100_000.0) not in savings


def test_a_figure_of_savings_of_two_kinds_joined_by_and_is_a_target(con) -> None:
    # "setting £4.8m of staffing and procurement savings": the words after the figure name savings past an "and"
    assert ("target", 4_800_000.0) in savings_of(con, UPDATE)
