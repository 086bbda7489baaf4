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

clauses as (

    select
        *,
        lower(right(regexp_replace(context_before, '^.*£[0-9][0-9,.]*\s?(bn|billion|m|million|k)?', ''), 70))
            as clause_before,
        {# the words after the figure, up to the next figure or clause ("£121m with an overspend of £30k":
           the overspend is £30k's) #}
        regexp_replace(
            lower(left(split_part(context_after, '£', 1), 60)),
            '(?:,|;|\s(?:with|and|which|while|whereas|but|against)\s).*$',
            ''
        ) as near_after,
        lower(sentence) as sentence_lower,
        {# the sentence before, when this one refers back to it ("This follows an overspend of £4.5m") #}
        case
            when regexp_matches(lower(sentence), '^\W*(this|these|it|they|such)\b')
                then regexp_extract(
                    split_part(lower(paragraph), lower(sentence), 1), '((?:[^.!?]|[.][0-9])*[.!?]?\s*)$', 1
                )
            else ''
        end as previous_sentence
    from mentions

),

unbalanced as (

    {# "to balance the budget" says what a figure is for, not that it is a budget #}
    select
        * replace (
            regexp_replace(clause_before, 'balanced? (?:the |a |its |our )?budgets?', 'balanced', 'g') as clause_before,
            regexp_replace(near_after, 'balanced? (?:the |a |its |our )?budgets?', 'balanced', 'g') as near_after
        )
    from clauses

),

windows as (

    {# the figure's own clause: cut at the last clause boundary (", and", ";", " – ", ", whereas") unless
       nothing of substance follows it ("remain unallocated – £8.6m" keeps its words) #}
    select
        *,
        coalesce(
            nullif(
                regexp_extract(
                    clause_before, '(?:,\s+and|,\s+but|,\s+whereas|;|\s–\s)\s+([^;–]*[a-z]{3}[^;–]*)$', 1
                ),
                ''
            ),
            clause_before
        ) as near_before
    from unbalanced

),

rule_matches as (

    select
        windows.document_id,
        windows.mention_id,
        rules.target_table,
        rules.label,
        {# the nearer the words to the figure, the stronger: priority plus distance in characters #}
        rules.priority
        + case
            when rules.scope <> 'near' then 0
            else least(
                case
                    when regexp_matches(windows.near_before, rules.pattern)
                        then
                            length(windows.near_before)
                            - length(regexp_extract(windows.near_before, '^.*(' || rules.pattern || ')', 0))
                    else 999
                end,
                case
                    when regexp_matches(windows.near_after, rules.pattern)
                        then length(regexp_extract(windows.near_after, '^.*?(' || rules.pattern || ')', 0))
                    else 999
                end
            )
        end as priority
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

),

matched_rules as (

    select
        document_id,
        mention_id,
        min(priority) as priority,
        arg_min(target_table, priority) as target_table,
        arg_min(label, priority) as label
    from rule_matches
    group by document_id, mention_id

),

service_matches as (

    {# level 0: the clause before the figure; 1: the words after it; 2: its sentence; 3: the sentence it
       refers back to #}
    select
        windows.document_id,
        windows.mention_id,
        services.service_area,
        services.priority,
        {# a list member's own words follow it ("£7.7m on children's and £4.1m on adults") #}
        case
            when windows.continues_previous and regexp_matches(windows.near_after, services.pattern) then 0
            when regexp_matches(windows.near_before, services.pattern)
                then case when windows.continues_previous then 1 else 0 end
            when regexp_matches(windows.near_after, services.pattern) then 1
            when regexp_matches(windows.sentence_lower, services.pattern) then 2
            else 3
        end as service_level
    from windows
    inner join services
        on
            regexp_matches(windows.sentence_lower, services.pattern)
            or regexp_matches(windows.previous_sentence, services.pattern)

),

service_levels as (

    select
        document_id,
        mention_id,
        service_level,
        count(distinct service_area) as services_named,
        arg_min(service_area, priority) as service_area
    from service_matches
    group by document_id, mention_id, service_level

),

matched_services as (

    select
        document_id,
        mention_id,
        min(service_level) as service_level,
        arg_min(service_area, service_level) as service_area,
        arg_min(services_named, service_level) as services_named
    from service_levels
    group by document_id, mention_id

),

report_years as (

    select * from {{ ref('int_documents_report_years') }}

),

own as (

    select
        windows.*,
        matched_rules.priority,
        matched_rules.target_table,
        matched_rules.label,
        {# the service named by the figure's own clause or the words after it (the first by priority: a
           "Children and Adults" group is children's), else the one service its sentence names, else the
           one the sentence it refers back to names #}
        case
            when matched_services.service_level < 2 then matched_services.service_area
            when matched_services.service_level >= 2 and matched_services.services_named = 1
                then matched_services.service_area
        end as service_area,
        report_years.report_year,
        report_years.reporting_year,
        report_years.is_reporting_year_open,
        sum(case when windows.continues_previous then 0 else 1 end) over (
            partition by windows.document_id order by windows.mention_id
        ) as chain_id
    from windows
    left join matched_rules
        on
            windows.document_id = matched_rules.document_id
            and windows.mention_id = matched_rules.mention_id
    left join matched_services
        on
            windows.document_id = matched_services.document_id
            and windows.mention_id = matched_services.mention_id
    left join report_years on windows.document_id = report_years.document_id

),

chained as (

    {# "£4.5m in 2015/16 and £3.7m in 2016/17": a figure that continues a list takes the class of the
       list's first figure unless its own clause says otherwise #}
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
            when continues_previous and coalesce(priority, 999) >= 100 then head_target_table
            else target_table
        end as resolved_table,
        case
            when continues_previous and coalesce(priority, 999) >= 100 then head_label
            else label
        end as resolved_label,
        case
            when regexp_matches(near_before, 'forecast|project|predict|anticipat|expected|likely') then 'forecast'
            when regexp_matches(near_before, 'overspent|over-spent|outturn') then 'actual'
            when regexp_matches(near_after, 'forecast|project|predict|anticipat|expected|likely') then 'forecast'
            when regexp_matches(sentence_lower, 'forecast|project|predict|anticipat') then 'forecast'
        end as status_from_words
    from chained

),

shares as (

    {# a percentage restating the amount before it ("£8.9m (46%) of the target") is a savings rate when that
       amount is a saving, else no fact of its own ("an overspend of £30k or 0.02% of the net budget") #}
    select
        * replace (
            case
                when not is_share_of_previous then resolved_table
                when lag(resolved_table) over mentions_in_order = 'savings' then 'savings'
            end as resolved_table,
            case when is_share_of_previous then 'rate' else resolved_label end as resolved_label
        )
    from resolved
    window mentions_in_order as (partition by document_id order by mention_id)

),

classified as (

    select
        document_id,
        source_file,
        mention_id,
        resolved_table as target_table,
        resolved_label as label,
        status_from_words,
        coalesce(
            case when continues_previous then coalesce(service_area, head_service_area) else service_area end,
            {# a restated figure without a service takes the one service its other statements give #}
            case when count(distinct service_area) over restated = 1 then max(service_area) over restated end
        ) as service_area,
        amount_gbp,
        percent,
        qualifier,
        coalesce(
            fiscal_year,
            {# a restated figure without a year takes the one year its other statements give; an overspend
               without one, the year the report is about #}
            case
                when count(distinct fiscal_year) over restated = 1 then max(fiscal_year) over restated
            end,
            {# (overspends only: a programme's savings in a quarterly report are not the quarter's year) #}
            case when period is null and resolved_table = 'overspends' then reporting_year end
        ) as fiscal_year,
        report_year,
        reporting_year,
        is_reporting_year_open,
        period,
        raw_figure,
        is_malformed,
        quote,
        char_offset,
        coalesce(priority, 999) as label_priority
    from shares
    {# the marts' row rules: an overspend has an amount; a savings rate is a percentage, other kinds amounts #}
    where
        resolved_table is not null
        and (resolved_table <> 'overspends' or amount_gbp is not null)
        and (resolved_table <> 'savings' or (resolved_label = 'rate') = (percent is not null))
    window restated as (partition by document_id, resolved_table, resolved_label, amount_gbp, percent)

),

precise_restatements as (

    {# a precise figure (not a round number of millions) stated twice in one report with different labels
       and no year is one fact: keep the label of the strongest rule #}
    select
        *,
        row_number() over (
            partition by document_id, amount_gbp, coalesce(fiscal_year, '')
            order by label_priority, mention_id
        ) as statement_rank
    from classified

),

statuses as (

    {# a figure for a year closed at the report's date is actual, for the open year the report is about a
       forecast; else the words nearest the figure, and a restated figure is a forecast if any statement is #}
    select
        *,
        case
            when fiscal_year < report_year then 'actual'
            when fiscal_year = reporting_year and is_reporting_year_open then 'forecast'
            when fiscal_year = reporting_year and not is_reporting_year_open then 'actual'
            when bool_or(status_from_words = 'forecast') over restated then 'forecast'
            else 'actual'
        end as status
    from precise_restatements
    where statement_rank = 1 or amount_gbp is null or amount_gbp % 1000000 = 0 or fiscal_year is not null
    window restated as (partition by document_id, target_table, amount_gbp, percent)

),

final as (

    select
        * exclude (
            statement_rank, label_priority, status_from_words, report_year, reporting_year, is_reporting_year_open
        )
    from statuses

)

select * from final
