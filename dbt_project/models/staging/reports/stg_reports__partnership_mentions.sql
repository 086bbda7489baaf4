with

source as (

    select * from {{ source('raw', 'partnership_mentions') }}

),

renamed as (

    select
        document_id,
        source_file,
        name,
        acronym,
        kind,
        char_offset,
        quote
    from source

)

select * from renamed
