{# Each money mention's service area from the `service_area_keywords` seed: the service named by the
   figure's own clause or the words after it (the first by priority: a "Children and Adults" group is
   children's), else the one service the sentence names where it speaks for every figure (before the
   first figure, or in the figure's own trailing words), else the one the sentence it refers back to
   names. A list member's own words follow it ("£7.7m on children's and £4.1m on adults").
   Stored, and on an incremental refresh built from the changed reports' mentions only (per document). #}
{#- where most of a figure arose ("largely in adult social care", "mostly on temporary accommodation"), or
    why ("£4.3m at period 6, after management actions in adult social care"): no service of its own (the figure
    is the whole council's) #}
{%- set mostly = '((almost all|nearly all|most|much|the bulk) of (it|this|which)\\b'
    ~ '|(mainly|largely|mostly|partly|primarily|principally|chiefly) (because|due to|as a result|in|on|within|through)\\b'
    ~ '|driven (almost entirely |entirely |mainly |largely |mostly |partly |primarily |principally |chiefly )?by\\b'
    ~ '|(after|following|thanks to|because of|due to|as a result of)\\b)' %}
{#- the whole council's overspend the clause before a figure names ("... which would reduce the net forecast
    overspend to £426k") #}
{%- set whole_council_before = '\\b(overall|net|total|council-wide|whole-council)'
    ~ '( (forecast|projected|probable|outturn|revenue|budget|general|fund|position|year-end|in-year|to|a|an)){0,5}'
    ~ ' (overspend|over-spend|deficit)( (of|to|at|is|was|now))*( (about|around|some|just))?\\s*$' %}
{#- a table's heading over its rows' names that says each row is a part of the council ("Directorate", "Service
    area", "Portfolio / Service") #}
{%- set parts_heading = '^(directorates?|services?( areas?)?|departments?|portfolios?)\\b' %}
with

mentions as (

    select * from {{ ref('int_money_mentions_windowed') }}
    where {{ changed_documents_only('document_id') }}

),

windows as (

    {# the sentence's words that speak for this figure: those before its first figure ("The children's
       overspend of £4.2m compares with £3.1m last year"), and this figure's own trailing words up to the
       clause of the next figure ("£412k, driven by waste costs, and a forecast variance of £0.55m": waste is
       £412k's, not £0.55m's; "£1.1m this year, with housing forecast to overspend by £780k": housing is
       £780k's) #}
    select
        *,
        lower(
            regexp_replace(
                first_value(context_before)
                    over (
                        partition by document_id, char_offset - length(context_before) order by mention_id
                    ),
                {# an aside the first figure sits in is that figure's, not the sentence's ("the outturn
                   (including a schools underspend of £0.2m) was an overspend of £0.6m") #}
                '\((including|excluding|incl\.?|excl\.?|of which)\b[^()]*$',
                ''
            )
            || ' ' || raw_figure || ' '
            || case
                when context_after like '%£%'
                    then regexp_replace(
                        split_part(context_after, '£', 1),
                        '(,\s+(and|with|while|whereas|but)\b|;|\s–\s|\b(which|that)\b|,\s+{{ mostly }}).*$',
                        ''
                    )
                {# a contrast after the last figure is not about it ("£51m of savings, while protecting schools"),
                   nor is where most of it arose or why ("an overspend of £650k, almost all of it on temporary
                   accommodation", "£312k, mainly because of higher costs of temporary accommodation": the whole
                   council's) #}
                else regexp_replace(context_after, ',\s+((while|whereas|but)\b|{{ mostly }}).*$', '')
            end
        ) as sentence_shared
    from mentions

),

{# the seed's keywords, each pattern matched as a constant (`seed_rules.sql`) #}
{%- set keyword_rows = seed_rows(ref('service_area_keywords'), ['priority', 'pattern', 'service_area', 'scope']) %}

keywords as (

    {{ seed_table(keyword_rows, [
        ['priority', 'integer'], ['pattern', 'varchar'], ['service_area', 'varchar'], ['scope', 'varchar'],
    ]) }}

),

services as (

    select * from keywords
    where scope = 'any'

),

{#- whether a service's keywords are in one of a figure's texts #}
{%- set matches = 'regexp_matches(windows.{}, {{pattern}})' %}
{%- set service = 'services.rule_index' %}
{%- set in_near_before = per_rule(keyword_rows, matches.format('near_before'), index=service) %}
{%- set in_near_after = per_rule(keyword_rows, matches.format('near_after'), index=service) %}
{%- set in_sentence_shared = per_rule(keyword_rows, matches.format('sentence_shared'), index=service) %}
{%- set in_sentence_own = per_rule(keyword_rows, matches.format('sentence_own'), index=service) %}
{%- set in_previous_sentence = per_rule(keyword_rows, matches.format('previous_sentence'), index=service) %}
{%- set in_respective_words = per_rule(keyword_rows, matches.format('respective_words'), index=service) %}

service_matches as (

    {# level 0: the clause before the figure; 1: the words after it; 2: its sentence; 3: the sentence it
       refers back to #}
    select
        windows.document_id,
        windows.mention_id,
        services.service_area,
        services.priority,
        case
            when windows.respective_words is not null then -1
            when windows.continues_previous and {{ in_near_after }} then 0
            when {{ in_near_before }} then case when windows.continues_previous then 1 else 0 end
            when {{ in_near_after }} then 1
            when {{ in_sentence_shared }} then 2
            when {{ in_previous_sentence }} then 3
        end as service_level,
        {# the whole council's overspend the clause before the figure names ("... the leisure pressure, which would
           reduce the net forecast overspend to £426k"): no service of its own #}
        regexp_matches(windows.near_before, '{{ whole_council_before }}') as is_whole_council
    from windows
    inner join services
        on {{ in_sentence_own }} or {{ in_previous_sentence }}
    {# a figure paired with a name by "respectively" has that name's service or none #}
    where windows.respective_words is null or {{ in_respective_words }}

),

claimed as (

    {# a service named only where another figure's clause speaks (not this figure's, nor the whole sentence's) is
       not this figure's #}
    select * from service_matches
    where service_level is not null and not is_whole_council

),

service_levels as (

    select
        document_id,
        mention_id,
        service_level,
        count(distinct service_area) as services_named,
        arg_min(service_area, priority) as service_area
    from claimed
    group by document_id, mention_id, service_level

),

final as (

    select
        document_id,
        mention_id,
        case
            when min(service_level) < 2 then arg_min(service_area, service_level)
            when arg_min(services_named, service_level) = 1 then arg_min(service_area, service_level)
        end as service_area
    from service_levels
    group by document_id, mention_id

),

row_names as (

    select
        document_id,
        mention_id,
        row_name,
        row_heading
    from mentions
    where row_name is not null

),

row_keywords as (

    {# what the seed's keywords of any scope say of a table row's name: the service of its best match
       (row_keyword_area), whether it names a part of the council at all, and whether a keyword without a service
       (a total, a kind of cost such as "Pay") matches it #}
    select
        row_names.document_id,
        row_names.mention_id,
        arg_min(keywords.service_area, keywords.priority) filter (where keywords.service_area is not null)
            as row_keyword_area,
        regexp_matches(any_value(row_names.row_name), '[a-z]{3}') as has_words,
        regexp_matches(lower(coalesce(any_value(row_names.row_heading), '')), '{{ parts_heading }}') as names_parts,
        coalesce(bool_or(keywords.pattern is not null and keywords.service_area is null), false) as is_council_wide
    from row_names
    left join keywords
        on {{ per_rule(keyword_rows, 'regexp_matches(row_names.row_name, {pattern})', index='keywords.rule_index') }}
    group by row_names.document_id, row_names.mention_id

),

row_services as (

    {# the service a table row's name gives: its keywords' service, else a row naming a part of the council that is
       none of them ("Operations", "City Development") is `other`; a council-wide row is the whole council's;
       row_part_area: that service where the table's heading over the rows' names says they are parts of the
       council ("Directorate") #}
    select
        document_id,
        mention_id,
        row_keyword_area,
        coalesce(row_keyword_area, case when has_words and not is_council_wide then 'other' end) as row_service_area,
        case when names_parts then row_service_area end as row_part_area
    from row_keywords

),

lead_services as (

    {# the service a paragraph's run-in heading names ("Health and Adult Care. The directorate was set savings of
       £4.2m"): its keywords' service, the last resort of a figure in that paragraph (keywords of any text only: a
       theme such as "Finance." heads a peer challenge's paragraph on the council's money, not on its finance
       service) #}
    select
        mentions.document_id,
        mentions.mention_id,
        arg_min(services.service_area, services.priority) as lead_keyword_area
    from mentions
    inner join services
        on {{ per_rule(keyword_rows, 'regexp_matches(mentions.lead_name, {pattern})', index=service) }}
    where
        mentions.lead_name <> '' and services.service_area is not null
        {# (not the whole council's figure: "the overall forecast overspend to £2.13m" under "Health and Social
           Care") #}
        and not regexp_matches(
            lower(regexp_replace(split_part(mentions.sentence, mentions.raw_figure, 1), '\s+', ' ', 'g')),
            '{{ whole_council_before }}'
        )
    group by mentions.document_id, mentions.mention_id

)

select
    mentions.document_id,
    mentions.mention_id,
    final.service_area,
    row_services.row_service_area,
    row_services.row_keyword_area,
    row_services.row_part_area,
    lead_services.lead_keyword_area
from mentions
left join final on mentions.document_id = final.document_id and mentions.mention_id = final.mention_id
left join row_services
    on mentions.document_id = row_services.document_id and mentions.mention_id = row_services.mention_id
left join lead_services
    on mentions.document_id = lead_services.document_id and mentions.mention_id = lead_services.mention_id
where coalesce(final.service_area, row_services.row_service_area, lead_services.lead_keyword_area) is not null
