with

summary as (

    select * from {{ ref('stg_reports__performance_summary') }}

),

documents as (

    select * from {{ ref('documents') }}
    where {{ changed_documents_only('document_id') }}

),

final as (

    select
        summary.document_id,
        summary.source_file,
        documents.council,
        summary.row_number,
        summary.segment,
        summary.row_kind,
        summary.green,
        summary.amber,
        summary.red,
        summary.up,
        summary.stable,
        summary.down,
        summary.quote,
        summary.char_offset,
        pages.page_number,
        documents.parser_version
    from summary
    inner join documents on summary.document_id = documents.document_id
    {{ page_join('summary') }}

)

select * from final
