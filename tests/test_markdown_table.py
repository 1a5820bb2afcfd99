"""The table helper that page snippets print with (snippets/markdown_table.py)."""

import pytest

from snippets.markdown_table import markdown_table


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
