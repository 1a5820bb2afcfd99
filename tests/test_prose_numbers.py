"""The prose-number guard (tests/prose_numbers.py) on every page, and on its own failure cases."""

import pytest

from tests.prose_numbers import FIX, hand_typed_numbers, main, pages, report


@pytest.mark.parametrize("page", pages(), ids=[page.name for page in pages()])
def test_page_has_no_hand_typed_numeric_result(page):
    assert report(page) == []


def test_every_page_is_checked():
    names = {page.name for page in pages()}
    assert {"index.md", "softmax.md", "whole-story.ipynb"} <= names


# The checker itself must be able to fail.


def test_a_typed_result_in_prose_is_caught_with_its_line():
    assert hand_typed_numbers("# Title\n\nThe dog gets 0.879 of the mass.") == [
        (3, "0.879", "“The dog gets 0.879 of the mass.”")
    ]


def test_a_typed_result_in_maths_is_caught_with_its_line():
    assert hand_typed_numbers("so\n$$\np_\\text{dog} = 0.879\n$$\n") == [
        (3, "0.879", "maths “p_\\text{dog} = 0.879”")
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
    [(line, number, _)] = hand_typed_numbers("---\ndescription: It puts 88% on dog.\n---\n\n# T\n")
    assert (line, number) == (2, "88")


def test_the_command_names_file_line_and_number_and_says_what_to_do(tmp_path, capsys):
    page = tmp_path / "page.md"
    page.write_text("# Title\n\nAfter the exp, dog has 54.598.\n", encoding="utf-8")
    assert main([str(page)]) == 1
    printed = capsys.readouterr().out
    assert printed.startswith(f"{page}:3: 54.598 in “After the exp, dog has 54.598.”\n")
    assert printed.endswith(FIX + "\n")
    page.write_text("# Title\n\nNo numbers here.\n", encoding="utf-8")
    assert main([str(page)]) == 0


def test_a_citation_year_passes_but_not_a_result_beside_it():
    assert hand_typed_numbers("Calibration (Guo et al., 2017) and (2017).") == []
    assert [n for _, n, _ in hand_typed_numbers("See (p = 0.879, 2016).")] == ["0.879"]
