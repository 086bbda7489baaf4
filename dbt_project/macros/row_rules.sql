{#
    Isolation per document: a row of a fact mart that breaks one of the mart's row rules is set aside in
    `marts.rejected_rows` (with the rule, its report and its quote) instead of failing the run.

    The rules are the dbt tests in models/marts/_marts.yml, read from the project graph: one definition.
    Policy (also in the README, "Data-quality checks"):
      guards ROWS (the row is set aside, the run goes on):
        not_null and accepted_values on a fact column, and the mart's grain
        (unique_combination_of_columns: the first mention of a key is kept, later ones set aside);
      guards the PIPELINE (error, the run fails, nothing is published):
        every test on document_id and source_file (the raw contract guarantees them), relationships,
        the tests of documents, document_history, quarantine and warnings, and the model contracts.
    After the set-aside the row tests pass; a row test that still fails means the set-aside itself broke.
    So they run on full builds (first build, --force, other code) and are left out of an incremental build,
    whose code is that of a full build that ran them (orchestration/assets/dbt.py, `row_rule_tests`).
#}

{# The marts whose row rules set rows aside (each gets a `rejected__<mart>` table in schema staging);
   the list is the project var `row_rule_marts` (dbt_project.yml), which the refresh reads too. #}
{% macro row_rule_marts() -%}
    {{ return(var('row_rule_marts')) }}
{%- endmacro %}

{# Columns that identify a row's report: a test on them guards the pipeline, never one row. #}
{% macro pipeline_columns() -%}
    {{ return(var('pipeline_columns')) }}
{%- endmacro %}

{# The row rules of one mart: [{rule, condition}] where condition is true for a violating row, or
   [{rule, key}] for the grain (every row after the first of a key violates it). #}
{% macro row_rules(model_name) -%}
    {%- set rules = [] -%}
    {%- if execute -%}
        {%- set attached = 'model.' ~ project_name ~ '.' ~ model_name -%}
        {%- for node in graph.nodes.values() if node.resource_type == 'test' and node.attached_node == attached -%}
            {%- set kind = node.test_metadata.name if node.test_metadata else none -%}
            {%- set kwargs = node.test_metadata.kwargs if node.test_metadata else {} -%}
            {%- set column = kwargs.get('column_name') -%}
            {%- set rule = kind ~ '_' ~ model_name ~ '_' ~ column -%}
            {%- if column in pipeline_columns() or kind not in var('row_rule_tests') -%}
            {%- elif kind == 'not_null' -%}
                {%- do rules.append({'rule': rule, 'condition': adapter.quote(column) ~ ' is null'}) -%}
            {%- elif kind == 'accepted_values' -%}
                {%- set quoted = [] -%}
                {%- for value in kwargs['values'] -%}
                    {%- do quoted.append("'" ~ (value | string | replace("'", "''")) ~ "'") -%}
                {%- endfor -%}
                {%- set condition = adapter.quote(column) ~ ' not in (' ~ quoted | join(', ') ~ ')' -%}
                {%- do rules.append({'rule': rule, 'condition': condition}) -%}
            {%- elif kind == 'unique_combination_of_columns' -%}
                {%- set key = kwargs['combination_of_columns'] -%}
                {%- do rules.append({'rule': 'unique_' ~ model_name ~ '_' ~ key | join('__'), 'key': key}) -%}
            {%- endif -%}
        {%- endfor -%}
    {%- endif -%}
    {{ return(rules) }}
{%- endmacro %}

{# Where one mart's set-aside rows wait for `rejected_rows` (out of the analysts' `marts` schema). #}
{% macro rejected_relation(model_name) -%}
    {{ return('staging.rejected__' ~ model_name) }}
{%- endmacro %}

{# Post-hook of every mart: move the rows that break a row rule into `rejected__<mart>`. #}
{% macro set_aside_rejected_rows() -%}
    {%- if model.name in row_rule_marts() -%}
        {%- set rules = row_rules(model.name) -%}
        {%- set side = rejected_relation(model.name) -%}
        {%- set quote = 'mart_rows.quote' if 'quote' in model.columns else 'null' -%}
        {#- an incremental refresh checks the changed reports' rows; the others' set-aside rows stay -#}
        {%- set changed = 'document_id in (select document_id from meta.changed_documents)' -%}
        {%- set incremental = incremental_refresh() -%}
        create schema if not exists staging;
        {%- if incremental %}
        delete from {{ side }} where {{ changed }};
        insert into {{ side }}
        {%- else %}
        create or replace table {{ side }} as
        {%- endif %}
        with
        mart_rows as (
            select rowid as row_id, to_json(mart) as row_data, mart.* from {{ this }} as mart
            {%- if incremental %} where mart.{{ changed }}{% endif %}
        ),
        violations as (
            select null::bigint as row_id, null::varchar as rule where false
            {%- for rule in rules %}
            union all
            {%- if rule.key %}
            select row_id, '{{ rule.rule }}' from (
                select
                    row_id,
                    row_number() over (
                        partition by {{ rule.key | map('string') | join(', ') }} order by char_offset nulls last, row_id
                    ) as rank_in_key
                from mart_rows
            ) where rank_in_key > 1
            {%- else %}
            select row_id, '{{ rule.rule }}' from mart_rows where {{ rule.condition }}
            {%- endif %}
            {%- endfor %}
        )
        select
            '{{ model.name }}' as mart,
            violations.rule,
            mart_rows.document_id,
            mart_rows.source_file,
            {{ quote }}::varchar as quote,
            mart_rows.char_offset::bigint as char_offset,
            mart_rows.row_data::varchar as row_data,
            violations.row_id
        from violations
        inner join mart_rows on violations.row_id = mart_rows.row_id;
        delete from {{ this }} where rowid in (
            select row_id from {{ side }}{% if incremental %} where {{ changed }}{% endif %}
        );
    {%- endif -%}
{%- endmacro %}
