"""The pre-commit hooks pass on the tracked tree, and they catch what they are there to catch."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _git(*args: str, cwd: Path) -> str:
    return subprocess.run(
        ["git", *args], cwd=cwd, capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture
def tracked_copy(tmp_path) -> Path:
    """A fresh git repository holding the tracked files as they are now, sharing our .venv."""
    copy = tmp_path / "repo"
    for name in _git("ls-files", cwd=ROOT).splitlines():
        if (ROOT / name).is_file():
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, copy / name)
    (copy / ".venv").symlink_to(ROOT / ".venv")
    _git("init", "-q", cwd=copy)
    _git("add", "-A", cwd=copy)
    return copy


def _pre_commit(repo: Path, *files: str) -> subprocess.CompletedProcess:
    which = ["--files", *files] if files else ["--all-files"]
    return subprocess.run(
        [ROOT / ".venv" / "bin" / "pre-commit", "run", *which, "--color", "never"],
        cwd=repo,
        env={**os.environ, "PRE_COMMIT_HOME": str(repo.parent / "pre-commit-home")},
        capture_output=True,
        text=True,
        check=False,
    )


def test_hooks_pass_on_the_tracked_tree(tracked_copy):
    result = _pre_commit(tracked_copy)
    assert result.returncode == 0, result.stdout


TYPO = "probab" + "ilty"  # spelled in two parts, or codespell would flag this very file


def test_hooks_catch_a_typo_trailing_whitespace_and_a_lint_error(tracked_copy):
    (tracked_copy / "docs" / "typo.md").write_text(f"The {TYPO} sums to one.   \n")
    (tracked_copy / "snippets" / "undefined.py").write_text("print(undefined_name)\n")
    _git("add", "-A", cwd=tracked_copy)
    result = _pre_commit(tracked_copy, "docs/typo.md", "snippets/undefined.py")
    assert result.returncode != 0
    assert f"{TYPO} ==> probability" in result.stdout
    assert "F821" in result.stdout
    assert (tracked_copy / "docs" / "typo.md").read_text() == f"The {TYPO} sums to one.\n"
