{# Each money mention with the text windows the classification rules read: the figure's own clause before
   it (near_before), the words right after it (near_after), its sentence, the sentence it refers back to,
   and the headings of its section and document. #}
with

mentions as (

    select * from {{ ref('stg_reports__money_mentions') }}

),

documents as (

    select * from {{ ref('stg_reports__documents') }}

),

clauses as (

    select
        mentions.*,
        {# the words before the figure back to the figure before it, at most 110 characters; a
           non-restrictive relative clause (", which was agreed last year,", ", without using reserves,") is an aside #}
        right(
            regexp_replace(
                lower(
                    regexp_replace(
                        mentions.context_before, '^.*£[0-9][0-9,.]*\s?(billion|bn|million|m|thousand|k)?', ''
                    )
                ),
                ',\s*(?:which|without) [^,]*,',
                ','
            ),
            110
        ) as clause_before,
        {# the words after the figure, up to the next figure or clause ("£121m with an overspend of £30k":
           the overspend is £30k's; "a gap of £16m on top of savings of £19m": the savings are £19m's) #}
        regexp_replace(
            lower(left(split_part(mentions.context_after, '£', 1), 60)),
            '(?:,|;|\s(?:with|and|which|while|whereas|but|against|on top of|in addition to|as well as)\s).*$',
            ''
        ) as near_after,
        lower(mentions.sentence) as sentence_lower,
        {# the sentence before, when this one refers back to it ("This follows an overspend of £4.5m") #}
        case
            when regexp_matches(lower(mentions.sentence), '^\W*(this|these|it|they|such|in total)\b')
                then regexp_extract(
                    split_part(lower(mentions.paragraph), lower(mentions.sentence), 1),
                    '((?:[^.!?]|[.][0-9])*[.!?]?\s*)$',
                    1
                )
            else ''
        end as previous_sentence,
        {# the section's heading and the document's title ("Savings we have already made") #}
        lower(coalesce(mentions.heading, '') || ' | ' || coalesce(documents.title, '')) as headings
    from mentions
    left join documents on mentions.document_id = documents.document_id

),

unbalanced as (

    {# "to balance the budget" says what a figure is for, not that it is a budget #}
    select
        * replace (
            regexp_replace(clause_before, 'balanced? (?:the |a |its |our )?budgets?', 'balanced', 'g') as clause_before,
            regexp_replace(near_after, 'balanced? (?:the |a |its |our )?budgets?', 'balanced', 'g') as near_after
        )
    from clauses

),

final as (

    {# the figure's own clause: cut at the last clause boundary (", and", ";", " – ", ", whereas") unless
       nothing of substance follows it ("remain unallocated – £8.6m" keeps its words) #}
    select
        *,
        coalesce(
            nullif(
                regexp_extract(
                    clause_before, '(?:,\s+and|,?\s+but|,\s+whereas|;|\s–\s)\s+([^;–]*[a-z]{3}[^;–]*)$', 1
                ),
                ''
            ),
            clause_before
        ) as near_before
    from unbalanced

)

select * from final
