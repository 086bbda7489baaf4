with

recommendations as (

    select * from {{ ref('stg_reports__recommendations') }}

),

themes as (

    select * from {{ ref('int_recommendations_themed') }}
    where {{ changed_documents_only('document_id') }}  -- the keyword matching: only the changed reports'

),

documents as (

    select * from {{ ref('documents') }}
    where {{ changed_documents_only('document_id') }}

),

final as (

    select
        recommendations.document_id,
        recommendations.source_file,
        documents.council,
        recommendations.number,
        recommendations.title,
        recommendations.sub_actions,
        coalesce(themes.themes, []::varchar[]) as themes,
        recommendations.body,
        recommendations.quote,
        recommendations.char_offset,
        pages.page_number,
        documents.parser_version
    from recommendations
    inner join documents on recommendations.document_id = documents.document_id
    left join themes
        on
            recommendations.document_id = themes.document_id
            and recommendations.number = themes.number
    {{ page_join('recommendations') }}

)

select * from final
