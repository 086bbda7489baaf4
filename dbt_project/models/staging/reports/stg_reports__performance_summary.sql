with

source as (

    select * from {{ source('raw', 'performance_summary') }}

),

renamed as (

    select
        document_id,
        source_file,
        row_number,
        segment,
        row_kind,
        green,
        amber,
        red,
        up,
        stable,
        down,
        char_offset,
        quote
    from source

)

select * from renamed
