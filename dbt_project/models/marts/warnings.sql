{# Everything a reviewer should look at: reading problems, malformed figures kept, characters repaired. #}
with

read_warnings as (

    select * from {{ ref('stg_reports__warnings') }}

),

money as (

    select * from {{ ref('stg_reports__money_mentions') }}

),

rag as (

    select * from {{ ref('stg_reports__performance_rag') }}

),

unioned as (

    select
        document_id,
        source_file,
        kind,
        detail,
        char_offset
    from read_warnings

    union all

    select
        document_id,
        source_file,
        'malformed_figure' as kind,
        'malformed figure ''' || raw_figure || ''' read as £' || amount_gbp::varchar as detail,
        char_offset
    from money
    where is_malformed

    union all

    select
        document_id,
        source_file,
        'repaired_character' as kind,
        'status ''' || raw_status || ''' read as ''' || status || ''' (' || objective || ' ' || period || ')' as detail,
        char_offset
    from rag
    where is_repaired

),

final as (

    select * from unioned

)

select * from final
