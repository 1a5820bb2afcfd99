"""The Markdown tables the page snippets print, so that the code a page shows is the maths.

A snippet computes its numbers in plain sight, then formats the rows and prints
``markdown_table(header, rows, align)`` at top level (markdown-exec captures only what the block
itself prints, so the helper returns a string). Every line that only formats, the import of this
helper included, ends in ``# markdown-exec: hide``: markdown-exec runs it but leaves it out of
the shown source. Hide whole statements, so that what the reader sees still runs. Where this
is a snippet's only import from ``snippets``, it comes first with ``# noqa: I001``: imported in
the usual place, its hidden line would leave two blank lines in the shown imports.
"""

import re
from collections.abc import Iterable, Sequence

# Alignment row cells: left (":--") or right ("--:"), as Python-Markdown's tables read them.
_ALIGNMENTS = {"l": ":--", "r": "--:"}
_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


def markdown_table(header: Sequence[str], rows: Iterable[Sequence[object]], align: str) -> str:
    """Return a Markdown table: the header, the alignment row, then one line per row.

    ``align`` has one letter per column, ``"l"`` (left) or ``"r"`` (right). Cells are
    Markdown already formatted by the caller (``f"{p:.3f}"``); anything else goes through
    ``str``. An empty cell prints as ``| |``. No trailing newline: ``print`` adds it.

    Raises ``ValueError`` when ``align`` has not one ``l`` or ``r`` per column, when a row
    has not as many cells as the header has columns, or when a cell holds an unescaped
    ``|``, which would split it into two columns.
    """
    if len(align) != len(header) or set(align) - _ALIGNMENTS.keys():
        raise ValueError(f"align needs one of 'l' or 'r' per column, got {align!r}")
    lines = [_row(header, len(header)), "|" + "".join(_ALIGNMENTS[a] + "|" for a in align)]
    lines += [_row(cells, len(header)) for cells in rows]
    return "\n".join(lines)


def _row(cells: Sequence[object], columns: int) -> str:
    texts = [str(cell) for cell in cells]
    if len(texts) != columns:
        raise ValueError(f"expected {columns} cells, got {len(texts)}: {texts}")
    for text in texts:
        if _UNESCAPED_PIPE.search(text):
            raise ValueError(f"a cell holds an unescaped '|', which starts a new column: {text!r}")
    return "|" + "".join(f" {text} |" if text else " |" for text in texts)
