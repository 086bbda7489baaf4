"""The overview's charts from each council's part, the parts of unchanged councils kept between builds.

Every overview chart draws the rows of all councils (each with its provenance), so serialising them took
time in proportion to the whole warehouse. The rows of every frame are ordered by council first, and a chart
keeps or drops each row on its own, so a chart's rows are its councils' rows one council after another, and
its JSON is theirs joined. This module serialises each council's part once, keeps it in `PARTS` in the site
(under the council's input hash, `manifest.council_hashes`, which covers every row the part is made of), and
joins the parts into the very text `pages.overview` writes (the tests compare the two).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pandas as pd
from jinja2 import Environment

from orchestration.dashboard.data import DashboardData
from orchestration.dashboard.pages import OVERVIEW_CHARTS, render_overview

PARTS = ".overview"  # the folder of the site with each council's part of the overview's charts
Part = dict[str, list[str] | None]  # chart name: [spec without rows, rows as written, rows as hashed]


def council_part(frames: dict[str, pd.DataFrame]) -> Part:
    """One council's part of each overview chart, from its rows (None: the council adds no row)."""
    part: Part = {}
    for name, (frame, chart) in OVERVIEW_CHARTS.items():
        spec = chart(frames[frame]) if not frames[frame].empty else None
        if spec is None:
            part[name] = None
            continue
        values = spec["datasets"].pop(spec["data"]["name"])
        try:
            written = json.dumps(values, allow_nan=False)
        except (TypeError, ValueError):  # as `pages._charts` writes a spec that is not plain JSON
            written = json.dumps(json.loads(json.dumps(values, default=str), parse_constant=lambda _: None))
        hashed = json.dumps(values, sort_keys=True, default=str)
        part[name] = [json.dumps(spec), written[1:-1], hashed[1:-1]]
    return part


def joined_spec(parts: list[Part], name: str) -> str | None:
    """The chart's spec as `pages._charts` writes it (before escaping `</`), from its councils' parts in
    their order (None: no council has a row)."""
    drawn = [part[name] for part in parts if part.get(name) is not None]
    if not drawn:
        return None
    hashed = "[" + ", ".join(entry[2] for entry in drawn) + "]"
    data = "empty" if hashed == "[{}]" else f"data-{hashlib.sha256(hashed.encode()).hexdigest()[:32]}"
    spec = json.loads(drawn[0][0])
    spec["data"]["name"] = data
    spec["datasets"] = {data: []}
    text = json.dumps(spec, allow_nan=False)
    rows = "[" + ", ".join(entry[1] for entry in drawn) + "]"
    return text.replace(f"{json.dumps(data)}: []", f"{json.dumps(data)}: {rows}", 1)


def read_part(site: Path, council: str, input_hash: str) -> Part | None:
    """A council's part kept by the previous build, if made from the same input."""
    try:
        header, _, body = part_path(site, council).read_text(encoding="ascii").partition("\n")
        kept = json.loads(header)
        charts = kept["charts"]
        if kept.get("input") != input_hash or len(body) != sum(e[1] + e[2] for e in charts.values() if e):
            return None
        part: Part = {}
        for name, entry in charts.items():
            if entry is None:
                part[name] = None
                continue
            skeleton, written, hashed = entry
            part[name], body = (
                [skeleton, body[:written], body[written : written + hashed]],
                body[written + hashed :],
            )
        return part if body == "" and set(part) == set(OVERVIEW_CHARTS) else None
    except (OSError, ValueError, AttributeError, KeyError, TypeError):
        return None


def part_text(input_hash: str, part: Part) -> str:
    """The file a council's part is kept in: a JSON line (the input hash; per chart its spec without rows and
    the lengths of its two texts), then the texts themselves (ASCII, as `json.dumps` writes them)."""
    charts = {
        name: None if entry is None else [entry[0], len(entry[1]), len(entry[2])]
        for name, entry in part.items()
    }
    body = "".join(entry[1] + entry[2] for entry in part.values() if entry is not None)
    return json.dumps({"input": input_hash, "charts": charts}) + "\n" + body  # charts in the body's order


def part_path(site: Path, council: str) -> Path:
    """Where a council's part is kept in the site (by a hash of its name: slugs of two names can meet)."""
    return site / PARTS / f"{hashlib.sha256(council.encode()).hexdigest()[:24]}.json"


def overview_from_parts(env: Environment, data: DashboardData, context: dict, parts: list[Part]) -> str:
    """The overview page `pages.overview` renders, its charts joined from the councils' parts (in the
    frames' council order)."""
    specs: dict[str, dict | str | None] = {name: joined_spec(parts, name) for name in OVERVIEW_CHARTS}
    return render_overview(env, specs, data, context)
