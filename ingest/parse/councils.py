"""Which council a report is about, recognised against a register of UK councils (`data/councils.csv`).

The name comes from the text where the text gives it in a telling place (the title lines, a letter's address
block or salutation, the sentence that says who was challenged), else from the file's name or its folder
(`harrow_2023_x.txt`, `reports/Harrow/x.pdf`), else from the first council the text names anywhere that is
not a peer's home council or a partner (`council_source` records which). Names are matched case-sensitively
(fast); lines printed in capitals are matched again without case. A name in capitals is given as the register
spells it. Where the register finds no council at all, a council-shaped name it lacks is read from the title
lines ("Royal Borough of X", "X COUNTY BOROUGH COUNCIL" in title case) or a telling place (`title_unregistered`).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import polars as pl

from ingest.parse.lines import leading_short_lines

DATA = Path(__file__).parent / "data"
GENERIC_WORDS = (
    r"\b(?:royal|london|metropolitan|borough|district|county|city|town|council|of|the|and|cc|mbc|dc|bc|lb)\b"
)
TYPE_WORDS = "Metropolitan Borough|Metropolitan District|County Borough|City|County|District|Borough|Town"
PREFIX = "(?:London Borough|Royal Borough|City and County|County Borough|Borough|City|County) of "
SUBJECT_VERBS = (
    "undertook|completed|made|is|has|had|was|invited|commissioned|received|requested|asked|welcomed|hosted"
)


@cache
def load_register() -> pl.DataFrame:
    """The shipped register: `gss_code, place, council_name, kind, nation, valid_from, valid_to, aliases`."""
    return pl.read_csv(DATA / "councils.csv", infer_schema=False)


@cache
def place_abbreviations() -> tuple[tuple[str, str], ...]:
    """The shipped `(abbreviation, expansion)` pairs of place words ('ne' -> 'north east'), in file order."""
    abbreviations = pl.read_csv(DATA / "place_abbreviations.csv")
    return tuple(zip(abbreviations["abbreviation"], abbreviations["expansion"], strict=True))


def place_key(name: pl.Expr) -> pl.Expr:
    """The place in a council's name or a file name, lower case, accents and generic words dropped ('City of York
    Council' -> 'york', 'barking-dagenham' -> 'barking dagenham', 'Ynys Môn' -> 'ynys mon')."""
    unaccented = name.str.normalize("NFKD").str.replace_all(r"\p{M}+", "")
    plain = unaccented.str.to_lowercase().str.replace_all(r"[^a-z0-9]+", " ")
    core = plain.str.replace_all(GENERIC_WORDS, " ").str.replace_all(r"\s+", " ").str.strip_chars()
    return pl.when(core == "").then(plain.str.strip_chars()).otherwise(core)


def _abbreviated(spelling: pl.Expr) -> list[pl.Expr]:
    """The spelling with each known abbreviation used, one at a time and all at once ('North East
    Lincolnshire' -> 'NE Lincolnshire', 'North East Lincs', 'NE Lincs')."""
    variants, every = [], spelling
    for short, long in place_abbreviations():
        printed = short.upper() if len(short) <= 2 else short.title()
        pattern = rf"\b{long.title()}\b"
        variants.append(spelling.str.replace_all(pattern, printed))
        every = every.str.replace_all(pattern, printed)
    return [*variants, every]


def register_keys(register: pl.DataFrame) -> pl.DataFrame:
    """One row per spelling of each council (`place`, every alias, and their abbreviated forms: 'North
    Herts', 'Bath and NE Somerset') with its `key`."""
    spellings = register.with_columns(
        spelling=pl.concat_list("place", pl.col("aliases").fill_null("").str.split("|"))
    ).explode("spelling")
    return (
        spellings.with_columns(spelling=pl.concat_list("spelling", *_abbreviated(pl.col("spelling"))))
        .explode("spelling")
        .filter(pl.col("spelling") != "")
        .unique(["gss_code", "spelling"], maintain_order=True)
        .with_columns(key=place_key(pl.col("spelling")))
    )


