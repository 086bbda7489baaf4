with

source as (

    select * from {{ source('raw', 'warnings') }}

),

renamed as (

    select
        document_id,
        source_file,
        kind,
        detail,
        char_offset
    from source

)

select * from renamed
