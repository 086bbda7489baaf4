{# Each money mention's strongest rule of the `money_rules` seed: its mart (target_table), label and
   priority (the rule's priority plus the distance in characters of its words from the figure); a rule
   of scope `heading` is kept apart (heading_target_table, heading_label): the section a figure is in
   speaks only where the figure's own words do not; is_movement: the figure is a change ("fallen by");
   keeps_sign: a table cell whose column's rule did not read its sign, so a negative cell is a negative amount. #}
with

windows as (

    select * from {{ ref('int_money_mentions_windowed') }}

),

{# the text a rule of each scope reads: `near` the figure's own clause; `before` words that speak of the figure after
   them only ("has grown by £2m"); `rest` the rest of the sentence, later figures included ("£0.8m of the £2.0m
   corporate contingency"); `row` a table cell's row name ("earmarked reserves"); `column` a table cell's column
   headings and its sign ("variance £m | negative"); `sentence` (the rest) the figure's own sentence #}
{%- set scope_texts = {
    'near': "windows.near_before || ' | ' || windows.near_after",
    'before': "windows.near_before",
    'after': "windows.near_after",
    'rest': "lower(windows.context_after)",
    'heading': "windows.headings",
    'row': "windows.row_name",
    'previous': "windows.previous_sentence",
    'column': "lower(windows.column_label)"
        ~ " || case when windows.is_negative then ' | negative' else ' | positive' end",
    'sentence': "windows.sentence_own",
} %}
{# the seed's rules, each pattern matched as a constant (`seed_rules.sql`) #}
{%- set rule_rows = seed_rows(
    ref('money_rules'), ['priority', 'scope', 'unit', 'requires', 'pattern', 'target_table', 'label']
) %}

rules as (

    {{ seed_table(rule_rows, [
        ['priority', 'double'], ['scope', 'varchar'], ['unit', 'varchar'], ['requires', 'varchar'],
        ['pattern', 'varchar'], ['target_table', 'varchar'], ['label', 'varchar'],
    ]) }}

),

{#- the words before the figure up to the end of the rule's last match, and after it to the end of the first #}
{%- set to_last_before = 'regexp_extract(windows.near_before, {last_match}, 0)' %}
{%- set to_first_after = 'regexp_extract(windows.near_after, {first_match}, 0)' %}

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
                    - length({{ per_rule(rule_rows, to_last_before, ['before']) }})
            when rules.scope <> 'near' then 0
            else least(
                case
                    when {{ per_rule(rule_rows, 'regexp_matches(windows.near_before, {pattern})', ['near']) }}
                        then
                            length(windows.near_before)
                            - length({{ per_rule(rule_rows, to_last_before, ['near']) }})
                    else 999
                end,
                case
                    when {{ per_rule(rule_rows, 'regexp_matches(windows.near_after, {pattern})', ['near']) }}
                        then length({{ per_rule(rule_rows, to_first_after, ['near']) }})
                    else 999
                end
            )
        end as distance
    from windows
    inner join rules
        on
            windows.unit = rules.unit
            and (
                rules.requires is null
                or {{ per_rule(rule_rows, 'regexp_matches(windows.requires_text, {requires})', requires=true) }}
            )
            and {{ per_rule(rule_rows, 'regexp_matches({text}, {pattern})', texts=scope_texts) }}

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
