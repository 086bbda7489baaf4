{# One row per named partnership per document: mentions grouped by normalised name; the most frequent
   printed form names it, acronyms become aliases. #}
with

mentions as (

    select
        *,
        regexp_replace(lower(trim(name)), '^the\s+', '') as name_key
    from {{ ref('stg_reports__partnership_mentions') }}

),

documents as (

    select * from {{ ref('documents') }}
    where {{ changed_documents_only('document_id') }}

),

grouped as (

    select
        document_id,
        name_key,
        mode(name) as name,
        mode(kind) as kind,
        list(distinct acronym) filter (where acronym is not null) as aliases,
        count(*) as mention_count,
        min(char_offset) as char_offset,
        arg_min(quote, char_offset) as quote
    from mentions
    group by document_id, name_key

),

final as (

    select
        grouped.document_id,
        documents.source_file,
        documents.council,
        grouped.name,
        grouped.kind,
        coalesce(grouped.aliases, []::varchar[]) as aliases,
        grouped.mention_count,
        grouped.quote,
        grouped.char_offset,
        pages.page_number,
        documents.parser_version
    from grouped
    inner join documents on grouped.document_id = documents.document_id
    {{ page_join('grouped') }}
    {# the report's own council (or its predecessor of the same place) is not its partner #}
    where
        grouped.name_key <> regexp_replace(lower(coalesce(documents.council, '')), '^the\s+', '')
        and {{ council_place('grouped.name') }} <> {{ council_place('documents.council') }}

)

select * from final
