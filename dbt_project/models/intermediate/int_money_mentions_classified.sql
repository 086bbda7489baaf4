{# Each money mention with the mart it belongs to (savings, overspends, financial_figures), its kind,
   status or category, and its service area, from the keyword seeds. A mention no rule claims is dropped. #}
with

mentions as (

    select * from {{ ref('stg_reports__money_mentions') }}

),

rules as (

    select * from {{ ref('money_rules') }}

),

services as (

    select * from {{ ref('service_area_keywords') }}

),

windows as (

    select
        *,
        lower(right(regexp_replace(context_before, '^.*£[0-9][0-9,.]*\s?(bn|billion|m|million|k)?', ''), 70))
            as near_before,
        lower(left(split_part(context_after, '£', 1), 60)) as near_after,
        lower(sentence) as sentence_lower
    from mentions

),

matched_rules as (

    select
        windows.document_id,
        windows.mention_id,
        arg_min(rules.target_table, rules.priority) as target_table,
        arg_min(rules.label, rules.priority) as label
    from windows
    inner join rules
        on
            windows.unit = rules.unit
            and (rules.requires is null or regexp_matches(windows.sentence_lower, rules.requires))
            and regexp_matches(
                case rules.scope
                    when 'near' then windows.near_before || ' | ' || windows.near_after
                    when 'after' then windows.near_after
                    else windows.sentence_lower
                end,
                rules.pattern
            )
    group by windows.document_id, windows.mention_id

),

matched_services as (

    select
        windows.document_id,
        windows.mention_id,
        arg_min(
            services.service_area,
            services.priority
            + case
                when regexp_matches(windows.near_before || ' | ' || windows.near_after, services.pattern) then 0
                else 1000
            end
        ) as service_area
    from windows
    inner join services on regexp_matches(windows.sentence_lower, services.pattern)
    group by windows.document_id, windows.mention_id

),

final as (

    select
        windows.document_id,
        windows.source_file,
        windows.mention_id,
        matched_rules.target_table,
        matched_rules.label,
        case
            when
                regexp_matches(
                    windows.near_before || ' ' || windows.near_after,
                    'forecast|project|predict|anticipat|expected|likely'
                )
                then 'forecast'
            else 'actual'
        end as status,
        matched_services.service_area,
        windows.amount_gbp,
        windows.percent,
        windows.qualifier,
        windows.fiscal_year,
        windows.period,
        windows.raw_figure,
        windows.is_malformed,
        windows.quote,
        windows.char_offset
    from windows
    inner join matched_rules
        on
            windows.document_id = matched_rules.document_id
            and windows.mention_id = matched_rules.mention_id
    left join matched_services
        on
            windows.document_id = matched_services.document_id
            and windows.mention_id = matched_services.mention_id

)

select * from final
