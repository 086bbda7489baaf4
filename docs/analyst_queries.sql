-- Example queries for analysts. Run one with `councilwh sql --file docs/analyst_queries.sql` (every
-- result is printed) or copy one into `councilwh sql "..."`. Schema `marts` is searched by default.
-- Each query is run against the bundled sample warehouse by tests/orchestration/test_analyst_queries.py.

-- savings_by_council_and_year: savings delivered against target, per council and financial year.
-- Only single-year figures (fiscal_year set): a multi-year total ("£95m over eight years") has a period and
-- no fiscal_year, and adding it to yearly figures would count the same money twice.
select
    council,
    fiscal_year,
    sum(amount_gbp) filter (where kind = 'target') as target_gbp,
    sum(amount_gbp) filter (where kind = 'delivered') as delivered_gbp,
    round(
        100 * sum(amount_gbp) filter (where kind = 'delivered')
        / nullif(sum(amount_gbp) filter (where kind = 'target'), 0),
        1
    ) as delivered_percent_of_target
from savings
where fiscal_year is not null and kind in ('target', 'delivered')
group by council, fiscal_year
order by council, fiscal_year;

-- overspends_by_service: overspends per service area, actual against forecast (all years).
select
    coalesce(service_area, 'whole council') as service_area,
    sum(amount_gbp) filter (where status = 'actual') as actual_gbp,
    sum(amount_gbp) filter (where status = 'forecast') as forecast_gbp,
    count(distinct council) as councils,
    count(*) as figures
from overspends
group by all
order by coalesce(actual_gbp, 0) + coalesce(forecast_gbp, 0) desc;

-- recommendation_themes: how many recommendations touch each theme, and in how many councils' reports.
select
    theme,
    count(*) as recommendations,
    count(distinct council) as councils
from (select unnest(themes) as theme, council from recommendations) as themed
group by theme
order by recommendations desc, theme;

-- rag_trend: the red/amber/green mix of each performance report, period by period, in the report's order.
select
    council,
    source_file,
    period_order,
    period,
    count(*) filter (where status = 'G') as green,
    count(*) filter (where status = 'A') as amber,
    count(*) filter (where status = 'R') as red,
    round(100.0 * count(*) filter (where status = 'G') / count(*), 1) as green_percent
from performance_rag
group by council, source_file, period_order, period
order by council, source_file, period_order;

-- reserves_and_funding_gap: the latest stated reserves and funding gap of each council, with the quotes.
select
    council,
    category,
    fiscal_year,
    amount_gbp,
    source_file,
    page_number,
    quote
from financial_figures
where category in ('reserves', 'funding_gap') and amount_gbp is not null
qualify row_number() over (
    partition by council, category order by fiscal_year desc nulls last, amount_gbp desc
) = 1
order by council, category;
