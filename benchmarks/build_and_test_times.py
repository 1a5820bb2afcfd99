"""How long contributors wait: a clean build, a rebuild under `mkdocs serve`, the whole test suite.

    make timings      # or: .venv/bin/python -m benchmarks.build_and_test_times

Writes benchmarks/results/build-and-test-times.md. Targets (2 cores): a prose edit shows in the
served page in under 1.5 s; the whole test suite runs in under 2 minutes.
"""

from __future__ import annotations

import datetime
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results" / "build-and-test-times.md"
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
EDITED_PAGE = "logits.md"


def clean_build_seconds(runs: int = 3) -> list[float]:
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as scratch:
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", scratch],
                cwd=ROOT,
                env=ENV,
                check=True,
            )
            times.append(time.perf_counter() - start)
    return times


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode()
    except OSError:
        return ""


def serve_reload_seconds(edits: int = 5) -> list[float]:
    """Seconds from saving an edit of docs/logits.md to the served page showing it."""
    with tempfile.TemporaryDirectory() as scratch:
        project = Path(scratch) / "project"
        # A copy, so an interrupted run never leaves an edit in the real page.
        shutil.copytree(
            ROOT,
            project,
            ignore=shutil.ignore_patterns(
                ".git", ".venv", ".tools", "site", "__pycache__", ".*_cache"
            ),
        )
        port = _free_port()
        # `mkdocs serve` serves under site_url's path, as the site is published.
        site_url = re.search(r"(?m)^site_url:\s*(\S+)", (ROOT / "mkdocs.yml").read_text())
        path = urlsplit(site_url.group(1)).path if site_url else "/"
        url = f"http://127.0.0.1:{port}{path}{Path(EDITED_PAGE).stem}/"
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
            cwd=project,
            env=ENV,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 180
            while "<h1" not in _fetch(url):
                if time.monotonic() > deadline:
                    raise TimeoutError("mkdocs serve did not come up")
                time.sleep(0.2)
            page = project / "docs" / EDITED_PAGE
            original = page.read_text(encoding="utf-8")
            times = []
            for edit in range(edits):
                marker = f"Edited for timing {edit}."
                start = time.perf_counter()
                page.write_text(original.replace("\n# ", f"\n{marker}\n\n# ", 1), "utf-8")
                while marker not in _fetch(url):
                    time.sleep(0.02)
                times.append(time.perf_counter() - start)
                time.sleep(2)  # let the watcher settle before the next edit
            return times
        finally:
            server.terminate()
            server.wait(timeout=30)


def test_suite_seconds() -> float:
    start = time.perf_counter()
    subprocess.run(["make", "test"], cwd=ROOT, env=ENV, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    builds = clean_build_seconds()
    reloads = serve_reload_seconds()
    suite = test_suite_seconds() if "--skip-tests" not in sys.argv else None
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    lines = [
        "# Build and test times",
        "",
        f"Measured {datetime.date.today().isoformat()} on {cpu}, {os.cpu_count()} cores,",
        f"Python {platform.python_version()}, by `benchmarks/build_and_test_times.py`.",
        "",
        "| what | median (s) | runs (s) | target |",
        "|:--|--:|:--|:--|",
        f"| clean `mkdocs build` (every snippet and the notebook run) | "
        f"{statistics.median(builds):.2f} | {', '.join(f'{t:.2f}' for t in builds)} | |",
        f"| prose edit of docs/{EDITED_PAGE} → rebuilt page under `mkdocs serve` | "
        f"{statistics.median(reloads):.2f} | {', '.join(f'{t:.2f}' for t in reloads)} | < 1.5 |",
    ]
    if suite is not None:
        lines.append(f"| `make test`, the whole suite | {suite:.1f} | {suite:.1f} | < 120 |")
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
