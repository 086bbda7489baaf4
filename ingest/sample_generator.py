"""Generate fictional council reports (text and PDF) for benchmarks and load tests.

Councils, people and figures are invented from small word lists and a seeded random generator, so a
run is reproducible. Reports vary in the ways real ones do: numbering styles, date forms, money forms.
"""

from __future__ import annotations

import random
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

PLACES = [
    "Ashcombe",
    "Brindleford",
    "Caverly",
    "Dunmere",
    "Eastholm",
    "Fennick",
    "Glenbury",
    "Harrowdale",
    "Ivelton",
    "Jessop Vale",
    "Kestrelmoor",
    "Lowenby",
    "Marlcastle",
    "Northwick",
    "Oakhurst",
    "Pellingham",
]
KINDS = [
    "County Council",
    "District Council",
    "Metropolitan Borough Council",
    "City Council",
    "Borough Council",
]
FIRST = ["Alex", "Bea", "Cora", "Dev", "Elin", "Farid", "Gwen", "Hari", "Isla", "Jonah", "Kemi", "Lars"]
LAST = ["Ashdown", "Bramley", "Carrow", "Delane", "Ebbot", "Fairley", "Gosling", "Hale", "Inchley", "Jory"]
ROLES = ["Chief Executive", "Director of Finance", "Leader", "Director of Adult Services", "Head of Policy"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "September", "October", "November"]
SERVICES = ["children's services", "adult social care", "highways", "waste services", "SEND transport"]
THEMES = [
    "Local priorities and outcomes",
    "Organisational and place leadership",
    "Governance and culture",
    "Use of resources",
    "Capacity for improvement",
]
FILLER = (
    "The peer team heard a consistent account of the council's ambitions from members, officers and partners. "
    "Staff described a culture that is open to challenge, and partners valued the council's convening role. "
    "There is scope to sharpen how priorities are translated into service plans and measured over time. "
)


@dataclass
class GeneratedReport:
    """One generated report: its file name, text and the facts it states."""

    name: str
    text: str
    council: str
    recommendations: int


def _money(rng: random.Random) -> str:
    value = rng.choice([rng.randint(1, 40) + rng.randint(0, 9) / 10, rng.randint(100, 900)])
    return f"£{value:g}m" if value < 100 else f"£{int(value)}k"


def _year(rng: random.Random) -> str:
    start = rng.randint(2017, 2024)
    return rng.choice([f"{start}/{(start + 1) % 100:02d}", f"{start}-{(start + 1) % 100:02d}"])


def peer_challenge(rng: random.Random, index: int, pages: int = 20) -> GeneratedReport:
    """A peer challenge feedback report of about `pages` A4 pages."""
    council = f"{rng.choice(PLACES)} {rng.choice(KINDS)}"
    day, month, year = rng.randint(1, 24), rng.choice(MONTHS), rng.randint(2016, 2024)
    n_recs = rng.randint(3, 9)
    style = rng.choice(["{n}.", "{n})", "- {n}.", "({n})"])
    lines = [
        f"Corporate Peer Challenge {council}",
        "",
        f"{day}-{day + 3} {month} {year}",
        "",
        "Feedback Report",
        "",
        "1. Executive Summary",
        "",
    ]
    lines += [FILLER * 3, ""]
    lines += [
        f"The council is forecast to overspend {_money(rng)} in {rng.choice(SERVICES)} this year, and "
        f"savings of {_money(rng)} were delivered in {_year(rng)}. General reserves stand at {_money(rng)}.",
        "",
    ]
    lines += ["2. Key recommendations", ""]
    for n in range(1, n_recs + 1):
        lead = f"The council should strengthen its approach to priority {n} and report progress to members."
        lines.append(style.format(n=n) + f" **{lead}** This will support delivery of the plan.")
        lines += [f"   - action {k} for recommendation {n}" for k in range(rng.randint(0, 3))]
    lines += ["", "3. Summary of the Peer Challenge approach", "", "The peer team", ""]
    for _ in range(rng.randint(4, 8)):
        lines.append(
            f"- {rng.choice(FIRST)} {rng.choice(LAST)} {rng.choice(ROLES)}, {rng.choice(PLACES)} Council"
        )
    lines += [
        "",
        f"The team spoke to more than {rng.randint(80, 200)} people including a range of council staff "
        f"together with councillors and external partners and stakeholders. They gathered information and "
        f"views from more than {rng.randint(30, 60)} meetings.",
        "",
    ]
    # about 2,000 characters a page, as the published peer challenge reports have (40-45 KB for 20 pages)
    for page in range(max(pages - 2, 1)):
        lines += [f"# {THEMES[page % len(THEMES)]}", "", FILLER * 3, "", FILLER * 3, ""]
    lines += [
        f"The {rng.choice(PLACES)} Local Enterprise Partnership (LEP) and the Health and Wellbeing Board "
        f"are central to the council's work with partners.",
        "",
    ]
    return GeneratedReport(f"{index:04d}_peer_challenge.txt", "\n".join(lines), council, n_recs)


