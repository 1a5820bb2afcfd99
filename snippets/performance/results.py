"""The committed softmax benchmark, benchmarks/results/softmax.md, read into what the page shows.

The page shows the measurement (date, machine, versions, method, table) and leaves out what only
matters to whoever reruns it: the command, environment variables, notes on threads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import snippets

RESULTS = Path(snippets.__file__).resolve().parents[1] / "benchmarks" / "results" / "softmax.md"


@dataclass(frozen=True)
class Results:
    title: str  # the file's title, without "# "
    measured: str  # "2026-11-29 23:42 UTC"
    machine: str  # "AMD EPYC, 2 logical cores"
    versions: str  # "Python 3.11.7, NumPy 2.4.6, SciPy 1.17.1"
    load: str  # the load-average sentence, which says how noisy the machine was
    method: str  # the paragraph that says what each column is
    table: str  # the Markdown table, as committed
    rows: list[dict[str, str]]  # the table's rows, by column name


def _find(pattern: str, text: str, what: str, path: Path) -> re.Match:
    found = re.search(pattern, text, flags=re.MULTILINE)
    if found is None:
        raise ValueError(f"{path}: no {what} found (pattern {pattern!r})")
    return found


def read_results(path: Path = RESULTS) -> Results:
    """The results file's parts; ``ValueError`` names the part it cannot find."""
    text = path.read_text(encoding="utf-8")
    title = _find(r"^# (.+)$", text, "title", path).group(1)
    measured = _find(r"^Measured (\d{4}-\d\d-\d\d \d\d:\d\d UTC)", text, "date", path).group(1)
    machine = _find(r"^- CPU (.+?)(?: \([^)]*\))?;", text, "CPU", path).group(1)
    versions = _find(
        r"^- (Python [\d.]+), (NumPy [\d.]+)(?: \([^)]*\))?, (SciPy [\d.]+)\.",
        text,
        "versions",
        path,
    )
    load = _find(r"^- (Load average.+)$", text, "load average", path).group(1)
    method = _find(r"^(Method: .+)$", text, "method", path).group(1)
    table = _find(r"^\|.*\|$(?:\n\|.*\|$)+", text, "table", path).group(0)
    lines = [[cell.strip() for cell in line.strip("|").split("|")] for line in table.splitlines()]
    header, rows = lines[0], lines[2:]
    return Results(
        title=title,
        measured=measured,
        machine=machine,
        versions=", ".join(versions.groups()),
        load=load,
        method=method,
        table=table,
        rows=[dict(zip(header, row, strict=True)) for row in rows],
    )
