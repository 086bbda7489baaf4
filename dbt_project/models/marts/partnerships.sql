{# One row per named partnership per document: mentions grouped by the body they name (normalised name, a
   short form or bracketed acronym under its full name); the most frequent printed full form names it, acronyms
   and short forms become aliases. #}
with

mentions as (

    select * from {{ ref('int_partnership_mentions_keyed') }}

),

documents as (

    select * from {{ ref('documents') }}
    where {{ changed_documents_only('document_id') }}

),

grouped as (

    select
        document_id,
        body_key as name_key,
        mode(name) filter (where not is_short_form) as name,
        mode(kind) filter (where not is_short_form) as kind,
        list_concat(
            list(distinct acronym) filter (where acronym is not null),
            list(distinct name) filter (where is_short_form and not is_acronym_form)
        ) as aliases,
        count(*) as mention_count,
        min(char_offset) filter (where not is_short_form) as char_offset,
        arg_min(quote, char_offset) filter (where not is_short_form) as quote
    from mentions
    group by document_id, body_key

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
        {# ... nor is its own team, its staff ("Team Fenby") #}
        and regexp_replace({{ council_place('grouped.name') }}, '^team ', '')
        <> {{ council_place('documents.council') }}

)

select * from final
