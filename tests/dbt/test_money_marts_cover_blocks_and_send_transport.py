"""Money marts on forms met in reports of councils we had not seen: an outturn report whose cover is a block of
labels' rows with one space after each colon ("Subject: Revenue Outturn ..." over "Cabinet Member: ..."), so that
its heading names the outturn and its savings without a year take the year it reports on; the unallocated balance
a part of the reserves is ("only £2.7m of this is the unallocated general balance"), no savings shortfall; and home
to school transport for children with special educational needs, a cost of SEND; and office accommodation, a
corporate service. Invented councils; every report runs through the real `councilwh refresh`."""

from __future__ import annotations

import textwrap

from tests.conftest import figures_of, overspends_of, savings_of

OUTTURN = "fenby-vale_2026_revenue-outturn-2025-26.txt"


def _wrapped(*paragraphs: str) -> str:
    return "\n\n".join(textwrap.fill(paragraph, 72) for paragraph in paragraphs)


REPORTS = {
    OUTTURN: (
        "Fenby Vale County Council\n\n"
        "Report to Cabinet\n\n"
        "9 July 2026\n\n"
        "Subject: Revenue Outturn 2025/26 - General Fund, Housing and Reserves\n"
        "Cabinet Member: Cabinet Member for Resources and Corporate Services\n"
        "Director: Executive Director of Resources and Section 151 Officer\n"
        "Contact Officer: Bram Tolley, Head of Corporate Finance and Treasury\n\n"
        + _wrapped(
            "1 Recommendations",
            "1.1 That Cabinet notes the final revenue position of the council for the year and approves the "
            "transfers to and from earmarked reserves that are set out in section 5 of this report.",
            "3 Revenue Outturn",
            "3.2 Children's Services overspent by £3.20m in the year. Home to school transport for children with "
            "special educational needs accounted for £1.15m of this, with the balance arising from the cost of "
            "external residential placements for looked after children.",
            "4 Savings",
            "4.1 Savings of £8.0m were built into the budget agreed by Council in February. £6.4m (80%) were "
            "delivered in year, and the remaining proposals have been carried forward into the programme.",
            "4.2 The consolidation of office accommodation at Marsh House saved £0.35m, as planned.",
            "5 Reserves",
            "5.1 Usable reserves stood at £31.5m at the end of March, which is healthy for a council of this size, "
            "although only £2.7m of this is the unallocated general balance and the rest is committed.",
        )
        + "\n"
    ),
}


def test_a_cover_block_of_labels_rows_names_the_outturn_so_savings_take_its_year(con) -> None:
    assert ("delivered", 6_400_000.0, "2025/26") in savings_of(con, OUTTURN, "fiscal_year")


def test_the_unallocated_balance_a_part_of_the_reserves_is_is_a_reserve_not_a_shortfall(con) -> None:
    assert ("reserves", 2_700_000.0) in figures_of(con, OUTTURN)
    assert 2_700_000.0 not in {amount for _kind, amount in savings_of(con, OUTTURN)}


def test_home_to_school_transport_for_children_with_special_educational_needs_is_send(con) -> None:
    assert (1_150_000.0, "send") in overspends_of(con, OUTTURN)


def test_a_saving_from_office_accommodation_is_a_corporate_services_saving(con) -> None:
    assert ("delivered", 350_000.0, "corporate_services") in savings_of(con, OUTTURN, "service_area")
