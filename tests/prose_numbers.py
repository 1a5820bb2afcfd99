"""The prose-number guard: no page states a numeric result by hand.

A number a reader sees in the prose must come from code that runs when the site is built. The
prose is what is left of a page once code fences (markdown-exec blocks included: their output is
computed), inline code, HTML tags, link targets and comments are blanked out. Maths is checked on
its own: constants and parameters (integers, or one decimal like T = 0.5) are fine there, a result
like 0.879 is not. Everything else must match ALLOWED_PHRASES.

    python -m tests.prose_numbers [FILE ...]    # default: every page in docs/; exit 1 if any

It runs as a pre-commit hook, in `make check` and in `make test` (tests/test_prose_numbers.py).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"

# Each phrase may contain digits; the reason says why they are not a hand-typed result.
ALLOWED_PHRASES = {
    r"dog 4, cat 2,? (?:and )?rabbit [−-]2": "the running example's inputs, not a result",
    r"[\[(]4, 2, [−-]2[\])]": "the running example's inputs as a vector",
    r"\bbases? (?:2|10)\b(?:,? (?:and |or )?(?:2|10|e)\b)*": "a base is a parameter",
    r"\bExercise \d+\b": "exercise numbering",
    r"\btemperature 1/ln b\b": "the formula that links base and temperature",
    r"(?<=[(\s])(?:19|20)\d\d(?=\))": "the year of a cited publication, closing its parentheses",
    r"\bet al\., (?:19|20)\d\d\b": "the year of a cited publication, after its authors",
    r"\b[Ss]ections? \d+(?:\.\d+)*|\b[Cc]hapters? \d+\b": "a section or chapter of a cited book",
    r"\b(?:8|16|32|64)-bit\b": "the width of a float type, a fact of its format",
}

FIX = (
    "A number in prose must come from code: print it from the page's snippet (a markdown-exec "
    "block) and let the page show that output; if it is a constant of the maths or a parameter, "
    "add a phrase with its reason to ALLOWED_PHRASES in tests/prose_numbers.py."
)

_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?![\w])")
_MATH_CONSTANT = re.compile(r"\d+(?:\.\d)?")
_DISPLAY_MATHS = re.compile(r"\$\$(.+?)\$\$", re.DOTALL)
_INLINE_MATHS = re.compile(r"(?<![\\$])\$([^$\n]+?)\$")


def _blank(match: re.Match) -> str:
    """The matched text as spaces, its line breaks kept: every position keeps its line."""
    return re.sub(r"[^\n]", " ", match.group(0))


def prose_and_maths(markdown: str) -> tuple[str, list[tuple[int, str]]]:
    """The page's prose (code and markup blanked out, lines kept) and its formulas by line."""
    text = re.sub(r"\A---\n.*?\n---\n", _front_matter_description, markdown, flags=re.DOTALL)
    text = _blank_fenced_blocks(text)
    text = re.sub(r"<!--.*?-->", _blank, text, flags=re.DOTALL)
    text = re.sub(r"`[^`\n]*`", _blank, text)
    maths = []
    for formulas in (_DISPLAY_MATHS, _INLINE_MATHS):
        maths += [(_line(text, m.start(1)), m.group(1)) for m in formulas.finditer(text)]
        text = formulas.sub(_blank, text)
    text = re.sub(r"(?<=\])\([^)]*\)", _blank, text)  # link targets
    text = re.sub(r"<[^>]+>", _blank, text)  # HTML tags and their attributes
    text = re.sub(r"(?m)^\s*\d+\.\s", _blank, text)  # ordered-list markers
    text = re.sub(r"(?m)^#+\s+\d+\.\s", _blank, text)  # numbered headings
    return text, maths


def _line(text: str, position: int) -> int:
    return text.count("\n", 0, position) + 1


def _front_matter_description(match: re.Match) -> str:
    """Front matter blanked, but for its description, which readers see in search results."""
    return "\n".join(
        line if line.startswith("description:") else " " * len(line)
        for line in match.group(0).split("\n")
    )


def _blank_fenced_blocks(text: str) -> str:
    kept, fence = [], None
    for line in text.split("\n"):
        opening = re.match(r"\s*(`{3,}|~{3,})", line)
        if fence is None and opening:
            fence = opening.group(1)
            line = ""
        elif fence is not None:
            stripped = line.strip()
            if stripped.startswith(fence) and not stripped[len(fence) :].strip():
                fence = None
            line = ""
        kept.append(line)
    return "\n".join(kept)


def hand_typed_numbers(markdown: str) -> list[tuple[int, str, str]]:
    """``(line, number, context)`` for each number in the prose or maths that no rule allows."""
    prose, maths = prose_and_maths(markdown)
    allowed = [match.span() for phrase in ALLOWED_PHRASES for match in re.finditer(phrase, prose)]
    found = [
        (_line(prose, match.start()), match.group(0), _context(prose, match))
        for match in _NUMBER.finditer(prose)
        if not any(start <= match.start() and match.end() <= end for start, end in allowed)
    ]
    for line, tex in maths:
        formula = "maths “" + " ".join(tex.split()) + "”"
        found += [
            (line + tex.count("\n", 0, number.start()), number.group(0), formula)
            for number in _NUMBER.finditer(tex)
            if not _MATH_CONSTANT.fullmatch(number.group(0))
        ]
    return sorted(found)


def _context(text: str, match: re.Match) -> str:
    """Up to 40 characters either side of the number, on its own line."""
    start = max(text.rfind("\n", 0, match.start()) + 1, match.start() - 40)
    end = text.find("\n", match.end())
    end = min(len(text) if end == -1 else end, match.end() + 40)
    return "“" + " ".join(text[start:end].split()) + "”"


def pages() -> list[Path]:
    return sorted([*DOCS.glob("*.md"), *DOCS.glob("*.ipynb")])


def report(path: Path) -> list[str]:
    """One line per hand-typed number in the page at ``path``: where, what, and in what."""
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    text = path.read_text(encoding="utf-8")
    if path.suffix != ".ipynb":
        parts = [("", text)]
    else:  # a notebook's Markdown cells, each on its own: a line number means one in its cell
        cells = json.loads(text)["cells"]
        parts = [
            (f" cell {i}, line", "".join(cell["source"]))
            for i, cell in enumerate(cells, start=1)
            if cell["cell_type"] == "markdown"
        ]
    return [
        f"{shown}:{where}{line}: {number} in {context}"
        for where, markdown in parts
        for line, number, context in hand_typed_numbers(markdown)
    ]


def main(arguments: list[str]) -> int:
    paths = [Path(a).resolve() for a in arguments if a.endswith((".md", ".ipynb"))]
    problems = [line for path in (paths if arguments else pages()) for line in report(path)]
    for problem in problems:
        print(problem)
    if problems:
        print(f"\n{FIX}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