def performance_report(rng: random.Random, index: int) -> GeneratedReport:
    """A quarterly corporate performance report with a summary table and a RAG grid."""
    council = f"{rng.choice(PLACES)} County Council"
    segments = [("Our Priorities", "P", rng.randint(3, 6)), ("The Council", "C", rng.randint(2, 4))]
    grid, summary = [], []
    for name, code, count in segments:
        statuses = [rng.choice("GAR") for _ in range(count)]
        for i, status in enumerate(statuses, start=1):
            grid.append(f"{name if i == 1 else ''}\t{code}{i}\t{rng.choice('GAR')}\t{status}")
        trend = [rng.randint(0, count) for _ in range(2)]
        trend.append(max(count - sum(trend), 0))
        summary.append((name, [statuses.count(s) for s in "GAR"], trend))
    lines = [
        f"{council} Corporate Performance Report – End of December (Q3) {_year(rng)}",
        "",
        "Metric Segment\tNumber of objectives\t\t\tDirection of Travel",
        "\tGreen\tAmber\tRed\tUp\tStable\tDown",
    ]
    lines += [f"{name}\t" + "\t".join(map(str, rag + trend)) for name, rag, trend in summary]
    lines += ["", "Wheel Segment\t\tRAG Status", "\t\tApr - Jun\tQ3", *grid, "", FILLER * 6]
    return GeneratedReport(f"{index:04d}_performance.txt", "\n".join(lines), council, 0)


def generate_reports(
    folder: Path, count: int, pages: int = 20, seed: int = 7, pdf_share: float = 0.5, workers: int = 1
) -> list[Path]:
    """Write `count` generated reports into `folder`, about `pdf_share` of them as PDFs.

    Args:
        folder: where to write (created if missing).
        count: how many reports.
        pages: rough length of each peer challenge report in A4 pages.
        seed: the random seed (same seed, same reports).
        pdf_share: the share written as PDF (needs reportlab, a dev dependency).
        workers: processes rendering the PDFs (the reports are the same for any number).

    Returns:
        The files written.
    """
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    written, to_render = [], []
    for index in range(count):
        report = performance_report(rng, index) if index % 5 == 4 else peer_challenge(rng, index, pages)
        path = folder / report.name
        if rng.random() < pdf_share:
            to_render.append((report.text, path.with_suffix(".pdf"), report.council))
            written.append(path.with_suffix(".pdf"))
        else:
            path.write_text(report.text, encoding="utf-8")
            written.append(path)
    if workers > 1 and len(to_render) > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            list(pool.map(_render, to_render, chunksize=4))
    else:
        for job in to_render:
            _render(job)
    return written


def _render(job: tuple[str, Path, str]) -> Path:
    """One report as a PDF set like the published ones: 12 point type, generous line spacing."""
    from ingest.pdf_render import render_report_pdf

    text, path, council = job
    return render_report_pdf(text, path, header=council, size=12.0, leading=21.0)
