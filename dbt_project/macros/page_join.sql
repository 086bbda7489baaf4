{# Join the page holding a fact's character offset (pages are joined by a 2-character separator). #}
{% macro page_join(fact) -%}
    left join {{ ref('stg_reports__pages') }} as pages
        on
            pages.document_id = {{ fact }}.document_id
            and {{ fact }}.char_offset >= pages.char_start
            and {{ fact }}.char_offset < pages.char_end + 2
{%- endmacro %}
