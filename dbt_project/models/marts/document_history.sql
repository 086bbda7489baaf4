with

documents as (

    select * from {{ ref('stg_reports__documents') }}

),

final as (

    select
        document_id,
        source_file,
        file_names,
        doc_type,
        council,
        parser_version,
        ingested_at,
        coalesce(is_removed, false) as is_removed,
        removed_at
    from documents

)

select * from final
