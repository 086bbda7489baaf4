with

recommendations as (

    select * from {{ ref('stg_reports__recommendations') }}

),

keywords as (

    select * from {{ ref('theme_keywords') }}

),

matches as (

    {# a keyword starts a word: "ict" is not in "district", nor "resident" in "president" #}
    select distinct
        recommendations.document_id,
        recommendations.number,
        keywords.theme
    from recommendations
    inner join keywords
        on regexp_matches(
            lower(recommendations.title || ' ' || coalesce(recommendations.body, '')), '\b' || keywords.keyword
        )

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
