with

source as (

    select * from {{ source('raw', 'recommendations') }}

),

renamed as (

    select
        document_id,
        source_file,
        number,
        title,
        body,
        sub_actions,
        char_offset,
        quote
    from source

)

select * from renamed
