with

documents as (

    select * from {{ ref('stg_reports__documents') }}

),

final as (

    select
        document_id,
        source_file,
        file_names,
        file_path,
        format,
        size_bytes,
        pages,
        title,
        doc_type,
        council,
        council_gss_code,
        council_source,
        period_start,
        period_end,
        document_date,
        previous_challenge,
        people,
        meetings,
        hours,
        weeks_equivalent,
        parser_version,
        ingested_at
    from documents
    where not coalesce(is_removed, false)

)

select * from final
