with

peers as (

    select * from {{ ref('stg_reports__peer_team') }}

),

documents as (

    select * from {{ ref('documents') }}
    where {{ changed_documents_only('document_id') }}

),

final as (

    select
        peers.document_id,
        peers.source_file,
        documents.council,
        peers.name,
        peers.honorific,
        peers.role,
        peers.organisation,
        peers.quote,
        peers.char_offset,
        pages.page_number,
        documents.parser_version
    from peers
    inner join documents on peers.document_id = documents.document_id
    {{ page_join('peers') }}
    {# a person listed twice in one report is one member #}
    qualify row_number() over (partition by peers.document_id, peers.name order by peers.char_offset) = 1

)

select * from final
