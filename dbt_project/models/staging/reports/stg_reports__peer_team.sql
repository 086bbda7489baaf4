with

source as (

    select * from {{ source('raw', 'peer_team') }}

),

renamed as (

    select
        document_id,
        source_file,
        name,
        honorific,
        role,
        organisation,
        char_offset,
        quote
    from source

)

select * from renamed
