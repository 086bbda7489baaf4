with

source as (

    select * from {{ source('raw', 'pages') }}

),

renamed as (

    select
        document_id,
        source_file,
        page_number,
        char_start,
        char_end,
        text
    from source

)

select * from renamed
