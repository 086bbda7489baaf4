{#
    Incremental marts on the document key: every row of a fact mart comes from one document (its raw rows
    and its `documents` row; every window and grain is partitioned by document_id), so a refresh that
    adds, changes or removes k reports deletes and rebuilds only their rows.

    The refresh starts its build file from the published warehouse and records the documents whose rows
    change (added, changed, renamed or removed) in `meta.changed_documents`
    (ingest/state/reuse.py). A fact mart then:
      - deletes the rows of those documents (pre-hook `delete_changed_documents`),
      - selects only those documents' rows (`where {{ changed_documents_only('x.document_id') }}`),
      - appends them (incremental strategy `append`, configured for the marts in dbt_project.yml),
      - and its dbt tests read those documents' rows only (`get_where_subquery` below): the other rows
        passed the same tests when they were built, under the same code.
    A build file without `meta.changed_documents` (first build, `councilwh refresh --force`, other code:
    a fresh file) builds every mart whole and the macros are no-ops. The result is the same rows.
#}

{# Whether this dbt run updates a copy of the published warehouse (`meta.changed_documents` written by the
   refresh), rather than building from nothing. Unlike is_incremental(), also right in a post-hook. #}
{% macro incremental_refresh() -%}
    {{ return(builds_on_published() and model.config.materialized == 'incremental') }}
{%- endmacro %}

{# Whether this dbt run starts from a copy of the published warehouse (it lists the changed documents). #}
{% macro builds_on_published() -%}
    {%- if not execute or flags.FULL_REFRESH -%}{{ return(false) }}{%- endif -%}
    {%- set found = adapter.get_relation(database=target.database, schema='meta', identifier='changed_documents') -%}
    {{ return(found is not none) }}
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

{# The relation a generic dbt test reads (dbt's own macro, overridden): on an incremental refresh, a test of
   a model rebuilt by document reads the changed documents' rows only. Every test of these models is per
   row or per document (not_null, accepted_values, relationships from them, grains and sequences keyed by
   document_id); a test across documents belongs on a model built whole (documents, yearly_money_figures),
   whose tests read every row. A test's own `where` config still applies. #}
{% macro get_where_subquery(relation) -%}
    {%- set conditions = [] -%}
    {%- if config.get('where') -%}{%- do conditions.append('(' ~ config.get('where') ~ ')') -%}{%- endif -%}
    {%- if is_document_model(relation) and builds_on_published() -%}
        {%- do conditions.append('document_id in (select document_id from meta.changed_documents)') -%}
    {%- endif -%}
    {%- if conditions -%}
        {{ return('(select * from ' ~ relation ~ ' where ' ~ conditions | join(' and ') ~ ') dbt_subquery') }}
    {%- endif -%}
    {{ return(relation) }}
{%- endmacro %}

{# Whether `relation` is a model of this project rebuilt by document (materialized incremental). #}
{% macro is_document_model(relation) -%}
    {%- if not execute or relation.identifier is not defined -%}{{ return(false) }}{%- endif -%}
    {%- for node in graph.nodes.values() if node.resource_type == 'model' and node.package_name == project_name -%}
        {%- if node.alias == relation.identifier and node.schema == relation.schema -%}
            {{ return(node.config.materialized == 'incremental') }}
        {%- endif -%}
    {%- endfor -%}
    {{ return(false) }}
{%- endmacro %}

{# dbt's persist_docs (overridden): the table and column comments of a model are written when it is built,
   but not when an incremental refresh appends to a mart: its comments were copied with the published
   warehouse, and an incremental refresh runs only under the code that wrote them (other code builds from
   nothing). About 4 statements a mart. #}
{% macro persist_docs(relation, model, for_relation=true, for_columns=true) -%}
    {#- is_incremental() first: it reads dbt's relation cache, where builds_on_published() asks DuckDB -#}
    {%- if is_incremental() and incremental_refresh() -%}{{ return('') }}{%- endif -%}
    {{ return(adapter.dispatch('persist_docs', 'dbt')(relation, model, for_relation, for_columns)) }}
{%- endmacro %}
