with

rag as (

    select * from {{ ref('stg_reports__performance_rag') }}

),

documents as (

    select * from {{ ref('documents') }}
    where {{ changed_documents_only('document_id') }}

),

report_years as (

    select * from {{ ref('int_documents_report_years') }}
    where {{ changed_documents_only('document_id') }}

),

final as (

    select
        rag.document_id,
        rag.source_file,
        documents.council,
        rag.segment,
        rag.objective,
        rag.period,
        rag.period_order,
        coalesce(
            {# a period that prints its own financial year ("Q4 2022/23"), else the year the report is on #}
            case
                when regexp_matches(rag.period, '(19|20)[0-9]{2}\s?[/\-–—]\s?(19|20)?[0-9]{2}\b')
                    then
                        regexp_extract(rag.period, '((19|20)[0-9]{2})\s?[/\-–—]', 1)
                        || '/'
                        || right(regexp_extract(rag.period, '[/\-–—]\s?((19|20)?[0-9]{2})\b', 1), 2)
            end,
            report_years.reporting_year,
            report_years.report_year
        ) as fiscal_year,
        rag.status,
        rag.raw_status,
        rag.is_repaired,
        rag.quote,
        rag.char_offset,
        pages.page_number,
        documents.parser_version
    from rag
    inner join documents on rag.document_id = documents.document_id
    left join report_years on rag.document_id = report_years.document_id
    {{ page_join('rag') }}
    {# a grid printed twice (summary and appendix) gives each status once #}
    qualify
        row_number() over (
            partition by rag.document_id, rag.segment, rag.objective, rag.period order by rag.char_offset
        ) = 1

)

select * from final
