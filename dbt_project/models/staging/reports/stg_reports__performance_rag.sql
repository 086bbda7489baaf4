with

source as (

    select * from {{ source('raw', 'performance_rag') }}

),

renamed as (

    select
        document_id,
        source_file,
        segment,
        objective,
        period,
        period_order,
        status,
        raw_status,
        is_repaired,
        char_offset,
        quote
    from source

)

select * from renamed
