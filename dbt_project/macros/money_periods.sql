{# What a money fact's period says about summing it (marts savings and financial_figures). #}

{# True for a total over several years: no single fiscal year, and a period that is a span ("over the last
   six years", "2019/20 to 2021/22", "by 2026/27", "since 2011-12"), not a yearly rate ("year on year"). #}
{% macro is_multi_year(fiscal_year, period) -%}
    coalesce(
        {{ fiscal_year }} is null
        and {{ period }} is not null
        and not regexp_matches(lower({{ period }}), '^(year on year|a year|per year|each year|every year)$'),
        false
    )
{%- endmacro %}

{# The number of years a multi-year total spans, where its period says it: "over the last six years" is
   6, "2019/20 to 2021/22" is 3; null when it does not say ("over the medium term", "since 2011-12"). #}
{% macro span_years(fiscal_year, period) -%}
    case
        when not {{ is_multi_year(fiscal_year, period) }} then null
        when regexp_matches({{ period }}, '(?:19|20)[0-9]{2}/[0-9]{2} (?:and|to) (?:19|20)[0-9]{2}/[0-9]{2}')
            then
                regexp_extract({{ period }}, '(?:and|to) ((?:19|20)[0-9]{2})', 1)::integer
                - regexp_extract({{ period }}, '^\D*((?:19|20)[0-9]{2})', 1)::integer
                + 1
        else
            case regexp_extract(lower({{ period }}), '([a-z0-9]+) (?:financial )?years$', 1)
                when 'two' then 2 when 'three' then 3 when 'four' then 4 when 'five' then 5
                when 'six' then 6 when 'seven' then 7 when 'eight' then 8 when 'nine' then 9
                when 'ten' then 10 when 'twenty' then 20 when 'thirty' then 30
                else try_cast(regexp_extract(lower({{ period }}), '([0-9]+) (?:financial )?years$', 1) as integer)
            end
    end
{%- endmacro %}
