{# Each money mention's strongest rule of the `money_rules` seed: its mart (target_table), label and
   priority (the rule's priority plus the distance in characters of its words from the figure); a rule
   of scope `heading` is kept apart (heading_target_table, heading_label): the section a figure is in
   speaks only where the figure's own words do not; is_movement: the figure is a change ("fallen by");
   keeps_sign: a table cell whose column's rule did not read its sign, so a negative cell is a negative amount. #}
with

windows as (

    select * from {{ ref('int_money_mentions_windowed') }}

),

rules as (

    select * from {{ ref('money_rules') }}

),

rule_matches as (

    select
        windows.document_id,
        windows.mention_id,
        rules.scope,
        rules.target_table,
        rules.label,
        rules.priority as rule_priority,
        {# a budget or outturn cell's sign is the amount's own (a net income budget "(2,640)"), unless the rule read
           it (a variance); a movement's sign says which way it went #}
        rules.scope = 'column'
        and rules.label in ('budget', 'other')
        and not regexp_matches(rules.pattern, '\| (negative|positive)\$$') as keeps_sign,
        {# the nearer the words to the figure, the stronger: priority plus distance in characters, and words
           further than 70 characters away speak only when no nearer rule does #}
        case
            when rules.scope = 'before'
                then
                    length(windows.near_before)
                    - length(regexp_extract(windows.near_before, '^.*(' || rules.pattern || ')', 0))
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
        end as distance
    from windows
    inner join rules
        on
            windows.unit = rules.unit
            and (rules.requires is null or regexp_matches(windows.requires_text, rules.requires))
            and regexp_matches(
                case rules.scope
                    when 'near' then windows.near_before || ' | ' || windows.near_after
                    {# words that speak of the figure after them only ("has grown by £2m") #}
                    when 'before' then windows.near_before
                    when 'after' then windows.near_after
                    {# the rest of the sentence, later figures included ("£0.8m of the £2.0m corporate contingency") #}
                    when 'rest' then lower(windows.context_after)
                    when 'heading' then windows.headings
                    {# a table cell's row name ("earmarked reserves") #}
                    when 'row' then windows.row_name
                    when 'previous' then windows.previous_sentence
                    {# a table cell's column headings and its sign ("variance £m | negative") #}
                    when 'column'
                        then
                            lower(windows.column_label)
                            || case when windows.is_negative then ' | negative' else ' | positive' end
                    else windows.sentence_own
                end,
                rules.pattern
            )

),

weighed as (

    select
        * exclude (rule_priority, distance),
        rule_priority + distance + case when distance > 70 then 100 else 0 end as priority
    from rule_matches

),

best as (

    select
        document_id,
        mention_id,
        min(priority) filter (where scope <> 'heading') as priority,
        arg_min(target_table, priority) filter (where scope <> 'heading') as target_table,
        arg_min(label, priority) filter (where scope <> 'heading') as label,
        arg_min(keeps_sign, priority) filter (where scope <> 'heading') as keeps_sign,
        arg_min(label, priority) filter (
            where scope = 'near' and target_table = 'financial_figures' and label not in ('movement', 'other', 'budget')
        ) as near_category,
        arg_min(target_table, priority) filter (where scope = 'heading') as heading_target_table,
        arg_min(label, priority) filter (where scope = 'heading') as heading_label
    from weighed
    group by document_id, mention_id

),

final as (

    {# a movement ("fallen by £27m", "an increase of £1m") is of the category its clause names ("grants have
       fallen by £27m": grant), else other #}
    select
        * exclude (label, near_category),
        case when label = 'movement' then coalesce(near_category, 'other') else label end as label,
        coalesce(label = 'movement' and near_category is null, false) as is_movement
    from best

)

select * from final
