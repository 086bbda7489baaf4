{{ config(materialized='view') }}
{# Every money figure of one financial year, from the three money marts: the rows an analyst can add up by
   council and year (multi-year totals, figures without a year and percentages are left out). #}
with

savings as (

    select * from {{ ref('savings') }}

),

overspends as (

    select * from {{ ref('overspends') }}

),

financial_figures as (

    select * from {{ ref('financial_figures') }}

),

figures as (

    select
        document_id,
        source_file,
        council,
        'savings' as mart,
        kind as measure,
        amount_gbp,
        fiscal_year,
        service_area,
        quote,
        page_number
    from savings
    union all
    select
        document_id,
        source_file,
        council,
        'overspends' as mart,
        status as measure,
        amount_gbp,
        fiscal_year,
        service_area,
        quote,
        page_number
    from overspends
    union all
    select
        document_id,
        source_file,
        council,
        'financial_figures' as mart,
        category as measure,
        amount_gbp,
        fiscal_year,
        service_area,
        quote,
        page_number
    from financial_figures

),

final as (

    select * from figures
    where fiscal_year is not null and amount_gbp is not null

)

select * from final
