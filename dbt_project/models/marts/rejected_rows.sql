{# Rows of the fact marts set aside by a row rule (macros/row_rules.sql), with the rule and the report. #}
{% for mart in row_rule_marts() %}
-- depends_on: {{ ref(mart) }}
{% endfor %}

with

rejected as (

    {% for mart in row_rule_marts() %}
        select * from {{ rejected_relation(mart) }}
        {% if not loop.last %}union all{% endif %}
    {% endfor %}

),

final as (

    select
        mart,
        rule,
        document_id,
        source_file,
        quote,
        char_offset,
        row_data
    from rejected

)

select * from final
