"""The shared figure helper: deterministic, described, scheme-aware inline SVG."""

import re

import matplotlib.pyplot as plt
import pytest

from snippets.figures import COLORS, INK, new_figure, to_inline_svg


def _line_figure(name: str = "test-line", description: str = "A rising line from 0 to 2."):
    fig, ax = new_figure()
    ax.plot([0, 1, 2], [0, 1, 2])
    ax.set_title("a line")
    return to_inline_svg(fig, name=name, description=description)


def test_same_figure_renders_to_the_same_bytes():
    assert _line_figure() == _line_figure()


def test_svg_has_no_date_prolog_or_doctype():
    svg = _line_figure()
    assert "<?xml" not in svg
    assert "<!DOCTYPE" not in svg
    assert "dc:date" not in svg


def test_text_alternative_labels_the_svg():
    svg = _line_figure(description='Costs < 5 & "cheap"')
    assert '<svg role="img" aria-labelledby="test-line-title"' in svg
    assert '<title id="test-line-title">Costs &lt; 5 &amp; &quot;cheap&quot;</title>' in svg


def test_ink_becomes_current_color_so_text_follows_the_scheme():
    svg = _line_figure()
    assert INK not in svg
    assert "currentColor" in svg
    # Text is real text, not paths, so it renders in the page's font and colour.
    assert ">a line</text>" in svg


def test_data_colours_come_from_the_palette():
    svg = _line_figure()
    assert COLORS["blue"] in svg


def test_name_salts_internal_ids_so_figures_on_one_page_never_clash():
    ids_a = set(re.findall(r'id="([^"]+)"', _line_figure(name="first")))
    ids_b = set(re.findall(r'id="([^"]+)"', _line_figure(name="second")))
    assert ids_a
    assert ids_a.isdisjoint(ids_b)


def test_figure_is_closed_after_rendering():
    before = len(plt.get_fignums())
    _line_figure()
    assert len(plt.get_fignums()) == before


@pytest.mark.parametrize("name", ["", "Has Caps", "under_score", "1leading-digit"])
def test_bad_name_is_rejected_and_named(name):
    fig, _ = new_figure()
    with pytest.raises(ValueError, match=re.escape(repr(name))):
        to_inline_svg(fig, name=name, description="something")
    plt.close(fig)


def test_empty_description_is_rejected():
    fig, _ = new_figure()
    with pytest.raises(ValueError, match="needs a description"):
        to_inline_svg(fig, name="no-alt", description="  ")
    plt.close(fig)


def test_text_added_after_the_axes_is_styled_too():
    fig, ax = new_figure()
    ax.annotate("late label", (0.5, 0.5))
    ax.plot([0, 1], [0, 1], label="a line")
    ax.legend()
    svg = to_inline_svg(fig, name="late-text", description="A line with a late label.")
    # Text drawn in currentColor follows the page's scheme; black would vanish on dark.
    late = re.search(r"<text ([^>]*)>late label</text>", svg)
    assert late is not None
    assert "fill: currentColor" in late.group(1)
    assert "#000000" not in svg


def test_svg_is_compact_two_decimals_no_font_list_no_indentation():
    fig, ax = new_figure()
    ax.plot([0, 1, 2], [0, 1, 2])
    ax.annotate("0.87891", (1, 1))
    svg = to_inline_svg(fig, name="compact", description="A line labelled 0.87891.")
    assert not re.search(r"\d\.\d{3}", re.sub(r">[^<]*<", "><", svg))  # in the markup
    assert ">0.87891</text>" in svg  # but never in what the figure says
    assert "font-family" not in svg
    inner = svg[svg.index("<svg") : svg.index("</svg>")]
    assert not re.search(r">\s+<", inner)
