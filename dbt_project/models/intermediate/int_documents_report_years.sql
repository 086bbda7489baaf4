{# Each document's financial years: the year it was written in (report_year), the one year it reports on
   (reporting_year: its reporting period's, else the one year its heading names, as in "Revenue Budget
   Monitoring 2018/19 - Quarter Two"), the one year its opening page says its money position is for
   (stated_year: "the 2024/25 financial position"), whether that year was still open at the report's date,
   and whether it is a report on the council's money (is_budget_report: its heading names a budget or an
   outturn) or on its savings (is_savings_report).
   Stored, and on an incremental refresh built from the changed reports' documents only (per document). #}
with

documents as (

    select * from {{ ref('stg_reports__documents') }}
    where {{ changed_documents_only('document_id') }}

),

pages as (

    select * from {{ ref('stg_reports__pages') }}
    where {{ changed_documents_only('document_id') }}

),

first_pages as (

    {# each document with its first page's text, in one chain from `documents` to `final` (no join back): a
       filter on the documents (an incremental build's changed ones) reaches every step, where a join of the
       pages' years back to the documents read every document's first page #}
    select
        documents.*,
        pages.text
    from documents
    left join pages on documents.document_id = pages.document_id and pages.page_number = 1

),

heading_lines as (

    {# the heading: the short lines without a figure among the page's opening characters #}
    select
        *,
        array_to_string(
            list_filter(
                string_split(left(text, 600), chr(10)),
                lambda heading_line: length(trim(heading_line)) between 1 and 150 and heading_line not like '%£%'
            )[1:6],
            ' '
        ) as heading
    from first_pages

),

heading_years as (

    select
        * replace (lower(heading) as heading),
        {# a fiscal year is a year and the next: "2018/19", "2017-18", "2020/2021" (not "2018 - 2023") #}
        list_distinct(
            list_filter(
                list_transform(
                    regexp_extract_all(heading, '((?:19|20)[0-9]{2})\s?[/\-–—]\s?((?:19|20)?[0-9]{2})\b'),
                    lambda written: [left(written, 4), right(written, 2)]
                ),
                lambda parts: right((parts[1]::integer + 1)::varchar, 2) = parts[2]
            )
        ) as heading_fiscal_years
    from heading_lines

),

stated_years as (

    {# the one financial year the opening page says the report's money position is for, where no heading names
       it ("the revenue budget monitoring position for 2019/20", "the 2024/25 financial position") #}
    select
        *,
        list_distinct(
            list_transform(
                regexp_extract_all(
                    lower(text),
                    '(?:(?:monitoring|financial|budget|revenue) position (?:for|in) (?:the year )?'
                    || '(?:19|20)[0-9]{2}[/-](?:20)?[0-9]{2}\b'
                    || '|\b(?:19|20)[0-9]{2}[/-](?:20)?[0-9]{2} (?:financial|budget|revenue|monitoring) position'
                    {# "the projected outturn for the 2013/14 revenue budget" #}
                    || '|(?:projected|forecast) outturn (?:for|on) (?:the )?(?:19|20)[0-9]{2}[/-](?:20)?[0-9]{2}\b)'
                ),
                lambda phrase: regexp_replace(
                    regexp_extract(phrase, '(?:19|20)[0-9]{2}[/-](?:20)?[0-9]{2}'),
                    '^([0-9]{4})[/-](?:20)?([0-9]{2})$',
                    '\1/\2'
                )
            )
        ) as stated_fiscal_years
    from heading_years

),

dated as (

    select
        document_id,
        doc_type,
        period_end,
        coalesce(document_date, period_end, period_start) as written_on,
        heading,
        case when len(stated_fiscal_years) = 1 then stated_fiscal_years[1] end as stated_year,
        {# only a report on a year's budget names the year its figures are for ("Financial Outturn
           2017-18"), not a consultation on next year's budget #}
        case
            when
                len(heading_fiscal_years) = 1
                and regexp_matches(
                    heading,
                    'monitoring|outturn|quarter|\bq[1-4]\b|budget report|performance report|financial performance'
                    || '|statement of accounts|annual accounts'
                    {# ... or on one year's savings programme ("Savings Programme 2025/26: Delivery Update") #}
                    || '|(savings|efficiency|efficiencies|transformation) (programme|plan|tracker|delivery)'
                )
                then heading_fiscal_years[1][1] || '/' || heading_fiscal_years[1][2]
        end as heading_year,
        {# a report on the council's money (budget monitoring, outturn, the year's accounts, its savings), not a
           general performance report #}
        coalesce(
            regexp_matches(heading, 'budget|outturn|revenue|financ|spending|accounts|savings'), false
        ) as is_budget_report,
        {# a report on the council's savings (a savings programme's delivery, tracker or plan): its figures speak of
           savings though a sentence of it names none ("Adults" over "£1.1m of £1.6m delivered") #}
        coalesce(
            regexp_matches(
                heading, '(savings|efficiency|efficiencies) (programme|plan|tracker|delivery|update)'
            ),
            false
        ) as is_savings_report
    from stated_years

),

final as (

    select
        document_id,
        {# the financial year (April to March) the report was written in #}
        (year(written_on) - case when month(written_on) < 4 then 1 else 0 end)::varchar
        || '/'
        || right((year(written_on) - case when month(written_on) < 4 then 1 else 0 end + 1)::varchar, 2)
            as report_year,
        coalesce(
            case
                {# a reporting period ends on a month's last day (30 June, 31 December); the days of a peer
                   challenge's visit that minutes about it give ("21 to 24 March") are no reporting period #}
                when doc_type in ('performance_report', 'other') and period_end = last_day(period_end)
                    then
                        (year(period_end) - case when month(period_end) < 4 then 1 else 0 end)::varchar
                        || '/'
                        || right((year(period_end) - case when month(period_end) < 4 then 1 else 0 end + 1)::varchar, 2)
            end,
            heading_year
        ) as reporting_year,
        case
            {# a year is open until its last month's report, and while it has not ended at the report's date #}
            when doc_type in ('performance_report', 'other') and period_end = last_day(period_end)
                then month(period_end) <> 3 or period_end > written_on
            {# (a "forecast outturn" or "projected outturn" is a monitoring report's, not the closed year's) #}
            when
                regexp_matches(
                    regexp_replace(heading, '(forecast|projected|predicted) outturn', '', 'g'),
                    'outturn|final accounts|statement of accounts|annual accounts|year[- ]end'
                )
                then false
            when regexp_matches(heading, 'monitoring|quarter|\bq[1-3]\b|\bmonth|\bperiod [0-9]|forecast') then true
        end as is_reporting_year_open,
        stated_year,
        is_budget_report,
        is_savings_report
    from dated

)

select * from final
