{# Each partnership mention with the key of the body it names: its normalised name, or the longer name of the
   same report that it ends ("Health and Social Care Partnership" names the report's "Fenby Health and Social
   Care Partnership": a short form, printed in a table, of the one body). Only where exactly one longer name of
   the report ends with it: a short form that two bodies end with names neither. So is a name that is the short
   form in brackets after exactly one other name of the report ("the Fenby ICB" where the report printed "Fenby
   Integrated Care Board (Fenby ICB)"): `is_acronym_form`, an alias already as that body's acronym. A place's bare
   name is the short form of a council named for it ("South Marsh" of "South Marsh District Council"), likewise; so
   are a longer name's opening words ("Marsh City Region" of "Marsh City Region Joint Committee") and its place with
   its kind's initials ("Fenby ICB" of "Fenby Integrated Care Board"). #}
with

mentions as (

    select
        *,
        regexp_replace(lower(trim(name)), '^the\s+', '') as name_key
    from {{ ref('stg_reports__partnership_mentions') }}

),

names as (

    select distinct
        document_id,
        name_key,
        {# the name with its last two to four words as their initials: "fenby icb" of "fenby integrated care board" #}
        list_transform(
            range(2, 5),
            lambda n: array_to_string(string_split(name_key, ' ')[1:-n - 1], ' ')
            || ' '
            || array_to_string(
                list_transform(
                    list_filter(string_split(name_key, ' ')[-n:], lambda w: w not in ('and', 'of', 'for')),
                    lambda w: left(w, 1)
                ),
                ''
            )
        ) as initialled_keys
    from mentions

),

short_forms as (

    select
        short_names.document_id,
        short_names.name_key,
        min(long_names.name_key) as long_name_key
    from names as short_names
    inner join names as long_names
        on
            short_names.document_id = long_names.document_id
            and short_names.name_key <> long_names.name_key
            and (
                ends_with(long_names.name_key, ' ' || short_names.name_key)
                {# ... or a place's bare name, "south marsh" of "south marsh district council" #}
                or short_names.name_key = regexp_replace(
                    long_names.name_key,
                    '\s+((metropolitan\s+)?borough\s+|district\s+|city\s+|county\s+)?council$',
                    ''
                )
                {# ... or its opening words, "marsh city region" of "marsh city region joint committee" (a council's
                   name is no other body's opening) #}
                or (
                    starts_with(long_names.name_key, short_names.name_key || ' ')
                    and not regexp_matches(short_names.name_key, '\bcouncil$')
                )
                {# ... or its place with its kind's initials, "fenby icb" of "fenby integrated care board" #}
                or list_contains(long_names.initialled_keys, short_names.name_key)
            )
    group by short_names.document_id, short_names.name_key
    having count(*) = 1

),

acronym_forms as (

    select
        acronyms.document_id,
        acronyms.acronym_key as name_key,
        min(acronyms.name_key) as long_name_key
    from (
        select distinct
            document_id,
            name_key,
            lower(trim(acronym)) as acronym_key
        from mentions
        where acronym is not null
    ) as acronyms
    where acronyms.acronym_key <> acronyms.name_key
    group by acronyms.document_id, acronyms.acronym_key
    having count(distinct acronyms.name_key) = 1

),

final as (

    select
        mentions.*,
        coalesce(acronym_forms.long_name_key, short_forms.long_name_key, mentions.name_key) as body_key,
        coalesce(acronym_forms.long_name_key, short_forms.long_name_key) is not null as is_short_form,
        acronym_forms.long_name_key is not null as is_acronym_form
    from mentions
    left join short_forms
        on
            mentions.document_id = short_forms.document_id
            and mentions.name_key = short_forms.name_key
    left join acronym_forms
        on
            mentions.document_id = acronym_forms.document_id
            and mentions.name_key = acronym_forms.name_key

)

select * from final
