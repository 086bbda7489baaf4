{#
    Rules whose patterns are data (a seed of regular expressions), matched with each pattern a constant.

    DuckDB compiles a regular expression once when it is a constant of the query, but again for every row
    when it is read from a column: a join of 1,200 money mentions with the 245 rules of `money_rules` on
    `regexp_matches(text, rules.pattern)` took 28 s, the same matches with each pattern a constant 0.4 s.
    So a model that matches a seed's patterns reads the seed's rows when it is compiled (at run time, after
    the seed is loaded: `seed_rows`), numbers them (`seed_table`, which the model joins in place of the
    seed) and matches each row's pattern as a constant in a `case` on that number (`per_rule`). The seed
    stays the one place of each rule; the compiled SQL shows every pattern the model applied.
#}

{# The rows of the seed `relation` (a `ref()`) as dicts of `columns`, lowest `priority` first; [] while dbt
   parses the project (nothing is read then) and in the SQL linter. Read as JSON, so that no value is
   re-typed on the way ("none" stays a word, a pattern of digits text). #}
{% macro seed_rows(relation, columns) -%}
    {%- if not execute -%}
        {{ return([]) }}
    {%- endif -%}
    {%- set query -%}
        select to_json(coalesce(list({ {%- for column in columns -%}
            '{{ column }}': {{ column }}{{ ", " if not loop.last }}
        {%- endfor -%} } order by priority, pattern), [])) from {{ relation }}
    {%- endset -%}
    {{ return(fromjson(run_query(query).columns[0].values()[0])) }}
{%- endmacro %}

{# `value` as a SQL literal: a quoted string (quotes doubled), a number as it is, or null. #}
{% macro sql_literal(value) -%}
    {%- if value is none -%}
        null
    {%- elif value is string -%}
        '{{ value | replace("'", "''") }}'
    {%- else -%}
        {{ value }}
    {%- endif -%}
{%- endmacro %}

{# `rows` (from `seed_rows`) as a relation: `rule_index` (1, 2, ... in their order) and `columns`, a list of
   [name, SQL type]. #}
{% macro seed_table(rows, columns) -%}
    {%- if rows -%}
        select
            rule_index,
            {%- for name, type in columns %}
            {{ name }}::{{ type }} as {{ name }}{{ "," if not loop.last }}
            {%- endfor %}
        from (
            values
            {%- for row in rows %}
            ({{ loop.index }}, {% for name, type in columns %}{{ sql_literal(row[name]) }}{{ ", " if not loop.last }}{% endfor %}){{ "," if not loop.last }}
            {%- endfor %}
        ) as rules (rule_index, {% for name, type in columns %}{{ name }}{{ ", " if not loop.last }}{% endfor %})
    {%- else -%}
        select
            null::integer as rule_index,
            {%- for name, type in columns %}
            null::{{ type }} as {{ name }}{{ "," if not loop.last }}
            {%- endfor %}
        where false
    {%- endif -%}
{%- endmacro %}

{# A `case` on `index` (a `seed_table`'s rule_index) that gives, for each of `rows` (of a scope in `scopes`, if
   given, and with a `requires` pattern, if `requires` is true), `template` filled in with the row's values as
   constants: {pattern}, {requires}; {last_match} and {first_match}, a regular expression from the start of a
   text to the last or first match of the pattern (whose length is where the match ends); {text}, the SQL of
   the text a rule of the row's scope reads, from `texts` (scope -> SQL; `sentence` for the other scopes).
   null for the other rows. #}
{% macro per_rule(rows, template, scopes=none, requires=false, texts={}, index='rules.rule_index') -%}
    {%- set whens = [] -%}
    {%- for row in rows -%}
        {%- if (scopes is none or row.scope in scopes) and (not requires or row.requires is not none) -%}
            {%- set sql = template.format(
                pattern=sql_literal(row.pattern),
                requires=sql_literal(row.requires),
                last_match=sql_literal('^.*(' ~ row.pattern ~ ')'),
                first_match=sql_literal('^.*?(' ~ row.pattern ~ ')'),
                text=texts.get(row.scope, texts.get('sentence')),
            ) -%}
            {%- do whens.append('when ' ~ loop.index ~ ' then ' ~ sql) -%}
        {%- endif -%}
    {%- endfor -%}
    {%- if whens -%}
        case {{ index }} {{ whens | join(' ') }} end
    {%- else -%}
        null
    {%- endif -%}
{%- endmacro %}
