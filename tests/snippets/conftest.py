"""Run a snippet file the way markdown-exec does: fresh globals, only its own prints captured.

The tests compare what a snippet prints with an inline snapshot, ``snapshot("...")`` from
inline-snapshot, which holds the page's output verbatim. When a snippet's output changes on
purpose, refresh them with ``uv run pytest tests/snippets --inline-snapshot=fix`` (without ``-n``)
and review the diff. Published reference values stay hand-written, each with its source.
"""

import contextlib
import io
import runpy
from collections.abc import Iterable
from pathlib import Path

import pytest

from tests.snippets.figure_checks import figure_description

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


@pytest.fixture
def run_figure(run_snippet):
    """Return a function that runs a figure snippet, checks it and gives ``(printed, globals)``.

    ``run(relative_path, name, description=..., labels=...)`` checks what every figure must be
    (:func:`figure_description`), that its text alternative equals ``description`` (a
    ``snapshot(...)``), and that it draws each of ``labels`` as a text element of its own.
    """

    def run(
        relative_path: str, name: str, *, description: str, labels: Iterable[str]
    ) -> tuple[str, dict]:
        printed, namespace = run_snippet(relative_path)
        assert figure_description(printed, name) == description
        missing = [label for label in labels if f">{label}</text>" not in printed]
        assert not missing, f"figure {name!r} draws no text element for {missing}"
        return printed, namespace

    return run
