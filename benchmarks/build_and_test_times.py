"""How long contributors wait: a clean build, a reload under `make serve`, the checks.

    make timings      # or: .venv/bin/python -m benchmarks.build_and_test_times [--skip-tests]

Writes benchmarks/results/build-and-test-times.md. Targets on 2 cores: a prose edit is served
again within 1.5 s, an edit of a page's snippet within 3 s; `make check` takes under 60 s and
`make test` under 90 s.

A reload is timed from saving the file to the moment `mkdocs serve` has the rebuilt site: its
live-reload endpoint (what the open page polls) answers with a newer version. The served page is
then read to check that the edit is on it. The edits go to a copy of the project, never to yours.
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

from tests.site_harness import DEFAULT_ENGINE, ENGINES, ROOT, build_site, site_path

RESULTS = ROOT / "benchmarks" / "results" / "build-and-test-times.md"
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
EDITS = 5
# What `make serve` runs, without the live-reload flag's default or the port.
SERVE = [sys.executable, "-m", DEFAULT_ENGINE, "serve", "-f", "mkdocs.yml", "--no-strict"]
PAGE = "logits"  # the page the edits show on


def clean_build_seconds(engine: str, runs: int = 3) -> list[float]:
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as scratch:
            start = time.perf_counter()
            built = build_site(ROOT, Path(scratch) / "site", engine=engine)
            times.append(time.perf_counter() - start)
            if built.returncode != 0:
                sys.exit(f"the {engine} build failed:\n{built.stderr}")
    return times


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _fetch(url: str, timeout: float = 120) -> str:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.read().decode()


# (what is edited, the file, how the edit is made from the file's text and a marker, and what the
# page then shows). The page snippet prints the marker; a comment in the shared library changes
# nothing a reader sees but makes every block that imports it, and the notebook, run again.
EDIT_KINDS = [
    ("prose", f"docs/{PAGE}.md", lambda text, mark: text.replace("\n# ", f"\n{mark}\n\n# ", 1)),
    (
        "page snippet",
        "snippets/logits/raw_scores.py",
        lambda text, mark: text + f'print("\\n{mark}")\n',
    ),
    (
        "shared library",
        "snippets/activations.py",
        lambda text, mark: text + f"# {mark}\n",
    ),
]


def reload_seconds() -> dict[str, list[float]]:
    """Per kind of edit, seconds from saving it to `mkdocs serve` serving the rebuilt site."""
    with tempfile.TemporaryDirectory() as scratch:
        project = Path(scratch) / "project"
        ignore = shutil.ignore_patterns(".git", ".venv", ".tools", "site", "__pycache__", ".*cache")
        shutil.copytree(ROOT, project, ignore=ignore)
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        page_url = f"{base}{site_path()}{PAGE}/"
        # As `make serve` runs it, from the copy, so that its snippets are the ones edited.
        server = subprocess.Popen(
            [*SERVE, "-a", f"127.0.0.1:{port}"],
            cwd=project,
            env={**ENV, "PYTHONPATH": str(project), "SEARCH_INDEX": "false"},  # as `make serve`
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 300
            while True:
                try:
                    page = _fetch(page_url, timeout=5)
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        raise TimeoutError("mkdocs serve did not come up") from None
                    time.sleep(0.5)
            times: dict[str, list[float]] = {}
            for kind, relative, edit in EDIT_KINDS:
                path = project / relative
                original = path.read_text(encoding="utf-8")
                for n in range(EDITS):
                    epoch = re.search(r"livereload\((\d+),", page).group(1)
                    mark = f"Edited for timing, {kind} {n}."
                    start = time.perf_counter()
                    path.write_text(edit(original, mark), encoding="utf-8")
                    while int(_fetch(f"{base}/livereload/{epoch}/1")) <= int(epoch):
                        pass  # the poll timed out with no new version yet: ask again
                    times.setdefault(kind, []).append(time.perf_counter() - start)
                    page = _fetch(page_url)
                    if kind != "shared library" and mark not in page:
                        raise AssertionError(f"the {kind} edit is not on the served page")
                path.write_text(original, encoding="utf-8")
                page = _fetch(page_url)  # wait for the restoring rebuild before the next kind
            return times
        finally:
            server.terminate()
            server.wait(timeout=30)


def command_seconds(*command: str) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=ENV, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def _row(what: str, runs: list[float], target: str) -> str:
    shown = ", ".join(f"{t:.2f}" for t in runs)
    return f"| {what} | {statistics.median(runs):.2f} | {shown} | {target} |"


def main() -> None:
    builds = {engine: clean_build_seconds(engine) for engine in ENGINES}
    reloads = reload_seconds()
    checks = None if "--skip-tests" in sys.argv else (command_seconds("make", "check"),)
    tests = None if "--skip-tests" in sys.argv else (command_seconds("make", "test"),)
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    lines = [
        "# Build, reload and test times",
        "",
        f"Measured {datetime.date.today().isoformat()} on {cpu}, {os.cpu_count()} cores,",
        f"Python {platform.python_version()}, by `benchmarks/build_and_test_times.py`. A reload",
        "is timed from saving a file to `mkdocs serve` serving the rebuilt site.",
        "",
        "| what | median (s) | runs (s) | target |",
        "|:--|--:|:--|:--|",
        *(
            _row(f"clean strict build with {engine} (every snippet and the notebook run)", runs, "")
            for engine, runs in builds.items()
        ),
        _row(f"reload after a prose edit (docs/{PAGE}.md)", reloads["prose"], "< 1.5"),
        _row("reload after a page snippet edit", reloads["page snippet"], "< 3"),
        _row("reload after a shared library edit (activations.py)", reloads["shared library"], ""),
    ]
    if checks and tests:
        lines.append(_row("`make check`, the fast check", list(checks), "< 60"))
        lines.append(_row("`make test`, the whole gate", list(tests), "< 90"))
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