def _place_regex(name: str) -> str:
    words = [w for w in re.split(r"[ -]+", name) if w]
    parts = [
        "(?:and|&)" if w.lower() == "and" else re.escape(w).replace(r"\.", r"\.?").replace(",", ",?")
        for w in words
    ]
    return r"[ -]+".join(parts)


def mention_pattern(keys: pl.DataFrame) -> str:
    """A (case-sensitive, group-free) regex for a council of the register whose `register_keys` are `keys`,
    named in text: 'Wyvern District Council', 'City of Wyvern Council', 'London Borough of Wyvern',
    'Borough Council of Wyvern & Marsh', 'Wyvern DC'."""
    spellings = sorted(set(keys["spelling"].to_list()), key=len, reverse=True)
    places = "|".join(_place_regex(s) for s in spellings)
    return (
        rf"(?:(?:{PREFIX})?(?:{places})(?:,? (?:{TYPE_WORDS}))? Council(?-u:\b)"
        rf"|(?:London|Royal) Borough of (?:{places})(?-u:\b)|(?:{TYPE_WORDS}) Council of (?:{places})(?-u:\b)"
        rf"|(?:{places}) (?:MBC|DC|BC|CC)(?-u:\b))"
    )


# A list item or a councillor: a person, whose council is theirs.
LISTED_PERSON = r"\bcllr\b|\bcouncillor\b|^[ \t]*[-–—•*▪◦]"
# Lines that list or describe peers, thank people or say who was met: their councils are not the subject.
PEER_LINE = (
    r"(?im)^[^\n]*(?:\bpeers\b|\bpeer team\b|\b(?:lead|member|officer|political|shadow) peer\b|\bteam\b|"
    rf"\bled by\b|\bthank|\bmet\b|{LISTED_PERSON})[^\n]*$"
)
# Words before a council that make it a person's employer or a partner rather than the report's council.
NOT_SUBJECT_BEFORE = (
    r"(?:(?i:leader|chief executive|director|manager|member|officer|adviser|advisor|mayor|treasurer|head)"
    r"(?: [A-Za-z&]+){0,3}(?: of| at| for| from|,| [–—-])|(?i:with|and|alongside|including|neighbouring|"
    r"partners?|from|between))"
)
# A council-shaped name in a title line that the register does not know (a council created after it, or a
# spelling it lacks): proper words ending in a council type and "Council", title words before it dropped.
COUNCIL_SHAPE = rf"(?:[A-Z][\w'’&-]*[ \t]+(?:(?:and|upon|on|in|under|by|the)[ \t]+)?){{1,5}}(?:{TYPE_WORDS})[ \t]+Council(?-u:\b)"
UNREGISTERED = rf"({COUNCIL_SHAPE})"
TITLE_WORD = (
    r"(?:LGA|Local|Government|Association|Corporate|Finance|Financial|Peer|Challenges?|Reviews?|Progress|"
    r"Feedback|Reports?|Performance|Follow-up|Visit|The|Draft|Final|Quarter|Annual|Budget|Monitoring)"
)
TITLE_PREFIX = rf"^(?:{TITLE_WORD}[ \t]+)+"
# A council the register lacks named in a title line as "Royal Borough of X" / "London Borough of X", or in capitals on a
# line of its own ("WYVERNDALE COUNTY BOROUGH COUNCIL", "ASHMERE COUNCIL"); read only where the register finds none.
BOROUGH_OF = r"((?:London|Royal) Borough of [A-Z][\w'’-]*(?:[ \t]+(?:and|upon|on|[A-Z][\w'’-]*)){0,3})"
# ... also a fire, police or combined authority's ("ROYAL WESSEX FIRE AUTHORITY"), the council of its reports.
UPPER_NAME = (
    r"(?m)^[ \t#]*((?:LONDON|ROYAL) BOROUGH OF [A-Z][A-Z'’ -]*[A-Z]|(?:[A-Z][A-Z'’&-]*[ \t]+){1,6}(?:COUNCIL"
    r"|(?:FIRE(?: AND RESCUE)?|COMBINED|POLICE(?: AND CRIME)?) AUTHORITY))[ \t]*$"
)
# Words that make a council-shaped line a meeting or another body ("FULL COUNCIL", "REPORT TO COUNCIL", "PARISH
# COUNCIL"), or a title word after the name ("Royal Borough of X Feedback Report").
NOT_A_PLACE = r"(?i)\b(?:full|report|meeting|special|extraordinary|annual|ordinary|budget|cabinet|parish|community|to|agenda|minutes)\b"
# A line of prose: five lower-case words in a row, or the wrapped rest of a sentence (starts in lower case).
PROSE = r"\b[a-z]+ [a-z]+ [a-z]+ [a-z]+ [a-z]+\b|^[ \t]*[a-z]"


