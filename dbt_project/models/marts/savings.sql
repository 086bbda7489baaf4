with

facts as (

    {{ restated_facts('savings', ['label', 'amount_gbp', 'percent', 'fiscal_year', 'service_area']) }}

),

documents as (

    select * from {{ ref('documents') }}
    where {{ changed_documents_only('document_id') }}

),

final as (

    select
        facts.document_id,
        documents.source_file,
        documents.council,
        facts.label as kind,
        try_cast(facts.amount_gbp as decimal(18, 2)) as amount_gbp,  -- beyond £10^16: no amount (malformed)
        facts.percent,
        facts.fiscal_year,
        facts.period,
        {{ is_multi_year('facts.fiscal_year', 'facts.period') }} as is_multi_year,
        {{ span_years('facts.fiscal_year', 'facts.period') }} as span_years,
        facts.service_area,
        facts.qualifier,
        facts.mention_count,
        facts.has_malformed_figure,
        facts.quote,
        facts.char_offset,
        pages.page_number,
        documents.parser_version
    from facts
    inner join documents on facts.document_id = documents.document_id
    {{ page_join('facts') }}

)

select * from final
