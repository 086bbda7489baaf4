{# Each money mention with the mart it belongs to (savings, overspends, financial_figures), its kind,
   status or category, its service area and fiscal year. A mention no rule claims, or one a rule says is no
   money fact (`none`), is dropped. Stored, and on an incremental refresh built from the changed reports'
   mentions only (every window is by document). #}
{#- a statement's service, unless it points back at its figure ("the £13.7m reported above") #}
{%- set points_back = "regexp_matches(coalesce(near_after, ''), '^\\s*(?:(?:reported|set out|described|"
    ~ "mentioned|shown|noted|referred to|quoted|given)\\s+(?:above|earlier|previously|before)\\b"
    ~ "|(?:above|earlier)\\s*(?:[.,;)]|$))')" %}
{%- set own_service = "case when not " ~ points_back ~ " then service_area end" %}
{#- a sentence that speaks of a span of years, not of one ("to date", "already", "over the medium term") #}
{%- set span_words = 'to date|so far|already|since|over the (last|past)|medium term|mtf' %}
with

resolved as (

    select * from {{ ref('int_money_mentions_resolved') }}
    where {{ changed_documents_only('document_id') }}

),

heading_years as (

    select
        *,
        list_distinct(list_transform(
            regexp_extract_all(
                array_to_string(
                    list_filter(
                        string_split(coalesce(heading, ''), ' | '),
                        lambda part: len(string_split(trim(part), ' ')) <= 5
                    ),
                    ' | '
                ),
                '\b(?:19|20)[0-9]{2}[/-](?:20)?[0-9]{2}\b'
            ),
            lambda y: regexp_replace(y, '^([0-9]{4})[/-](?:20)?([0-9]{2})$', '\1/\2')
        )) as heading_years
    from resolved

),

headed as (

    {# the one financial year the figure's headings of a few words name ("Implications for 2025/26"), none where
       they name a span or several (nor a heading that is a sentence: "Consultation on the 2016-17 budget has now
       closed") #}
    select
        * exclude (heading_years),
        case
            when
                len(heading_years) = 1
                and (cast(heading_years[1][3:4] as integer) + 1) % 100 = cast(heading_years[1][6:7] as integer)
                then heading_years[1]
        end as heading_year
    from heading_years

),

classified as (

    select
        document_id,
        source_file,
        mention_id,
        resolved_table as target_table,
        resolved_label as label,
        status_from_words,
        status_from_near,
        coalesce(
            {# a saving in a table row whose own name a service keyword names is that service's, whatever its other
               cells say ("Review of school transport routes | Children's Services | 450": transport; "Corporate
               ....... £0.9m" in a list of savings proposals); in a table whose rows are parts of the council
               ("Directorate" over "Growth"), a part no keyword names is `other` #}
            case when resolved_table = 'savings' then coalesce(row_keyword_area, row_part_area) end,
            case
                when {{ points_back }} then null
                when continues_previous then coalesce(service_area, head_service_area)
                else service_area
            end,
            {# a restated figure without a service takes the one service its other statements give; a statement
               that points back at the figure ("not part of the £13.7m reported above") gives none: its sentence
               is about something else #}
            {# ... unless it names the whole council's position ("the revenue overspend was forecast at £16.3m" beside
               "Adults had a forecast overspend of £16.3m": two facts of one amount) #}
            case
                when
                    count(distinct {{ own_service }}) over restated = 1
                    and not regexp_matches(
                        near_before,
                        '\b(the|its|our|their) (total|overall|net|revenue|general fund|council-wide|whole'
                        || '|(council|authority)[''’]s)( revenue| net| forecast| projected)*'
                        || ' (overspend|deficit|position|outturn)\b'
                    )
                    then max({{ own_service }}) over restated
            end,
            {# an overspend in a table row of a part of the council is that part's, though no service keyword
               names it ("Operations", "Resources") #}
            case when resolved_table = 'overspends' then row_service_area end,
            {# else the service its paragraph's run-in heading or its section's short heading names ("Children and
               Young People. Against a target of £2.6m, £1.45m was delivered"), unless it points back at the figure
               ("not part of the £6.4m reported above" under "Dedicated Schools Grant") #}
            case when not {{ points_back }} then lead_keyword_area end
        ) as service_area,
        {# a budget or outturn cell in brackets is a negative amount (a net income budget "(2,640)"); a variance's
           sign says which way it goes, not how much #}
        case
            when
                keeps_sign and is_negative
                and resolved_table = 'financial_figures' and resolved_label in ('budget', 'other')
                then -amount_gbp
            else amount_gbp
        end as amount_gbp,
        percent,
        qualifier,
        coalesce(
            fiscal_year,
            {# a restated figure without a year takes the one year its other statements give #}
            case
                when count(distinct fiscal_year) over restated = 1 then max(fiscal_year) over restated
            end,
            {# an overspend without one, the year the report is about, and a forecast one in a report about
               no year (a peer challenge, a news page) the year it was written in: a forecast is for the year
               still open; so a saving in a budget monitoring or outturn report, unless its sentence speaks
               of a programme or a span ("to date", "already") #}
            case
                when period is not null then null
                when resolved_table = 'overspends'
                    then coalesce(
                        reporting_year,
                        {# (or the one year its opening page says its money position is for) #}
                        stated_year,
                        case when status_from_words = 'forecast' then report_year end
                    )
                {# a saving under a heading that names one year ("Implications for 2025/26") is that year's,
                   unless its sentence speaks of a span #}
                when
                    resolved_table = 'savings' and heading_year is not null
                    and not regexp_matches(
                        split_part(sentence_lower, ';', 1),
                        '{{ span_words }}'
                    )
                    then heading_year
                when
                    resolved_table = 'savings' and is_budget_report
                    and (
                        {# (in the sentence's first clause: "...; the amount is already in the forecast" speaks of
                           something else) #}
                        not regexp_matches(
                            split_part(sentence_lower, ';', 1),
                            '{{ span_words }}|programme'
                        )
                        {# "the £11.4m savings programme for the year", "delivered in year": the year's, though a
                           programme #}
                        or regexp_matches(
                            sentence_lower,
                            '\b(for|in) (the|this) (financial )?year\b|\bin[- ]year\b'
                            {# "At period 6, £6.5m of the programme has been delivered" #}
                            || '|\b(at|by) (the end of )?(period|month|quarter) [0-9]+\b'
                        )
                    )
                    then reporting_year
            end
        ) as fiscal_year,
        report_year,
        reporting_year,
        stated_year,
        is_reporting_year_open,
        period,
        raw_figure,
        is_malformed,
        quote,
        char_offset,
        coalesce(priority, 999) as label_priority,
        {# a table cell's column of its table #}
        case when column_label is not null then table_start || ' | ' || column_label end as table_column
    from headed
    {# the marts' row rules: an overspend has an amount; a savings rate is a percentage, other kinds amounts #}
    where
        resolved_table is not null
        and resolved_table <> 'none'
        and (resolved_table <> 'overspends' or amount_gbp is not null)
        and (resolved_table <> 'savings' or (resolved_label = 'rate') = (percent is not null))
    window restated as (partition by document_id, resolved_table, resolved_label, amount_gbp, percent)

),

precise_restatements as (

    {# a precise figure (not a round number of millions) stated twice in one report with different labels
       and no year is one fact: keep the label of the strongest rule; but the same figure twice in one row of
       a table or one sentence is two facts ("| Wellbeing | 17,930 | 17,930 | 0 |": budget and outturn), and so
       is the same figure in two rows of one column of a table ("Place (0.94)" and "Resources (0.94)": two
       underspends); a table's total restated in another table ("Directorate total 8,500" under "Variance",
       after "8.5" under "Variance" in the summary table) is one #}
    select
        *,
        row_number() over statements as statement_rank,
        first_value(quote) over statements as first_statement,
        first_value(table_column) over statements as first_statement_column
    from classified
    window statements as (
        partition by document_id, amount_gbp, coalesce(fiscal_year, '')
        order by label_priority, mention_id
    )

),

statuses as (

    {# a figure for a year closed at the report's date is actual, for the open year the report is about a
       forecast; else the words nearest the figure, and a restated figure is a forecast if any statement is #}
    select
        *,
        case
            {# a figure its own words call a forecast ("when an overspend of £3m was projected") is one, even
               for a year closed at the report's date, and an outturn ("the 2023/24 outturn was an overspend of")
               is actual, even for the year a report is about #}
            when status_from_near = 'forecast_own' then 'forecast'
            when status_from_near = 'outturn' then 'actual'
            when fiscal_year < report_year then 'actual'
            when fiscal_year = reporting_year and is_reporting_year_open then 'forecast'
            when fiscal_year = reporting_year and not is_reporting_year_open then 'actual'
            {# a report that dates nothing but says which year its money position is for ("the monitoring
               position for 2019/20") is a report on that year while it is open #}
            when reporting_year is null and fiscal_year = stated_year then 'forecast'
            when bool_or(status_from_words = 'forecast') over restated then 'forecast'
            else 'actual'
        end as status
    from precise_restatements
    where
        statement_rank = 1
        or quote = first_statement
        or table_column = first_statement_column
        or amount_gbp is null
        or amount_gbp % 1000000 = 0
        or fiscal_year is not null
    window restated as (partition by document_id, target_table, amount_gbp, percent)

),

final as (

    select
        {# a figure in a second row of a column is a fact of its own, kept apart from the first row's when the
           marts collapse restatements #}
        case
            when table_column = first_statement_column and quote <> first_statement then mention_id
        end as own_table_row,
        * exclude (
            table_column,
            statement_rank,
            first_statement,
            first_statement_column,
            label_priority,
            status_from_words,
            status_from_near,
            report_year,
            reporting_year,
            stated_year,
            is_reporting_year_open
        )
    from statuses

)

select * from final