def title_zone(head: pl.Expr) -> pl.Expr:
    """The report's title lines: its first short lines (up to 20, blank ones included), without prose, list or
    peer lines (a hard-wrapped body is short lines too)."""
    leading = leading_short_lines(head, lines=20, chars=150)
    return leading.str.replace_all(rf"(?m)^(?:[^\n]*{PROSE})[^\n]*$", "").str.replace_all(
        rf"(?im)^[^\n]*(?:{LISTED_PERSON})[^\n]*$", ""
    )


def _upper_lines(head: pl.Expr) -> pl.Expr:
    """The lines of the opening printed in capitals ("WYVERN DISTRICT COUNCIL"), to match without case."""
    return head.str.extract_all(r"(?m)^[^a-z\n]*[A-Z]{2}[^a-z\n]*$").list.join("\n")


def _named_in_text(plain: pl.Expr, mention: str) -> pl.Expr:
    """The council the text names in a telling place: its title lines (also in capitals), a letter's
    address block or salutation, the sentence that says who was challenged or visited."""
    head = plain.str.slice(0, 1500)
    # two extracts rather than `extract_groups`, which compiles this long pattern once more to name its groups
    joint = rf"(?i:peer (?:challenge|review)|CPC)(?: \(CPC\))? (?:of|at|for|with) ({mention})(?: and ({mention}))?"
    return pl.coalesce(
        title_zone(head).str.extract(rf"({mention})", 1),
        _upper_lines(head.str.slice(0, 600)).str.extract(rf"(?i:({mention}))", 1),
        head.str.extract(
            rf"(?:^|\n)[ \t]*(?:[A-Za-z][\w'’-]*[ \t]+){{0,3}}(?i:chief executive)\s*({mention})", 1
        ),
        head.str.extract(rf"(?i:dear) [A-Za-z][\w'’-]*\s*({mention})", 1),
        head.str.extract(
            rf"(?:^|\n|\. )[ \t]*({mention})(?: \([^)\n]{{1,40}}\))? (?:{SUBJECT_VERBS})(?-u:\b)", 1
        ),
        pl.when(head.str.extract(joint, 2).is_null()).then(head.str.extract(joint, 1)),
        head.str.extract(rf"(?:days|time) (?:at|with|in) ({mention})", 1),
        head.str.extract(rf"invited (?:into|to) ({mention})", 1),
    )


def _unregistered_name(plain: pl.Expr) -> pl.Expr:
    """A title line's "Royal/London Borough of X", else a council name printed in capitals alone on its line (given
    in title case), else a council-shaped name in a telling place ("Wexham District Council has published the
    report", "a review of Wexham District Council"), that the register lacks; not a meeting's or another body's name ("FULL COUNCIL")."""
    titles = title_zone(plain.str.slice(0, 1500))
    capitals = titles.str.extract(UPPER_NAME, 1).str.to_titlecase()
    for word in ("of", "and", "upon", "on", "the"):
        capitals = capitals.str.replace_all(f" {word.title()} ", f" {word} ", literal=True)
    found = pl.coalesce(
        titles.str.extract(BOROUGH_OF, 1).str.replace(rf"(?:[ \t]+{TITLE_WORD})+$", ""),
        capitals,
        _named_in_text(plain, COUNCIL_SHAPE),
        # "An independent review of X Borough Council found ..."
        plain.str.slice(0, 1500).str.extract(rf"(?i:review|challenge) (?:of|at) ({COUNCIL_SHAPE})", 1),
    )
    return pl.when(~place_key(found).str.contains(NOT_A_PLACE)).then(found)


