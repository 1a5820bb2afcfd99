"""Tests of snippets/markdown_table.py, and of what the pages show of the snippets that use it."""

import ast
import re
from pathlib import Path

import pytest

from snippets.markdown_table import markdown_table

ROOT = Path(__file__).resolve().parents[1]
HIDE = "markdown-exec: hide"  # markdown-exec drops every source line that holds this


def test_table_has_header_alignment_row_and_one_line_per_row():
    table = markdown_table(["class", "logit"], [("dog", "4"), ("cat", 2)], "lr")
    assert table == "| class | logit |\n|:--|--:|\n| dog | 4 |\n| cat | 2 |"


def test_empty_cell_is_a_single_space_and_no_rows_leaves_the_header():
    assert markdown_table(["", "z"], [("**sum**", "")], "rl") == "| | z |\n|--:|:--|\n| **sum** | |"
    assert markdown_table(["a"], [], "l") == "| a |\n|:--|"


def test_escaped_pipe_stays_in_its_cell():
    assert markdown_table(["x"], [[r"a \| b"]], "l").endswith(r"| a \| b |")


@pytest.mark.parametrize("align", ["l", "lrr", "lc", "LR", ""])
def test_align_needs_l_or_r_for_each_column(align):
    with pytest.raises(ValueError, match="align needs one of 'l' or 'r' per column"):
        markdown_table(["a", "b"], [], align)


@pytest.mark.parametrize("cells", [("only one",), ("one", "two", "three")])
def test_a_row_needs_one_cell_per_column(cells):
    with pytest.raises(ValueError, match=r"expected 2 cells, got \d"):
        markdown_table(["a", "b"], [cells], "ll")


def test_an_unescaped_pipe_in_a_cell_is_refused():
    with pytest.raises(ValueError, match=r"unescaped '\|'"):
        markdown_table(["a", "b"], [("1 | 2", "3")], "ll")
    with pytest.raises(ValueError, match=r"unescaped '\|'"):
        markdown_table(["a | b"], [], "l")


def _shown_sources() -> list[tuple[str, str]]:
    """``(fence id, shown source)`` of every exec fence that shows its source on a page."""
    shown = []
    for page in sorted((ROOT / "docs").glob("*.md")):
        fences = re.findall(
            r'```python exec="1"([^\n]*)\n(.*?)\n\s*```', page.read_text(), re.DOTALL
        )
        for options, body in fences:
            if "source=" not in options:
                continue
            included = re.sub(
                r'--8<-- "([^"]+)"', lambda m: (ROOT / m.group(1)).read_text(), body.strip()
            )
            name = re.search(r'id="([^"]+)"', options)
            lines = [line for line in included.split("\n") if HIDE not in line]
            shown.append((name.group(1) if name else page.name, "\n".join(lines).strip()))
    return shown


SHOWN = _shown_sources()


def test_the_pages_show_the_sources_of_many_fences():
    assert len(SHOWN) > 50


@pytest.mark.parametrize(("fence", "source"), SHOWN, ids=[fence for fence, _ in SHOWN])
def test_shown_source_is_the_maths_not_the_table_plumbing(fence, source):
    # What the reader sees must be whole Python: hiding half a statement would break it.
    ast.parse(source, filename=fence)
    assert not re.search(r'print\(f?"\|', source), "a table row is printed by hand: hide it"
    assert "markdown_table" not in source, "the table helper shows: end its lines with the marker"
