"""Run a snippet file the way markdown-exec does: fresh globals, only its own prints captured."""

import contextlib
import io
import runpy
from pathlib import Path

import pytest

SNIPPETS = Path(__file__).resolve().parents[2] / "snippets"


@pytest.fixture
def run_snippet():
    """Return a function that runs ``snippets/<relative_path>`` and gives ``(printed, globals)``."""

    def run(relative_path: str) -> tuple[str, dict]:
        path = SNIPPETS / relative_path
        stdout = io.StringIO()
        with contextlib.redirect_stdout(stdout):
            namespace = runpy.run_path(str(path), run_name="__snippet__")
        return stdout.getvalue(), namespace

    return run
