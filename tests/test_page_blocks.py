"""The executed blocks of the pages: one snippet each, named after it, showing only the maths."""

import ast
import re
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HIDE = "markdown-exec: hide"  # markdown-exec drops every source line that holds this
FENCE = re.compile(r'```python exec="1"([^\n]*)\n(.*?)\n\s*```', re.DOTALL)


def _blocks() -> list[tuple[str, str, str]]:
    """``(page, options, body)`` of every executed block of every page."""
    return [
        (page.name, options, body)
        for page in sorted((ROOT / "docs").glob("*.md"))
        for options, body in FENCE.findall(page.read_text(encoding="utf-8"))
    ]


BLOCKS = _blocks()


def _block_id(options: str) -> str:
    found = re.search(r'\bid="([^"]+)"', options)
    return found.group(1) if found else ""


@pytest.mark.parametrize(("page", "options", "body"), BLOCKS, ids=[_block_id(b[1]) for b in BLOCKS])
def test_a_block_runs_one_snippet_and_its_id_is_that_snippets_path(page, options, body):
    # The id names the block in build errors and in tracebacks (File "<code block: id
    # softmax/worked_table>", line 7): it is the snippet's path under snippets/, without ".py".
    assert re.fullmatch(r'\s*--8<-- "snippets/([\w/]+)\.py"\s*', body), "one snippet per block"
    included = re.search(r'"snippets/([\w/]+)\.py"', body).group(1)
    assert _block_id(options) == included
    # And the page's snippets live in the folder named after it (index.md: home).
    folder = "home" if page == "index.md" else page.removesuffix(".md").replace("-", "_")
    assert included.split("/")[0] == folder


def test_block_ids_are_unique():
    counts = Counter(_block_id(options) for _, options, _ in BLOCKS)
    assert [name for name, count in counts.items() if count > 1] == []


def _shown_sources() -> list[tuple[str, str]]:
    """``(block id, shown source)`` of every block that shows its source on a page."""
    shown = []
    for _, options, body in BLOCKS:
        if "source=" not in options:
            continue
        path = ROOT / re.search(r'"(snippets/[\w/]+\.py)"', body).group(1)
        lines = [line for line in path.read_text().split("\n") if HIDE not in line]
        shown.append((_block_id(options), "\n".join(lines).strip()))
    return shown


SHOWN = _shown_sources()


@pytest.mark.parametrize(("block", "source"), SHOWN, ids=[block for block, _ in SHOWN])
def test_shown_source_is_the_maths_not_the_table_plumbing(block, source):
    # What the reader sees must be whole Python: hiding half a statement would break it.
    ast.parse(source, filename=block)
    assert not re.search(r'print\(f?"\|', source), "a table row is printed by hand: hide it"
    assert "markdown_table" not in source, "the table helper shows: end its lines with the marker"
