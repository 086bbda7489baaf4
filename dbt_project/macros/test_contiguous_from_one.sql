{# Fails for each group whose numbers are not exactly 1..n (no gap, no repeat). #}
{% test contiguous_from_one(model, column_name, group_by) %}

    select
        {{ group_by }},
        count(*) as numbers,
        count(distinct {{ column_name }}) as distinct_numbers,
        min({{ column_name }}) as first_number,
        max({{ column_name }}) as last_number
    from {{ model }}
    group by {{ group_by }}
    having
        min({{ column_name }}) <> 1
        or max({{ column_name }}) <> count(*)
        or count(distinct {{ column_name }}) <> count(*)

{% endtest %}
