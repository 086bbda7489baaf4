with

source as (

    select * from {{ source('raw', 'figure_relations') }}

),

renamed as (

    select
        document_id,
        source_file,
        relation_id,
        relation,
        total_gbp,
        total_raw,
        parts_gbp,
        parts_raw,
        char_offset,
        quote
    from source

)

select * from renamed
