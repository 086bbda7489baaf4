with

source as (

    select * from {{ source('raw', 'quarantine') }}

),

renamed as (

    select
        source_file,
        file_path,
        content_hash,
        reason,
        quarantined_at
    from source

)

select * from renamed
