"""The build hook that turns arithmatex's TeX into MathML, so no maths renderer is downloaded."""

import pytest

from hooks.tex_to_mathml import render_maths, render_notebook_maths, tex_to_mathml


def test_inline_formula_becomes_inline_mathml_with_its_tex_kept():
    out = render_maths(r'<p>the logit <span class="arithmatex">\(z_i\)</span> of class i</p>')
    assert out.startswith('<p>the logit <span class="arithmatex"><math ')
    assert 'display="inline"' in out
    assert "<msub><mi>z</mi><mi>i</mi></msub>" in out
    assert '<annotation encoding="application/x-tex">z_i</annotation>' in out
    assert "\\(" not in out


def test_block_formula_becomes_block_mathml():
    out = render_maths('<div class="arithmatex">\\[\n\\frac{e^{z_i}}{\\sum_j e^{z_j}}\n\\]</div>')
    assert 'display="block"' in out
    assert "<mfrac>" in out
    assert "\\[" not in out


def test_html_escaped_tex_is_unescaped_before_conversion():
    out = render_maths(r'<span class="arithmatex">\(a &lt; b\)</span>')
    assert "<mo>&#x0003C;</mo>" in out
    assert '<annotation encoding="application/x-tex">a &lt; b</annotation>' in out


def test_page_without_maths_is_unchanged():
    page = "<p>No formula here, only $5 and a \\ backslash.</p>"
    assert render_maths(page) == page


def test_empty_formula_is_an_error():
    with pytest.raises(ValueError, match="empty formula"):
        tex_to_mathml("  ", display="inline")


@pytest.mark.parametrize(
    ("tex", "reason"),
    [
        ("a^", "MissingSuperScript"),
        (r"\frac{1", "unbalanced"),
        (r"a}{b", "unbalanced"),
        (r"\softmaxx(z)", r"unknown \\softmaxx"),
    ],
)
def test_tex_that_would_show_raw_is_an_error(tex, reason):
    with pytest.raises(ValueError, match=reason):
        tex_to_mathml(tex, display="inline")


def test_escaped_braces_are_not_counted():
    assert "<mo" in tex_to_mathml(r"\{1, 2\}", display="inline")


def test_unconvertible_tex_names_the_formula():
    with pytest.raises(ValueError, match=r"cannot convert TeX to MathML: 'a\^'"):
        render_maths(r'<span class="arithmatex">\(a^\)</span>')


def test_notebook_markdown_cells_get_mathml_and_code_cells_keep_their_dollars():
    page = (
        '<div class="jp-RenderedHTMLCommon jp-RenderedMarkdown jp-MarkdownOutput" x="1">\n'
        "<p>Inline $a &lt; b$ here.</p>\n<p>$$\np_i = \\frac{1}{2}\n$$</p>\n</div>\n"
        '<div class="highlight"><pre>x = "$a$"</pre></div>'
    )
    out = render_notebook_maths(page)
    assert '<span class="arithmatex"><math xmlns="http://www.w3.org/1998/Math/MathML" ' in out
    assert 'display="inline"' in out
    assert (
        '<div class="arithmatex"><math xmlns="http://www.w3.org/1998/Math/MathML" display="block">'
        in out
    )
    assert "<p>$$" not in out
    assert '<pre>x = "$a$"</pre>' in out
