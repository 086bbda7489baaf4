with

source as (

    select * from {{ source('raw', 'money_mentions') }}

),

renamed as (

    select
        document_id,
        source_file,
        mention_id,
        char_offset,
        raw_figure,
        unit,
        amount_gbp,
        percent,
        qualifier,
        fiscal_year,
        period,
        is_malformed,
        continues_previous,
        is_share_of_previous,
        column_label,
        table_start,
        row_heading,
        is_negative,
        sentence,
        context_before,
        context_after,
        paragraph,
        heading,
        quote
    from source

)

select * from renamed
