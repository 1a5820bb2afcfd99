"""Lighthouse audit of every page of the built site: a benchmark to quote, not a test gate.

    make lighthouse      # or: .venv/bin/python -m benchmarks.lighthouse_audit

It builds the site, serves it on 127.0.0.1 (gzip and cache headers as on GitHub Pages), runs
npm's lighthouse (pinned to LIGHTHOUSE, the last release that runs on Node 20) with the mobile
profile against the system Chromium, and writes benchmarks/results/lighthouse.md.

Lighthouse simulates a slow phone from the tasks it times on this machine, so one run's
performance score moves by a few points; each page is audited RUNS times, and the table gives
the median and the lowest and highest score (Lighthouse's own advice on variability).
"""

from __future__ import annotations

import datetime
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.site_harness import CHROMIUM_ARGS, build_site, page_paths, serve, system_chromium

ROOT = Path(__file__).resolve().parents[1]
LIGHTHOUSE = "lighthouse@12.2.3"
TOOLS = ROOT / ".tools" / "lighthouse"
RESULTS = ROOT / "benchmarks" / "results" / "lighthouse.md"
CHROMIUM_FLAGS = " ".join(["--headless=new", *CHROMIUM_ARGS])
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TARGETS = {"performance": 90, "accessibility": 100, "best-practices": 95, "seo": 95}
RUNS = 5


def lighthouse_bin() -> Path:
    binary = TOOLS / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        npm = shutil.which("npm") or sys.exit("lighthouse_audit: npm is needed (Node 20 or newer)")
        subprocess.run(
            [npm, "install", "--no-save", "--no-audit", "--no-fund", "--prefix", TOOLS, LIGHTHOUSE],
            check=True,
        )
    return binary


def chromium() -> str:
    found = os.environ.get("CHROME_PATH") or system_chromium()
    if not found:
        sys.exit("lighthouse_audit: no Chromium; apt-get install chromium, or set CHROME_PATH")
    return found


def audit(binary: Path, url: str, chrome: str) -> dict:
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "report.json"
        subprocess.run(
            [
                binary,
                url,
                "--quiet",
                "--output=json",
                f"--output-path={report}",
                f"--chrome-flags={CHROMIUM_FLAGS}",
            ],
            env={**os.environ, "CHROME_PATH": chrome},
            check=True,
        )
        result = json.loads(report.read_text(encoding="utf-8"))
    scores = {c: round(result["categories"][c]["score"] * 100) for c in CATEGORIES}
    weight = result["audits"]["total-byte-weight"]["numericValue"] / 1024
    return {**scores, "weight_kib": weight}


def audit_runs(binary: Path, url: str, chrome: str) -> dict:
    """The median of RUNS audits of one page, with the range of its performance scores."""
    runs = [audit(binary, url, chrome) for _ in range(RUNS)]
    row = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
    performance = [run["performance"] for run in runs]
    return {**row, "performance_range": (min(performance), max(performance))}


def main() -> None:
    binary, chrome = lighthouse_bin(), chromium()
    with tempfile.TemporaryDirectory() as scratch:
        site = Path(scratch) / "site"
        built = build_site(ROOT, site)
        if built.returncode != 0:
            sys.exit(f"lighthouse_audit: the build failed\n{built.stderr}")
        with serve(site) as base:
            rows = {path: audit_runs(binary, base + path, chrome) for path in page_paths()}
    version = subprocess.run([chrome, "--version"], capture_output=True, text=True).stdout
    lines = [
        "# Lighthouse scores, mobile profile",
        "",
        f"Measured {datetime.date.today().isoformat()} with {LIGHTHOUSE} and {version.strip()},",
        f"on {platform.machine()} with {os.cpu_count()} cores ({platform.system()}), by",
        "`benchmarks/lighthouse_audit.py`. Targets: performance ≥ 90, accessibility 100,",
        "best practices ≥ 95, SEO ≥ 95. A ✗ marks a score under its target.",
        f"Each page was audited {RUNS} times: scores are medians, and the performance column",
        "also gives the lowest and highest of the runs.",
        "",
        "| page | performance (range) | accessibility | best practices | SEO | weight (KiB) |",
        "|:--|--:|--:|--:|--:|--:|",
    ]
    for path, row in rows.items():
        cells = [f"{row[c]:.0f}{'' if row[c] >= TARGETS[c] else ' ✗'}" for c in CATEGORIES]
        low, high = row["performance_range"]
        cells[0] += f" ({low}-{high})"
        lines.append(f"| /{path} | {' | '.join(cells)} | {row['weight_kib']:.0f} |")
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
