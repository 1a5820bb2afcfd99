"""No page states a numeric result by hand: numbers in prose must come from executed snippets.

The prose is what is left of a page once code fences (including markdown-exec blocks, whose
output is computed), inline code, HTML tags, link targets and comments are taken out. Maths is
checked on its own: constants and parameters (integers, or one decimal like T = 0.5) are fine
there, a result like 0.879 is not. Everything else must match ALLOWED_PHRASES.
"""

import json
import re
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[1] / "docs"

# Each phrase may contain digits; the reason says why they are not a hand-typed result.
ALLOWED_PHRASES = {
    r"dog 4, cat 2,? (?:and )?rabbit [−-]2": "the running example's inputs, not a result",
    r"[\[(]4, 2, [−-]2[\])]": "the running example's inputs as a vector",
    r"\bbases? (?:2|10)\b(?:,? (?:and |or )?(?:2|10|e)\b)*": "a base is a parameter",
    r"\bExercise \d+\b": "exercise numbering",
    r"\btemperature 1/ln b\b": "the formula that links base and temperature",
}

_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?![\w])")
_MATH_CONSTANT = re.compile(r"\d+(?:\.\d)?")


def prose_and_maths(markdown: str) -> tuple[str, list[str]]:
    """Split a page's Markdown into its prose (code and markup removed) and its formulas."""
    text = re.sub(r"\A---\n.*?\n---\n", _front_matter_description, markdown, flags=re.DOTALL)
    text = _drop_fenced_blocks(text)
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.DOTALL)
    text = re.sub(r"`[^`\n]*`", " ", text)
    maths = re.findall(r"\$\$(.+?)\$\$", text, flags=re.DOTALL)
    text = re.sub(r"\$\$(.+?)\$\$", " ", text, flags=re.DOTALL)
    maths += re.findall(r"(?<![\\$])\$([^$\n]+?)\$", text)
    text = re.sub(r"(?<![\\$])\$([^$\n]+?)\$", " ", text)
    text = re.sub(r"\]\([^)]*\)", "]", text)  # link targets
    text = re.sub(r"<[^>]+>", " ", text)  # HTML tags and their attributes
    text = re.sub(r"(?m)^\s*\d+\.\s", " ", text)  # ordered-list markers
    text = re.sub(r"(?m)^#+\s+\d+\.\s", " ", text)  # numbered headings
    return text, maths


def _front_matter_description(match: re.Match) -> str:
    found = re.search(r"(?m)^description:\s*(.*)$", match.group(0))
    return (found.group(1) if found else "") + "\n"


def _drop_fenced_blocks(text: str) -> str:
    kept, fence = [], None
    for line in text.splitlines():
        opening = re.match(r"\s*(`{3,}|~{3,})", line)
        if fence is None and opening:
            fence = opening.group(1)
        elif (
            fence is not None
            and line.strip().startswith(fence)
            and not line.strip()[len(fence) :].strip()
        ):
            fence = None
        elif fence is None:
            kept.append(line)
    return "\n".join(kept)


def hand_typed_numbers(markdown: str) -> list[str]:
    """Return the numbers in ``markdown``'s prose and maths that no rule allows, with context."""
    prose, maths = prose_and_maths(markdown)
    allowed_spans = [
        match.span() for phrase in ALLOWED_PHRASES for match in re.finditer(phrase, prose)
    ]
    found = [
        f"{match.group(0)!r} in “{_context(prose, match)}”"
        for match in _NUMBER.finditer(prose)
        if not any(start <= match.start() and match.end() <= end for start, end in allowed_spans)
    ]
    for formula in maths:
        found += [
            f"{match.group(0)!r} in maths “{formula.strip()}”"
            for match in _NUMBER.finditer(formula)
            if not _MATH_CONSTANT.fullmatch(match.group(0))
        ]
    return found


def _context(text: str, match: re.Match) -> str:
    return " ".join(text[max(0, match.start() - 40) : match.end() + 40].split())


def _page_sources() -> list[tuple[str, str]]:
    pages = [(path.name, path.read_text(encoding="utf-8")) for path in sorted(DOCS.glob("*.md"))]
    for path in sorted(DOCS.glob("*.ipynb")):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        markdown = "\n\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
        pages.append((path.name, markdown))
    return pages


@pytest.mark.parametrize(("name", "markdown"), _page_sources(), ids=[n for n, _ in _page_sources()])
def test_page_has_no_hand_typed_numeric_result(name, markdown):
    assert hand_typed_numbers(markdown) == []


def test_every_page_is_checked():
    names = {name for name, _ in _page_sources()}
    assert {"index.md", "softmax.md", "whole-story.ipynb"} <= names


# The checker itself must be able to fail.


def test_a_typed_result_in_prose_is_caught():
    assert hand_typed_numbers("The dog gets 0.879 of the mass.") == [
        "'0.879' in “The dog gets 0.879 of the mass.”"
    ]


def test_a_typed_result_in_maths_is_caught():
    assert hand_typed_numbers("so $p_\\text{dog} = 0.879$ here") == [
        "'0.879' in maths “p_\\text{dog} = 0.879”"
    ]


def test_constants_and_parameters_in_maths_pass():
    assert hand_typed_numbers("$1 - p$, $T = 0.5$ and $$\\frac{1}{1 + e^{-z}}$$") == []


def test_code_exec_blocks_inline_code_and_links_are_not_prose():
    page = (
        "See `x = 0.879` and [the next page](two.md#step-3).\n\n"
        '    ```python exec="1" id="a"\n    print(0.879)\n    ```\n'
        "<!-- 0.5 -->\n"
    )
    assert hand_typed_numbers(page) == []


def test_allowed_phrases_pass_and_only_them():
    assert hand_typed_numbers("The logits dog 4, cat 2, rabbit −2 in base 2.") == []
    assert hand_typed_numbers("The logits dog 4, cat 3, rabbit −2.") != []


def test_front_matter_description_is_prose():
    page = "---\ndescription: It puts 88% on dog.\n---\n\n# Title\n"
    [found] = hand_typed_numbers(page)
    assert found.startswith("'88' in “It puts 88% on dog.")
