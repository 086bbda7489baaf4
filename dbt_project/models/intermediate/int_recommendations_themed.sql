with

{#- A keyword (a lower-case word stem of the seed, "financ", "decision-making") tags a recommendation whose title or
    body has a word that starts with it: "ict" is not in "district", nor "resident" in "president". Matched as
    text, without a regular expression per keyword (one read from a column is compiled again for every row): each
    character that is not a letter, digit or underscore, and the start of the text, is followed by a mark (chr 1),
    so that the keyword, marked alike, follows a mark exactly where it starts a word. #}
{%- set marked = "chr(1) || regexp_replace({}, '([^0-9a-z_])', '\\1' || chr(1), 'g')" %}

recommendations as (

    select
        *,
        {{ marked.format("lower(title || ' ' || coalesce(body, ''))") }} as marked_text
    from {{ ref('stg_reports__recommendations') }}

),

keywords as (

    select
        *,
        {{ marked.format('keyword') }} as marked_keyword
    from {{ ref('theme_keywords') }}

),

matches as (

    select distinct
        recommendations.document_id,
        recommendations.number,
        keywords.theme
    from recommendations
    inner join keywords on contains(recommendations.marked_text, keywords.marked_keyword)

),

final as (

    select
        document_id,
        number,
        list(theme order by theme) as themes
    from matches
    group by document_id, number

)

select * from final
