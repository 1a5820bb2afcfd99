"""The strict build: it passes, it is reproducible, it needs no network, and it can fail."""

import filecmp
import html
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NETWORK_GUARD = Path(__file__).resolve().parent / "network_guard"


def build_site(project: Path, site_dir: Path, network_log: Path) -> subprocess.CompletedProcess:
    """Run ``mkdocs build`` (strict comes from mkdocs.yml) with the network guard loaded."""
    env = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "PYTHONPATH": str(NETWORK_GUARD),
        "NETWORK_GUARD_LOG": str(network_log),
    }
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "--config-file",
            str(project / "mkdocs.yml"),
            "--site-dir",
            str(site_dir),
        ],
        # From another directory, to prove no path depends on where the build is started.
        cwd=site_dir.parent,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def copy_project(destination: Path) -> Path:
    """A throwaway copy of everything the build reads, for tests that break something."""
    for name in ("docs", "snippets", "hooks"):
        shutil.copytree(
            ROOT / name, destination / name, ignore=shutil.ignore_patterns("__pycache__")
        )
    shutil.copy(ROOT / "mkdocs.yml", destination / "mkdocs.yml")
    return destination


@pytest.fixture(scope="module")
def first_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("first")
    result = build_site(ROOT, out / "site", out / "network.log")
    return out, result


def test_strict_build_passes(first_build):
    out, result = first_build
    assert result.returncode == 0, result.stderr
    assert (out / "site" / "index.html").is_file()
    assert (out / "site" / "softmax" / "index.html").is_file()


def test_build_makes_no_network_request(first_build):
    out, result = first_build
    assert result.returncode == 0, result.stderr
    log = out / "network.log"
    assert not log.exists(), log.read_text()


def test_executed_output_reaches_the_page(first_build):
    out, _ = first_build
    page = (out / "site" / "softmax" / "index.html").read_text(encoding="utf-8")
    text = html.unescape(re.sub(r"<[^>]+>", "", page))
    assert '<td style="text-align: right;">0.879</td>' in page
    assert "The network is 87.9% sure the picture shows a dog." in text
    assert '<figure class="svg-figure" id="softmax-logits-vs-probabilities">' in page
    # The reader sees each snippet's source next to its output.
    assert "exps = np.exp(LOGITS)" in text
    assert "print(to_inline_svg(fig" in text


def test_two_clean_builds_are_byte_identical(first_build, tmp_path):
    out, _ = first_build
    second = build_site(ROOT, tmp_path / "site", tmp_path / "network.log")
    assert second.returncode == 0, second.stderr
    comparison = filecmp.dircmp(out / "site", tmp_path / "site")
    differing = _differences(comparison)
    assert differing == []


def _differences(comparison: filecmp.dircmp, prefix: str = "") -> list[str]:
    found = [prefix + name for name in comparison.left_only + comparison.right_only]
    # dircmp compares shallowly (size and mtime); compare the bytes.
    _, mismatch, errors = filecmp.cmpfiles(
        comparison.left, comparison.right, comparison.common_files, shallow=False
    )
    found += [prefix + name for name in mismatch + errors]
    for name, sub in comparison.subdirs.items():
        found += _differences(sub, f"{prefix}{name}/")
    return found


def test_a_failing_snippet_fails_the_build(tmp_path):
    project = copy_project(tmp_path / "project")
    snippet = project / "snippets" / "softmax" / "worked_table.py"
    snippet.write_text(
        snippet.read_text() + '\nraise RuntimeError("deliberately broken snippet")\n'
    )
    result = build_site(project, tmp_path / "site", tmp_path / "network.log")
    assert result.returncode != 0
    assert "deliberately broken snippet" in result.stderr


def test_a_missing_snippet_file_fails_the_build(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "snippets" / "softmax" / "worked_table.py").unlink()
    result = build_site(project, tmp_path / "site", tmp_path / "network.log")
    assert result.returncode != 0
    assert "worked_table.py" in result.stderr


def test_a_broken_link_fails_the_build(tmp_path):
    project = copy_project(tmp_path / "project")
    page = project / "docs" / "index.md"
    page.write_text(page.read_text() + "\nSee [nowhere](missing-page.md).\n")
    result = build_site(project, tmp_path / "site", tmp_path / "network.log")
    assert result.returncode != 0
    assert "missing-page.md" in result.stderr
