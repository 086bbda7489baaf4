{# Each partnership mention with the key of the body it names: its normalised name, or the longer name of the
   same report that it ends ("Health and Social Care Partnership" names the report's "Fenby Health and Social
   Care Partnership": a short form, printed in a table, of the one body). Only where exactly one longer name of
   the report ends with it: a short form that two bodies end with names neither. #}
with

mentions as (

    select
        *,
        regexp_replace(lower(trim(name)), '^the\s+', '') as name_key
    from {{ ref('stg_reports__partnership_mentions') }}

),

names as (

    select distinct
        document_id,
        name_key
    from mentions

),

short_forms as (

    select
        short_names.document_id,
        short_names.name_key,
        min(long_names.name_key) as long_name_key
    from names as short_names
    inner join names as long_names
        on
            short_names.document_id = long_names.document_id
            and ends_with(long_names.name_key, ' ' || short_names.name_key)
    group by short_names.document_id, short_names.name_key
    having count(*) = 1

),

final as (

    select
        mentions.*,
        coalesce(short_forms.long_name_key, mentions.name_key) as body_key,
        short_forms.long_name_key is not null as is_short_form
    from mentions
    left join short_forms
        on
            mentions.document_id = short_forms.document_id
            and mentions.name_key = short_forms.name_key

)

select * from final