def _first_free_mention(docs: pl.LazyFrame, mention: str) -> pl.LazyFrame:
    """The first council named anywhere that is not a peer's or a partner's: not in a line about the peer
    team, the people thanked or met, nor right after a role ('Leader of') or a partner word ('with')
    anywhere in the text. Returns document_id, anywhere."""
    text = pl.col("plain").str.slice(0, 20000)
    after = rf"{NOT_SUBJECT_BEFORE}[ \t,]+(?:the )?(?:{mention})"
    found = docs.select(
        "document_id",
        mention=text.str.extract_all(mention),
        excluded=pl.concat_list(
            text.str.extract_all(PEER_LINE).list.join("\n").str.extract_all(mention),
            text.str.extract_all(after).list.eval(
                pl.element().str.replace(rf"^{NOT_SUBJECT_BEFORE}[ \t,]+(?:the )?", "")
            ),
        ),
    )
    named = found.select("document_id", "mention").explode("mention").drop_nulls("mention")
    excluded = found.select("document_id", mention="excluded").explode("mention").drop_nulls("mention")
    key = place_key(pl.col("mention"))
    return (
        named.with_columns(key=key)
        .join(excluded.with_columns(key=key), on=["document_id", "key"], how="anti", maintain_order="left")
        .group_by("document_id", maintain_order=True)
        .agg(anywhere=pl.col("mention").first())
    )


def _path_words(name: pl.Expr) -> pl.Expr:
    """A file or folder name as ' word word ', known abbreviations spelled out ('ne' -> 'north east'), words
    run together in capitals or with digits split ('WyvernCPC2019' -> ' wyvern cpc 2019 ')."""
    split = name.str.replace_all(r"([a-z])([A-Z])", "${1} ${2}").str.replace_all(
        r"([A-Za-z])([0-9])", "${1} ${2}"
    )
    words = pl.concat_str(
        pl.lit(" "), split.str.to_lowercase().str.replace_all(r"[^a-z0-9]+", " "), pl.lit(" ")
    )
    for short, long in place_abbreviations():
        words = words.str.replace_all(f" {short} ", f" {long} ", literal=True)
    return words


def _keyed_in_path(file_name: pl.Expr, folder: pl.Expr, keys: list[str]) -> tuple[pl.Expr, pl.Expr]:
    alternatives = "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
    in_name = place_key(_path_words(file_name.str.replace(r"\.[A-Za-z0-9]+$", "")))
    in_folder = place_key(_path_words(folder))
    return (
        pl.concat_str(pl.lit(" "), in_name, pl.lit(" ")).str.extract(rf" ({alternatives}) ", 1),
        in_folder.str.extract(rf"^({alternatives})$", 1),
    )


def _keys(register: pl.DataFrame) -> tuple[pl.DataFrame, str]:
    """The register's spelling keys (the columns `parse_councils` joins) and its `mention_pattern`."""
    keys = register_keys(register)
    columns = keys.select("key", "gss_code", "kind", "council_name", "valid_from", "valid_to")
    dates = [pl.col(c).cast(pl.String).str.to_date(strict=False) for c in ("valid_from", "valid_to")]
    return columns.with_columns(*dates), mention_pattern(keys)


@cache
def _default_keys() -> tuple[pl.DataFrame, str]:
    """`_keys` of the shipped register, worked out once per process."""
    return _keys(load_register())


