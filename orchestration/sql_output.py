"""Query results as text: an aligned table, CSV, JSON or Markdown; and as a Parquet file.

Values are shown in full unless a maximum cell width is given; a cut value ends with `…`, so it is never
mistaken for the whole value.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

FORMATS = ("table", "csv", "json", "markdown")
ELLIPSIS = "…"
NUMBERS = (int, float, Decimal)


def render(
    fmt: str,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    max_width: int = 0,
    max_rows: int = 0,
) -> str:
    """`rows` in format `fmt`; `max_width` cuts cells of the table and Markdown formats (0: full values),
    `max_rows` limits their rows (0: all). CSV and JSON always carry every row and full values."""
    if fmt == "csv":
        return render_csv(columns, rows)
    if fmt == "json":
        return render_json(columns, rows)
    if fmt == "markdown":
        return render_markdown(columns, rows, max_width, max_rows)
    return render_table(columns, rows, max_width, max_rows)


def cell_text(value: Any, max_width: int = 0) -> str:
    """A value on one line (line breaks shown as `↵`), cut to `max_width` characters with `…`."""
    text = "NULL" if value is None else str(value).replace("\r\n", "↵").replace("\n", "↵")
    if max_width and len(text) > max_width:
        return text[: max(max_width - 1, 0)] + ELLIPSIS
    return text


def render_table(
    columns: Sequence[str], rows: Sequence[Sequence[Any]], max_width: int = 0, max_rows: int = 0
) -> str:
    """An aligned plain-text table (numbers to the right) with a row count."""
    shown = rows[:max_rows] if max_rows else rows
    cells = [[cell_text(v, max_width) for v in row] for row in shown]
    names = [cell_text(c, max_width) for c in columns]
    widths = [max([len(n)] + [len(r[i]) for r in cells]) for i, n in enumerate(names)]
    numeric = [_is_numeric([r[i] for r in shown]) for i in range(len(columns))]

    def line(values: Sequence[str]) -> str:
        return " | ".join(
            v.rjust(w) if right else v.ljust(w) for v, w, right in zip(values, widths, numeric, strict=True)
        ).rstrip()

    out = [line(names), "-+-".join("-" * w for w in widths)]
    out += [line(r) for r in cells]
    out.append(_row_count(len(rows), len(shown)))
    return "\n".join(out)


def render_markdown(
    columns: Sequence[str], rows: Sequence[Sequence[Any]], max_width: int = 0, max_rows: int = 0
) -> str:
    """A GitHub-flavoured Markdown table (`|` escaped) with a row count."""
    shown = rows[:max_rows] if max_rows else rows

    def line(values: Sequence[str]) -> str:
        return "| " + " | ".join(v.replace("|", "\\|") for v in values) + " |"

    out = [line([cell_text(c, max_width) for c in columns]), "|" + "|".join("---" for _ in columns) + "|"]
    out += [line([cell_text(v, max_width) for v in row]) for row in shown]
    return "\n".join(out) + "\n\n" + _row_count(len(rows), len(shown))


def render_csv(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """RFC 4180 CSV with a header row; NULL is an empty field."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(["" if v is None else _plain(v) for v in row] for row in rows)
    return buffer.getvalue().rstrip("\n")


def render_json(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A JSON array with one object per row; dates as ISO text, decimals as numbers."""
    records = [dict(zip(columns, row, strict=True)) for row in rows]
    return json.dumps(records, indent=2, ensure_ascii=False, default=_json_value)


def write_parquet(table: Any, path: Path) -> int:
    """Write an Arrow table to `path` as Parquet; the number of rows."""
    import pyarrow.parquet as pq

    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, path)
    return table.num_rows


def _is_numeric(values: Sequence[Any]) -> bool:
    """A column of numbers (and NULLs), at least one of them a number: aligned to the right."""
    present = [v for v in values if v is not None]
    return bool(present) and all(isinstance(v, NUMBERS) and not isinstance(v, bool) for v in present)


def _row_count(total: int, shown: int) -> str:
    more = f"; first {shown} shown, --max-rows 0 for all" if shown < total else ""
    return f"({total} row{'s' if total != 1 else ''}{more})"


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date | dt.time) else value


def _json_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)
