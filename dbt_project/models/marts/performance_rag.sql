with

rag as (

    select * from {{ ref('stg_reports__performance_rag') }}

),

documents as (

    select * from {{ ref('documents') }}
    where {{ changed_documents_only('document_id') }}

),

final as (

    select
        rag.document_id,
        rag.source_file,
        documents.council,
        rag.segment,
        rag.objective,
        rag.period,
        rag.period_order,
        rag.status,
        rag.raw_status,
        rag.is_repaired,
        rag.quote,
        rag.char_offset,
        pages.page_number,
        documents.parser_version
    from rag
    inner join documents on rag.document_id = documents.document_id
    {{ page_join('rag') }}
    {# a grid printed twice (summary and appendix) gives each status once #}
    qualify
        row_number() over (
            partition by rag.document_id, rag.segment, rag.objective, rag.period order by rag.char_offset
        ) = 1

)

select * from final
