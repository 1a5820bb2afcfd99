"""Try a Zensical build of the current tree, and report what works and what a move would need.

    make zensical-probe      # or: .venv/bin/python -m benchmarks.zensical_probe

Zensical, the successor of Material for MkDocs, reads mkdocs.yml. This script installs it (the
pinned ZENSICAL, the last release this machine's package index carries) with the site's docs
dependencies into .tools/zensical, builds the committed tree (HEAD), checks the result, and
tries the fixes a prototype found for each gap. It writes benchmarks/results/zensical.md. It is
not part of `make test`: the registry may not carry the version it needs.
"""

from __future__ import annotations

import datetime
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.site_harness import ROOT

ZENSICAL = "zensical==0.0.73"
VENV = ROOT / ".tools" / "zensical"
RESULTS = ROOT / "benchmarks" / "results" / "zensical.md"
BROKEN_PAGE = 'A number: 1.\n\n```python exec="1"\nraise RuntimeError("deliberately broken")\n```\n'
# Zensical's own bundle names CDN copies of libraries it loads only for features this site does
# not use (pyodide, glightbox, mermaid, ace-builds, …), all on unpkg.com; the probe excludes them.
BUNDLE_CDN_FILES = ["unpkg.com/*"]


def uv() -> str:
    return shutil.which("uv") or str(ROOT / ".tools" / "uv" / "bin" / "uv")


