{# The place in a council's name, lower case: 'LB Fenby Council' and 'London Borough of Fenby' -> 'fenby'
   (generic words such as Council, Borough, District, County, City and 'of'/'and' are dropped). #}
{% macro council_place(name) -%}
    trim(regexp_replace(regexp_replace(
        lower(coalesce({{ name }}, '')),
        '\b(royal|london|metropolitan|borough|district|county|city|town|council|councils|of|the|and|lb|mbc|dc|bc|cc)\b|&',
        ' ', 'g'
    ), '\s+', ' ', 'g'))
{%- endmacro %}
