{# Each money mention's service area from the `service_area_keywords` seed: the service named by the
   figure's own clause or the words after it (the first by priority: a "Children and Adults" group is
   children's), else the one service its sentence names, else the one the sentence it refers back to
   names. A list member's own words follow it ("£7.7m on children's and £4.1m on adults"). #}
with

windows as (

    select * from {{ ref('int_money_mentions_windowed') }}

),

services as (

    select * from {{ ref('service_area_keywords') }}

),

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
            when windows.continues_previous and regexp_matches(windows.near_after, services.pattern) then 0
            when regexp_matches(windows.near_before, services.pattern)
                then case when windows.continues_previous then 1 else 0 end
            when regexp_matches(windows.near_after, services.pattern) then 1
            when regexp_matches(windows.sentence_own, services.pattern) then 2
            else 3
        end as service_level
    from windows
    inner join services
        on
            regexp_matches(windows.sentence_own, services.pattern)
            or regexp_matches(windows.previous_sentence, services.pattern)
    {# a figure paired with a name by "respectively" has that name's service or none #}
    where windows.respective_words is null or regexp_matches(windows.respective_words, services.pattern)

),

service_levels as (

    select
        document_id,
        mention_id,
        service_level,
        count(distinct service_area) as services_named,
        arg_min(service_area, priority) as service_area
    from service_matches
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

)

select * from final