def install() -> Path:
    """The Zensical environment: Zensical, and the docs group as uv.lock pins it."""
    python = VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([uv(), "venv", "-q", "--python", sys.executable, str(VENV)], check=True)
        pins = subprocess.run(
            [
                uv(),
                "export",
                "--frozen",
                "--only-group",
                "docs",
                "--no-hashes",
                "--no-emit-project",
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        requirements = VENV / "requirements.txt"
        requirements.write_text(pins, encoding="utf-8")
        install = [uv(), "pip", "install", "-q", "-r", str(requirements), ZENSICAL]
        subprocess.run(
            [*install, "numpy", "matplotlib"],
            check=True,
            env={**os.environ, "VIRTUAL_ENV": str(VENV)},
        )
    return VENV / "bin" / "zensical"


def copy_of_the_tree(destination: Path) -> Path:
    """The committed tree (HEAD), unpacked into ``destination``."""
    destination.mkdir(parents=True)
    archive = subprocess.run(["git", "archive", "HEAD"], cwd=ROOT, capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(destination)], input=archive.stdout, check=True)
    return destination


def build(zensical: Path, project: Path, config: str, strict: bool) -> subprocess.CompletedProcess:
    command = [str(zensical), "build", "-f", config, "--clean"] + (["--strict"] if strict else [])
    env = {**os.environ, "PYTHONPATH": str(project)}
    return subprocess.run(command, cwd=project, env=env, capture_output=True, text=True)


def adapted_config(project: Path, *, strict: bool) -> str:
    """mkdocs.yml with the prototype's two config fixes: no !relative tag, the bundle's CDN files
    excluded like mermaid's; and strict as asked (Zensical's --strict adds to it)."""
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("base_path: [!relative $config_dir]", 'base_path: ["."]')
    config = config.replace(
        "      assets_exclude:\n",
        "      assets_exclude:\n" + "".join(f"        - {f}\n" for f in BUNDLE_CDN_FILES),
    )
    config = re.sub(r"(?m)^strict: true$", f"strict: {str(strict).lower()}", config)
    (project / "zensical-probe.yml").write_text(config, encoding="utf-8")
    return "zensical-probe.yml"


def page(project: Path, name: str) -> str:
    path = project / "site" / name / "index.html"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def main() -> None:
    zensical = install()
    version = subprocess.run([str(zensical), "--version"], capture_output=True, text=True).stdout
    rows: list[tuple[str, str, str]] = []

    def row(what: str, works: bool, detail: str) -> None:
        rows.append((what, "yes" if works else "no", detail))
        print(f"{'yes' if works else 'NO ':3} {what}: {detail}")

    with tempfile.TemporaryDirectory() as scratch:
        project = copy_of_the_tree(Path(scratch) / "project")
        as_is = build(zensical, project, "mkdocs.yml", strict=True)
        tag_error = "!relative" in as_is.stderr
        row(
            "reads mkdocs.yml as it is",
            as_is.returncode == 0,
            "rejects the !relative YAML tag" if tag_error else as_is.stderr.strip()[-200:],
        )

        strict_build = build(zensical, project, adapted_config(project, strict=True), strict=True)
        plain = re.sub(r"\x1b\[[0-9;]*m", "", strict_build.stderr)  # no terminal colours
        warnings = re.findall(r"WARNING -\s+(.*)", plain)
        detail = "no !relative; unpkg.com excluded in the privacy plugin"
        row(
            "strict build with the adapted config",
            strict_build.returncode == 0,
            detail + (f"; it stops on: {warnings[0]}" if warnings else ""),
        )

        loose = build(zensical, project, adapted_config(project, strict=False), strict=False)
        row("build, not strict", loose.returncode == 0, "the pages below are from this build")
        softmax = page(project, "softmax")
        row("snippets run (markdown-exec)", "0.879" in softmax, "the softmax page shows 0.879")
        raw_tex = softmax.count('class="arithmatex">\\(') + softmax.count('class="arithmatex">\\[')
        row(
            "maths as MathML (hooks/)",
            raw_tex == 0 and "<math" in softmax,
            f"{raw_tex} formulas left as raw TeX: Zensical ignores the hooks in mkdocs.yml",
        )
        sys.path.insert(0, str(ROOT / "hooks"))
        from tex_to_mathml import render_maths

        pages = sorted((project / "site").rglob("index.html"))
        for path in pages:
            path.write_text(render_maths(path.read_text(encoding="utf-8")), encoding="utf-8")
        left = sum(('arithmatex">\\(' in p.read_text(encoding="utf-8")) for p in pages)
        row(
            "maths as a post-build step",
            left == 0,
            "hooks/tex_to_mathml.py's plain functions over the built pages",
        )
        notebook = (project / "site" / "whole-story" / "index.html").exists()
        row(
            "the notebook as a page (mkdocs-jupyter)",
            notebook,
            "rendered" if notebook else "ignored: the .ipynb is copied as a raw file",
        )
        named = 'role="dialog" aria-label="Search"' in page(project, "")
        no_api = 'data-md-component="source"' not in page(project, "")
        row(
            "theme overrides (custom_dir)",
            named and no_api,
            "named search dialog, no GitHub API call" if named and no_api else "not applied",
        )

        (project / "docs" / "broken.md").write_text(BROKEN_PAGE, encoding="utf-8")
        config = (project / "mkdocs.yml").read_text(encoding="utf-8")
        (project / "mkdocs.yml").write_text(
            config.replace("nav:\n", "nav:\n  - Broken: broken.md\n")
        )
        failing = build(zensical, project, adapted_config(project, strict=True), strict=True)
        reported = "deliberately broken" in failing.stderr
        stops = failing.returncode != 0
        outcome = "it stops" if stops else "the build exits 0"
        log = ", and the log names the block" if reported else ", and the log is silent"
        row("--strict fails on a failing snippet", stops and reported, outcome + log)
        shown = "deliberately broken" in page(project, "broken")
        row(
            "a post-build check finds the failing snippet",
            shown,
            "markdown-exec prints the traceback on the page, a scan of the built pages finds it",
        )

    lines = [
        "# A Zensical build of this site",
        "",
        f"Measured {datetime.date.today().isoformat()} with {version.strip()}, by",
        "`benchmarks/zensical_probe.py` on the committed tree.",
        "",
        "| what | works | how, or what is missing |",
        "|:--|:--|:--|",
        *(f"| {what} | {works} | {detail} |" for what, works, detail in rows),
    ]
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