def parse_councils(docs: pl.LazyFrame, register: pl.DataFrame | None = None) -> pl.LazyFrame:
    """The council each document is about.

    Where one place is two councils of the register (a county and the unitary council that succeeded it,
    both 'Borsetshire'), a county named as such ('County Council' in the text, 'cc' in the file name) is the
    county; otherwise the council in office at the report's `reference_date`, if the report has one; else
    the one in office now.

    Args:
        docs: `document_id, source_file, plain` (the text without markup) and optionally `file_path` and
            `reference_date` (the report's date).
        register: councils to recognise (default: the shipped register of UK councils).

    Returns:
        `document_id, council, council_gss_code, council_source` (text | title_unregistered | file_name | folder |
        text_mention).
    """
    keys, mention = _default_keys() if register is None else _keys(register)
    telling = _named_in_text(pl.col("plain"), mention)
    unregistered = (
        title_zone(pl.col("plain").str.slice(0, 1500))
        .str.extract(UNREGISTERED, 1)
        .str.replace(TITLE_PREFIX, "")
    )
    unregistered = pl.when(unregistered.str.contains(r"^[A-Z]")).then(unregistered)
    anywhere = pl.col("anywhere")
    schema = docs.collect_schema()
    path = pl.col("file_path") if "file_path" in schema else pl.col("source_file")
    date = pl.col("reference_date") if "reference_date" in schema else pl.lit(None, dtype=pl.Date)
    folder = path.str.extract(r"([^/\\]+)[/\\][^/\\]+$", 1)
    by_name, by_folder = _keyed_in_path(pl.col("source_file"), folder, keys["key"].unique().to_list())
    docs = docs.join(_first_free_mention(docs, mention), on="document_id", how="left", maintain_order="left")
    any_found = pl.coalesce(telling, unregistered, by_name, by_folder, anywhere)
    unregistered_name = pl.when(any_found.is_null()).then(_unregistered_name(pl.col("plain")))
    found = docs.select(
        "document_id",
        printed=pl.coalesce(telling, unregistered, anywhere, unregistered_name).str.replace_all(r"\s+", " "),
        council_source=pl.when(telling.is_not_null())
        .then(pl.lit("text"))
        .when(unregistered.is_not_null() | unregistered_name.is_not_null())
        .then(pl.lit("title_unregistered"))
        .when(by_name.is_not_null())
        .then(pl.lit("file_name"))
        .when(by_folder.is_not_null())
        .then(pl.lit("folder"))
        .when(anywhere.is_not_null())
        .then(pl.lit("text_mention")),
        path_key=pl.coalesce(by_name, by_folder),
        county_hint=pl.concat_str(pl.col("source_file"), folder, ignore_nulls=True).str.contains(
            r"(?i)(?:^|[^a-z])cc(?:[^a-z]|$)"
        ),
        reference_date=date,
    )
    from_text = pl.col("council_source").is_in(["text", "title_unregistered", "text_mention"])
    found = found.with_columns(
        key=pl.when(from_text).then(place_key(pl.col("printed"))).otherwise("path_key"),
        county_hint=pl.when(from_text)
        .then(pl.col("printed").str.contains(r"(?i)\bCounty Council\b"))
        .otherwise("county_hint"),
    )
    county = pl.col("kind") == "county"
    reference, valid_from, valid_to = pl.col("reference_date"), pl.col("valid_from"), pl.col("valid_to")
    in_office = reference.is_null() | (
        (valid_from.is_null() | (valid_from <= reference)) & (valid_to.is_null() | (reference <= valid_to))
    )
    return (
        found.join(keys.lazy(), on="key", how="left", maintain_order="left")
        .sort(
            "document_id",
            county & pl.col("county_hint"),  # named a county
            in_office,  # in office when the report was written
            county == pl.col("county_hint"),  # not named a county: not the county
            valid_to.is_null(),  # in office now
            descending=[False, True, True, True, True],
            nulls_last=True,
            maintain_order=True,
        )
        .unique("document_id", keep="first", maintain_order=True)
        .select(
            "document_id",
            council=pl.when(from_text & pl.col("printed").str.contains("[a-z]"))
            .then("printed")
            .otherwise("council_name"),
            council_gss_code="gss_code",
            council_source="council_source",
        )
    )
