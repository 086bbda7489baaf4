{# Fails with every row of the model: for a model that should stay empty (set-aside rows). #}
{% test is_empty(model) %}

    select * from {{ model }}

{% endtest %}
