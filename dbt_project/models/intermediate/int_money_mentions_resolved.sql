{# Each money mention with its own rule, the heading's, its service and the years of its report, and the
   class it takes: a figure that continues a list takes the class of the list's first figure unless its
   own clause says otherwise; a percentage restating the amount before it is a savings rate or nothing.
   Stored, and on an incremental refresh built from the changed reports' mentions only (every window and
   join below is by document). #}
{%- set changed_only = changed_documents_only('document_id') %}
{#- the words that make a figure a forecast, and near it also an expectation #}
{%- set forecast_words = 'forecast|project|predict|anticipat' %}
{#- ("a potential overspend of £2m": one that may yet happen; not "the potential for winter pressures" or
    "the potential risks" of a year since closed) #}
{%- set potential = '\\bpotential(ly)? (over ?spen|over-spen|pressure|deficit|shortfall)' %}
{%- set forecast_near = forecast_words ~ '|\\bexpect|likely|' ~ potential %}
with

windows as (

    select * from {{ ref('int_money_mentions_windowed') }}
    where {{ changed_only }}

),

labels as (

    {# a section titled "Savings we have made" makes a figure its own words leave unclassed, class only
       weakly (a cost cut, "a saving of") or call a movement ("spending has fallen by") what it says #}
    select
        *,
        heading_target_table is not null
        and (target_table is null or is_movement or coalesce(priority, 999) >= 100) as uses_heading
    from {{ ref('int_money_mentions_labelled') }}
    where {{ changed_only }}

),

services as (

    select * from {{ ref('int_money_mentions_serviced') }}
    where {{ changed_only }}

),

report_years as (

    select * from {{ ref('int_documents_report_years') }}
    where {{ changed_only }}

),

own as (

    select
        windows.*,
        labels.priority,
        coalesce(labels.is_movement, false) as is_movement,
        coalesce(labels.keeps_sign and not labels.uses_heading, false) as keeps_sign,
        case when labels.uses_heading then labels.heading_target_table else labels.target_table end as target_table,
        case when labels.uses_heading then labels.heading_label else labels.label end as label,
        services.service_area,
        services.row_service_area,
        services.row_keyword_area,
        services.row_part_area,
        services.lead_keyword_area,
        report_years.report_year,
        report_years.reporting_year,
        report_years.stated_year,
        report_years.is_reporting_year_open,
        report_years.is_budget_report,
        sum(case when windows.continues_previous then 0 else 1 end) over (
            partition by windows.document_id order by windows.mention_id
        ) as chain_id
    from windows
    left join labels on windows.document_id = labels.document_id and windows.mention_id = labels.mention_id
    left join services on windows.document_id = services.document_id and windows.mention_id = services.mention_id
    left join report_years on windows.document_id = report_years.document_id

),

chained as (

    select
        *,
        first_value(target_table) over chain as head_target_table,
        first_value(label) over chain as head_label,
        first_value(service_area) over chain as head_service_area
    from own
    window chain as (partition by document_id, chain_id order by mention_id)

),

resolved as (

    select
        *,
        case
            when continues_previous and coalesce(priority, 999) >= 100 then head_target_table else target_table
        end as resolved_table,
        case when continues_previous and coalesce(priority, 999) >= 100 then head_label else label end
            as resolved_label,
        {# forecast_own: the figure's own words call it a forecast (before it, or right after it: "an overspend of
           £3.6m was projected"), not a later clause ("£3.4m in 2017/18, the service is now projected to balance") #}
        case
            when regexp_matches(near_before, '{{ forecast_near }}') then 'forecast_own'
            when regexp_matches(near_before, '\boutturn') then 'outturn'
            when regexp_matches(near_before, 'overspent|over-spent') then 'actual'
            {# spending to date above its profile has happened, as an outturn has ("expenditure was £3.8m above the
               budget profile"), though the year is open; not spending still to come ("will be £0.5m above the budget
               profile at year end") #}
            when
                regexp_matches(
                    near_after, '^\W*(above|over|in excess of) (the )?(approved |revised )?(budget )?profile\b'
                )
                and not regexp_matches(
                    near_before || ' ' || near_after,
                    '\bwill\b|\byear[- ]end\b|\bby (the end of the (financial )?year|(31 )?march)\b'
                )
                then 'outturn'
            when
                regexp_matches(
                    near_after,
                    {# "the £4.7m overspend forecast at quarter 3" #}
                    '^\W*((overspend|underspend|deficit|variance|pressure|gap|shortfall) )?'
                    || '((was|were|is|are|had been|has been|now|being|then) )*'
                    || '(forecast|projected|predicted|anticipated|expected)'
                )
                then 'forecast_own'
            when regexp_matches(near_after, '{{ forecast_near }}') then 'forecast'
        end as status_from_near
    from chained

),

chain_worded as (

    {# a part or the next member of a list ("an outturn of £9.7m, driven by SEND (£4.1m)") shares the status its
       head's own words give, and so does a figure its sentence joins to the one before ("the forecast was an
       overspend of £2.1m and an overspend of £40k for the HRA") #}
    select
        * replace (
            coalesce(
                status_from_near,
                case when continues_previous then first_value(status_from_near) over chain end,
                case
                    when
                        regexp_matches(near_before, '^\W*(and|while|whilst|with|plus)\b')
                        and lag(sentence_lower) over mentions_in_order = sentence_lower
                        then lag(status_from_near) over mentions_in_order
                end
            ) as status_from_near
        )
    from resolved
    window
        chain as (partition by document_id, chain_id order by mention_id),
        mentions_in_order as (partition by document_id order by mention_id)

),

worded as (

    select
        *,
        coalesce(
            case status_from_near
                when 'outturn' then 'actual' when 'forecast_own' then 'forecast' else status_from_near
            end,
            case when regexp_matches(sentence_lower, '{{ forecast_words }}') then 'forecast' end,
            {# ... or the sentence it refers back to ("The forecast was an overspend of £8.2m. By quarter two this had
               improved to £5.9m") #}
            case when regexp_matches(previous_sentence, '{{ forecast_words }}') then 'forecast' end,
            {# a figure whose own sentence says neither, under a section heading or lead-in line (not the report's
               title) that says forecast ("The forecast for 2026/27 by service:" over "Adult social care   £1.1m over") #}
            case
                when regexp_matches(lower(coalesce(heading, '')), '\bforecast|\bprojected\b|\bprojections?\b|\bpredict')
                    then 'forecast'
            end
        ) as status_from_words
    from chain_worded

),

shares as (

    {# what the figure before a percentage is: a saving (not a change in one), or a reserve, as this one is #}
    select
        *,
        coalesce(
            lag(resolved_table) over mentions_in_order = 'savings' and not lag(is_movement) over mentions_in_order,
            false
        ) as follows_saving,
        coalesce(lag(resolved_label) over mentions_in_order = 'reserves' and resolved_label = 'reserves', false)
            as is_reserve_share
    from worded
    window mentions_in_order as (partition by document_id order by mention_id)

),

final as (

    {# a percentage restating the amount before it ("£8.9m (46%) of the target") is a savings rate when that
       amount is a saving, else no fact of its own ("an overspend of £30k or 0.02% of the net budget"); after a
       change ("spending has fallen by £6m or 60%") it is the size of the change, and a share of a budget ("£2m (3% of
       the net budget)") is the amount's size, not a savings rate; but a reserve's share of the budget ("a general
       reserve of £16m, which is 5.6% of the net budget") is a reserves figure of its own, the measure a minimum
       balance is set in #}
    select
        * exclude (follows_saving, is_reserve_share) replace (
            case
                when not is_share_of_previous then resolved_table
                when
                    follows_saving and not regexp_matches(near_after, '^\W*of (the |its |our )?([a-z]+ ){0,3}budget')
                    then 'savings'
                when is_reserve_share then resolved_table
            end as resolved_table,
            case
                when is_share_of_previous and not is_reserve_share then 'rate'
                else resolved_label
            end as resolved_label
        )
    from shares

)

select * from final
