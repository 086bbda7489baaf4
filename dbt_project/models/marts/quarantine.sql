with

quarantine as (

    select * from {{ ref('stg_reports__quarantine') }}

),

final as (

    select
        source_file,
        file_path,
        content_hash,
        reason,
        quarantined_at
    from quarantine

)

select * from final
