{#
    Incremental marts on the document key: every row of a fact mart comes from one document (its raw rows
    and its `documents` row; every window and grain is partitioned by document_id), so a refresh that
    adds, changes or removes k reports deletes and rebuilds only their rows.

    The refresh starts its build file from the published warehouse and records the documents whose rows
    change (added, changed, renamed or removed) in `meta.changed_documents`
    (ingest/state/reuse.py). A fact mart then:
      - deletes the rows of those documents (pre-hook `delete_changed_documents`),
      - selects only those documents' rows (`where {{ changed_documents_only('x.document_id') }}`),
      - appends them (incremental strategy `append`, configured for the marts in dbt_project.yml).
    A build file without `meta.changed_documents` (first build, `councilwh refresh --force`, other code:
    a fresh file) builds every mart whole and the macros are no-ops. The result is the same rows.
#}

{# Whether this dbt run updates a copy of the published warehouse (`meta.changed_documents` written by the
   refresh), rather than building from nothing. Unlike is_incremental(), also right in a post-hook. #}
{% macro incremental_refresh() -%}
    {%- if not execute or flags.FULL_REFRESH -%}{{ return(false) }}{%- endif -%}
    {%- set found = adapter.get_relation(database=target.database, schema='meta', identifier='changed_documents') -%}
    {{ return(found is not none and model.config.materialized == 'incremental') }}
{%- endmacro %}

{# The changed documents' ids, as SQL string literals (a literal list pushes down into every view). #}
{% macro changed_document_literals() -%}
    {%- set ids = [] -%}
    {%- if execute -%}
        {%- for row in run_query('select document_id from meta.changed_documents order by 1') -%}
            {%- do ids.append("'" ~ (row[0] | replace("'", "''")) ~ "'") -%}
        {%- endfor -%}
    {%- endif -%}
    {{ return(ids) }}
{%- endmacro %}

{# A condition keeping the changed documents' rows on an incremental build, every row otherwise. #}
{% macro changed_documents_only(column) -%}
    {%- if is_incremental() and incremental_refresh() -%}
        {%- set ids = changed_document_literals() -%}
        {%- if ids -%}{{ column }} in ({{ ids | join(', ') }}){%- else -%}false{%- endif -%}
    {%- else -%}
        true
    {%- endif -%}
{%- endmacro %}

{# Pre-hook of the incremental marts: drop the changed documents' rows before they are appended again. #}
{% macro delete_changed_documents() -%}
    {%- if is_incremental() and incremental_refresh() -%}
        delete from {{ this }} where document_id in (select document_id from meta.changed_documents)
    {%- endif -%}
{%- endmacro %}
