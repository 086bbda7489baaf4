{# Each money mention with the text windows the classification rules read: the figure's own clause before
   it (near_before), the words right after it (near_after), its sentence, the sentence it refers back to,
   and the headings of its section and document. #}
{# the words that make a clause about money (a figure's clause without them speaks of the sentence before) #}
{% set money_topic = 'sav|budget|spend|reserve|fund|cost|financ|income|grant|debt|deficit|gap|overspen|'
    ~ 'council tax|business rates|efficienc|pressure|cuts?\\b|reduction' %}
with

mentions as (

    select * from {{ ref('stg_reports__money_mentions') }}

),

documents as (

    select * from {{ ref('stg_reports__documents') }}

),

report_years as (

    select * from {{ ref('int_documents_report_years') }}

),

levelled as (

    select
        mentions.*,
        {# what is left of a figure before it ("The remaining £0.7m", "the balance of £0.95m") #}
        regexp_matches(lower(mentions.sentence), '^\W*the (remaining|balance of|remainder of|rest of) £')
            as is_remainder,
        {# a level around a movement ("the savings target, down by £0.7m from £5m to £4.3m"): the words
           before the movement say what £5m and £4.3m are #}
        regexp_extract(
            lower(mentions.context_before),
            '^(.*?)[,\s]*\b(?:[a-z]+ (?:it |them )?)?(?:down|up|reduced|increased|fallen|risen|fell|rose|grown|cut)'
            || ' by £[0-9][^£]*\bfrom\s*(?:£[^£]*\bto\s*)?$',
            1
        ) as movement_clause,
        {# "£2m and £3m for adults and housing respectively": the names paired with the figures, and how many
           figures of the list come after this one (the name is counted from the end of both lists) #}
        regexp_split_to_array(
            regexp_extract(
                lower(mentions.context_after), '^[^;]*?\b(?:for|in|on|to|from)\s+([^£;]*?)\s*,?\s*respectively', 1
            ),
            ',\s*(?:and\s+)?|\s+and\s+'
        ) as respective_names,
        len(
            regexp_extract_all(regexp_extract(lower(mentions.context_after), '^(.*)\brespectively', 1), '£')
        ) as figures_after,
        {# the sentence up to the figure's own clause's end when a clause of its own comes before the next
           figure ("the £19.5m savings were reviewed, which confirmed that £8.9m had been delivered": delivered
           is £8.9m's), and never past a later clause with a figure of its own; a short list ("£2m and £3m were
           delivered") shares its sentence #}
        lower(
            mentions.context_before || mentions.raw_figure
            || regexp_replace(
                case
                    when
                        mentions.context_after like '%£%'
                        and length(split_part(mentions.context_after, '£', 1)) > 30
                        and regexp_matches(
                            lower(split_part(mentions.context_after, '£', 1)), '\b(which|that|while|whereas|but)\b|;'
                        )
                        then regexp_replace(
                            split_part(mentions.context_after, '£', 1),
                            '(\b(which|that|while|whereas|but|and)\b|;).*$',
                            ''
                        )
                    else mentions.context_after
                end,
                {# nor past the parts of the figure that follow it ("£3.4m, of which £2.6m is in children's", "£5.2m,
                   driven by transport (£3m)"): the service they name is theirs #}
                '(\b(which|that|while|whereas|but|and)\b|;)[^£]{30,}£.*$'
                || '|,\s*(of which|including)\s*£.*$|,[^£,]*\(\s*£.*$',
                ''
            )
        ) as sentence_own,
        {# a table cell's row name: the row's first cell ("| Resources | 10,388 |", "City Development<tab>28,930"),
           after a cell of its reference ("S3   Highways term contract   2.2", "EDU-04   Early years top-up",
           "| 4 | Libraries |"), or the words before a dotted leader ("Corporate ........ £0.9m"); a plain number is
           a cell though its table has no heading rows ("Balance at 1 April 2025<tab>62.70" under a caption) #}
        case
            when regexp_matches(sentence_own, '^\s*[^.]+?\s?\.{4,}')
                then lower(trim(regexp_extract(sentence_own, '^\s*([^.]+?)\s?\.{4,}', 1)))
            when
                mentions.column_label is not null
                or (mentions.unit = 'gbp' and not starts_with(mentions.raw_figure, '£'))
                then lower(trim(regexp_extract(
                    regexp_replace(
                        ltrim(sentence_own, ' |*'),
                        '^([A-Za-z]{0,5}[-./]?[0-9]{1,3}[a-z]?\.?|[-–—]+)(\s{2,}|\t|\s*\|\s*)(\D)',
                        '\3'
                    ),
                    '^([^|\t]*?)(\s{2,}|\t|\||$)',
                    1
                )))
        end as row_name
    from mentions

),

clauses as (

    select
        mentions.*,
        case
            when mentions.respective_names[1] <> '' and len(mentions.respective_names) > mentions.figures_after
                then mentions.respective_names[len(mentions.respective_names) - mentions.figures_after]
        end as respective_words,
        {# the words before the figure back to the figure before it, at most 110 characters; a
           non-restrictive relative clause (", which was agreed last year,", ", without using reserves,", "the gap, and
           therefore the savings needed, is") is an aside #}
        right(
            regexp_replace(
                lower(
                    regexp_replace(
                        coalesce(nullif(mentions.movement_clause, ''), mentions.context_before),
                        '^.*£[0-9][0-9,.]*\s?(billion|bn|million|m|thousand|k)?',
                        ''
                    )
                ),
                ',\s*(?:which|without|and therefore|and so|and hence|and thus) [^,]*,',
                ','
            ),
            110
        ) as clause_before,
        {# the words after the figure, up to the next figure or clause ("£121m with an overspend of £30k":
           the overspend is £30k's; "a gap of £16m on top of savings of £19m": the savings are £19m's; "balances
           of £30m after the overspend is met": no overspend; "a budget of £215.6m: an adverse variance of £2.7m": no
           overspend) #}
        regexp_replace(
            lower(left(split_part(mentions.context_after, '£', 1), 60)),
            '(?:[,;:]|\s(?:with|and|which|while|whereas|but|against|on top of|in addition to|as well as'
            || '|after the)\s).*$',
            ''
        ) as near_after,
        lower(mentions.sentence) as sentence_lower,
        {# a prose paragraph's run-in heading: a few words in capitals ending in a stop or a colon before its first
           sentence ("Children and Young People. Against a target of £2.6m, £1.45m was delivered."), else its
           section's heading when that is a name of a few words ("Children's Services" over its paragraphs) #}
        case
            when mentions.column_label is null
                then lower(coalesce(
                    nullif(regexp_extract(
                        mentions.paragraph,
                        '^\s*(?:[0-9]+(?:\.[0-9]+)*\.?\s+)?(?:\*\*)?'
                        || '([A-Z][A-Za-z''’-]*(?: (?:and|of|the|for|&|[A-Z][A-Za-z''’-]*)){0,5})'
                        || '(?:\*\*)?[.:](?:\*\*)?\s+[A-Z]',
                        1
                    ), ''),
                    regexp_extract(
                        split_part(mentions.heading, ' | ', 1),
                        '^\s*(?:#+\s*)?(?:[0-9]+(?:\.[0-9]+)*\.?\s+)?([A-Za-z][A-Za-z''’&,/ -]{2,49})$',
                        1
                    )
                ))
        end as lead_name,
        {# the sentence before, when this one refers back to it ("This follows an overspend of £4.5m", "Of this,
           £1m relates to agency staff", "The service overspent by £2m", "The remaining £0.7m was not delivered",
           "By quarter two this had improved to £5.9m", "actions should bring this down to £1.9m"; not "This
           year ...") #}
        case
            when
                mentions.is_remainder
                {# "Children's placements account for £2.8m of this": a part of the figure the sentence before states
                   (not when a figure before it in its own sentence is what "this" is) #}
                or (
                    regexp_matches(lower(mentions.context_after), '^\s*of (this|these|that|it)\b')
                    and not contains(split_part(mentions.sentence, mentions.raw_figure, 1), '£')
                )
                or regexp_matches(
                    lower(mentions.context_before),
                    '\b(bring|brings|bringing|reduce|reduces|reducing|cut|cuts|cutting) (this|it|that) (down )?to\s*$'
                )
                {# "Home to school transport adds a further £1.9m": more of what the sentence before states #}
                or regexp_matches(
                    lower(mentions.context_before),
                    '\b(adds?|adding|contributes?|contributing|accounts? for) (a further|another)\s*$'
                )
                or (
                    regexp_matches(
                        lower(mentions.sentence),
                        '^\W*((by|at|in|since|over) [^,.;]{3,40}?,? )?'
                        || '(this|these|it|they|such|in total|of (this|these|that|which)'
                        {# "The service overspent by £11.3m": the service the sentence before names #}
                        || '|the (service|directorate|department|division|portfolio)'
                        || '|(most|much|the bulk|the majority|half|part|some) of (the|this|that|these|those))\b'
                    )
                    and not regexp_matches(
                        lower(mentions.sentence), '^\W*th(is|ese) (financial )?(years?|quarters?|months?|weeks?|time)\b'
                    )
                )
                then regexp_extract(
                    split_part(lower(mentions.paragraph), lower(mentions.sentence), 1),
                    '((?:[^.!?]|[.][0-9])*[.!?]?\s*)$',
                    1
                )
            else ''
        end as previous_sentence,
        {# the section's heading and the document's title ("Savings we have already made") #}
        lower(coalesce(mentions.heading, '') || ' | ' || coalesce(documents.title, '')) as headings,
        {# what a rule's `requires` reads: the sentence, the heading of its section ("3. Savings delivery":
           "To date, £5.1m has been delivered" there is a saving), a table cell's column headings, the clause
           a semicolon joins it to ("Savings of £18m were planned; £13m had been delivered") #}
        lower(
            mentions.sentence || ' | ' || coalesce(mentions.heading, '') || ' | '
            || coalesce(mentions.column_label || ' | ', '')
            || regexp_extract(
                split_part(mentions.paragraph, mentions.sentence, 1), '((?:[^.!?]|[.][0-9])*);\s*$', 1
            )
        ) as requires_text,
        coalesce(report_years.is_savings_report, false) as is_savings_report
    from levelled as mentions
    left join documents on mentions.document_id = documents.document_id
    left join report_years on mentions.document_id = report_years.document_id

),

unbalanced as (

    {# "to balance the budget" says what a figure is for, not that it is a budget; "the Budget Resilience
       Reserve" and "the Budget Support Fund" are reserves #}
    select
        * replace (
            regexp_replace(
                regexp_replace(clause_before, 'balanced? (?:the |a |its |our )?budgets?', 'balanced', 'g'),
                'budget (?:[a-z]+ ){0,2}(?:reserve|fund)\b', 'reserve', 'g'
            ) as clause_before,
            regexp_replace(
                regexp_replace(near_after, 'balanced? (?:the |a |its |our )?budgets?', 'balanced', 'g'),
                'budget (?:[a-z]+ ){0,2}(?:reserve|fund)\b', 'reserve', 'g'
            ) as near_after
        )
    from clauses

),

final as (

    {# the figure's own clause: cut at the last clause boundary (", and", ";", " – ", ", whereas", ", while", "and a
       further") unless nothing of substance follows it ("remain unallocated – £8.6m" keeps its words) #}
    select
        {# what is left of a figure in the sentences before ("The remaining £0.7m was not delivered") reads their
           words for a rule's `requires` too #}
        {# ... and "budget reductions" (as Scottish and Welsh councils call their savings) are savings to every
           rule that requires savings #}
        * replace (
            regexp_replace(
                requires_text
                || case
                {# a sentence that goes on with an overspend the one before states ("The council overspent by
                   £4.6m. Most of the pressure was in adult social care (£3.1m)") #}
                    when
                        regexp_matches(
                            previous_sentence,
                            'overspen|over-spen|over spen|over budget'
                            || '|over (its|the|their) (net |revenue |approved |overall )?budget( by| of|[.,;:]|$)'
                        )
                        then ' | ' || previous_sentence
                {# a figure said to be delivered (or not, or expected, or on track) whose clause names no money goes
                   on with the topic of the two sentences before it ("The budget included savings of £9m. By June £6m
                   (67%) had been delivered. £1.2m is at risk") #}
                    when
                        is_remainder
                        or ((
                            {# (past an aside between the figure and its verb: "£5.9m of that sum - 80% - had been
                               delivered") #}
                            regexp_matches(
                                near_after,
                                '^[^a-z]*(?:[a-z]+(?: | - [0-9.]+% - | \([0-9.]+%\) )){0,5}'
                                || '(?:deliver|achiev|realis|made|banked|secured|expected|on track|on target|at risk)'
                            )
                            {# ... or whose clause says so before it ("By month 7 it had delivered £10.2m") #}
                            or regexp_matches(
                                lower(clause_before), '\b(?:delivered|achieved|realised|banked|secured)\s*$'
                            )
                        )
                        and not regexp_matches(lower(clause_before) || ' ' || near_after, '{{ money_topic }}'))
                        then ' | ' || regexp_extract(
                            split_part(lower(paragraph), sentence_lower, 1),
                            '((?:(?:[^.!?]|[.][0-9])*[.!?]\s+)?(?:[^.!?]|[.][0-9])*[.!?]?\s*)$',
                            1
                        )
                    else ''
                end
                {# ... and in a report on savings, a figure whose sentence names no money but a saving's state is a
                   saving ("Savings Delivery 2025/26" over "Adults" over "£1.1m of £1.6m delivered"; not "the £250k
                   leisure shortfall", nor "£0.3m through the adult skills funding") #}
                || case
                    when
                        is_savings_report
                        and not regexp_matches(sentence_lower, '{{ money_topic }}')
                        and regexp_matches(
                            sentence_lower,
                            'deliver|achiev|realis|banked|on track|on target|at risk|slipp|identif|\btarget'
                        )
                        then ' | a report on savings'
                    else ''
                end,
                '\bbudget reductions?\b',
                '\0 (savings)',
                'g'
            )
                as requires_text
        ),
        coalesce(
            nullif(
                regexp_extract(
                    clause_before, '(?:,\s+and|,?\s+but|,\s+whereas|,\s+while|;|\s–\s)\s+([^;–]*[a-z]{3}[^;–]*)$', 1
                ),
                ''
            ),
            {# "savings of £2.1m are still to be found and a further £4.4m are rated red" #}
            nullif(
                regexp_extract(
                    clause_before, '\s(?:and|with)\s+((?:a further|another|the remaining|the rest)\b[^;–]*)$', 1
                ),
                ''
            ),
            {# "£4.9m had been delivered, and £0.7m will not be achieved", "£3.9m is in children's social care and
               £2.2m is in the high needs block", "£4.0m has been achieved, £1.1m is expected ...": nothing of the
               figure's own before it, but its words after it #}
            case
                when
                    (
                        regexp_matches(clause_before, '(?:,?\s+and|,?\s+but|,\s+whereas|,\s+while|;)\s*$')
                        or regexp_matches(clause_before, '^\s*(?:is|are|was|were|has|have|had)\b[^,;]*,\s*$')
                    )
                    {# ... a share in brackets maybe between ("and £1.2m (11%) are not expected to be delivered") #}
                    and regexp_matches(
                        near_after, '^\s*(?:\([^)]{0,20}\)\s*)?[a-z ]{0,20}\b(?:will|is|are|was|were|has|have|had)\b'
                    )
                    then ''
            end,
            clause_before
        ) as near_before
    from unbalanced

)

select * exclude (respective_names, figures_after, is_remainder) from final
