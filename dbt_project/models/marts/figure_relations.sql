{# Stated totals against their parts, with a rounding-aware tolerance: half the smallest printed unit
   (£15.6m -> £0.1m) times the number of figures involved. A restated relation is one row. #}
with

relations as (

    select * from {{ ref('stg_reports__figure_relations') }}

),

documents as (

    select * from {{ ref('documents') }}
    where {{ changed_documents_only('document_id') }}

),

figures as (

    select
        relations.document_id,
        relations.relation_id,
        unnest(list_append(relations.parts_raw, relations.total_raw)) as printed
    from relations

),

units as (

    select
        document_id,
        relation_id,
        min(
            case
                when regexp_matches(printed, '(bn|billion)$') then 1e9
                when regexp_matches(printed, '(m|million|mn)$') then 1e6
                when regexp_matches(printed, '(k|thousand)$') then 1e3
                else 1
            end
            / power(10, length(regexp_extract(printed, '\.([0-9]+)', 1)))
        ) as smallest_unit_gbp,
        count(*) as figures
    from figures
    group by document_id, relation_id

),

measured as (

    select
        relations.*,
        list_sum(relations.parts_gbp) as sum_of_parts_gbp,
        list_max(relations.parts_gbp) as largest_part_gbp,
        0.5 * units.smallest_unit_gbp * units.figures as tolerance_gbp
    from relations
    inner join units
        on
            relations.document_id = units.document_id
            and relations.relation_id = units.relation_id

),

grouped as (

    select
        document_id,
        relation,
        total_gbp,
        parts_gbp,
        any_value(total_raw) as total_raw,
        any_value(parts_raw) as parts_raw,
        any_value(sum_of_parts_gbp) as sum_of_parts_gbp,
        any_value(tolerance_gbp) as tolerance_gbp,
        any_value(
            case
                when relation = 'sum' then abs(sum_of_parts_gbp - total_gbp) - tolerance_gbp
                else largest_part_gbp - total_gbp - tolerance_gbp
            end
        ) as excess_gbp,
        count(*) as mention_count,
        arg_min(quote, char_offset) as quote,
        min(char_offset) as char_offset
    from measured
    group by document_id, relation, total_gbp, parts_gbp

),

final as (

    select
        grouped.document_id,
        documents.source_file,
        documents.council,
        grouped.relation,
        grouped.total_gbp,
        grouped.total_raw,
        grouped.parts_gbp,
        grouped.parts_raw,
        grouped.sum_of_parts_gbp,
        grouped.tolerance_gbp,
        grouped.excess_gbp,
        grouped.excess_gbp <= 0 as holds,
        grouped.mention_count,
        grouped.quote,
        grouped.char_offset,
        pages.page_number,
        documents.parser_version
    from grouped
    inner join documents on grouped.document_id = documents.document_id
    {{ page_join('grouped') }}

)

select * from final
