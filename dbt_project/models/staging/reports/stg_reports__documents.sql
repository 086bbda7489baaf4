with

source as (

    select * from {{ source('raw', 'documents') }}

),

renamed as (

    select
        document_id,
        source_file,
        file_names,
        file_path,
        format,
        size_bytes,
        pages,
        parser_version,
        ingested_at,
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
        is_removed,
        removed_at
    from source

)

select * from renamed
