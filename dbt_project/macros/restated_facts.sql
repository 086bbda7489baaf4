{# One row per distinct fact: mentions of the same figure with the same attributes (a figure restated in
   the summary and the body) collapse into one row; the first mention gives the quote and position. The same
   figure in two rows of a table is two facts (own_table_row). #}
{% macro restated_facts(target_table, fact_columns) -%}
    select
        mentions.document_id,
        {% for column in fact_columns %}mentions.{{ column }},
        {% endfor %}count(*) as mention_count,
        arg_min(mentions.qualifier, mentions.char_offset) as qualifier,
        arg_min(mentions.period, mentions.char_offset) as period,
        arg_min(mentions.quote, mentions.char_offset) as quote,
        min(mentions.char_offset) as char_offset,
        bool_or(mentions.is_malformed) as has_malformed_figure
    from {{ ref('int_money_mentions_classified') }} as mentions
    where mentions.target_table = '{{ target_table }}' and {{ changed_documents_only('mentions.document_id') }}
    group by mentions.document_id, mentions.own_table_row{% for column in fact_columns %}, mentions.{{ column }}{% endfor %}
{%- endmacro %}
