"""The build hook that lightens code blocks and makes each keyboard-scrollable from the start."""

import re

from hooks.code_blocks import focusable_code_blocks, on_page_content, without_plain_token_spans

PYMDOWNX_BLOCK = '<div class="highlight"><pre><span></span><code>x = 1\n</code></pre></div>'
NOTEBOOK_BLOCK = (
    '<div class="language-python highlight"><pre><span></span><code>y\n</code></pre></div>'
)


TITLED_BLOCK = (
    '<div class="highlight"><span class="filename">snippets/training/descent.py</span>'
    "<pre><span></span><code>z = 2\n</code></pre></div>"
)
PLAIN_BLOCK = '<div class="result"><pre class="x"><code>1</code></pre></div>'


def test_every_code_block_starts_focusable():
    page = f"<p>a</p>{PYMDOWNX_BLOCK}<p>b</p>{NOTEBOOK_BLOCK}{TITLED_BLOCK}{PLAIN_BLOCK}"
    out = focusable_code_blocks(page)
    assert out.count('<code tabindex="0">') == 4
    assert out.replace(' tabindex="0"', "") == page


def test_inline_code_is_left_alone():
    page = "<p>Call <code>softmax</code> on <code>z</code>.</p><pre>not code</pre>"
    assert on_page_content(page, None, None, None) == page


HIGHLIGHTED = (
    '<div class="highlight"><pre><span></span><code><span class="kn">import</span>'
    '<span class="w"> </span><span class="nn">numpy</span>\n'
    '<span class="n">p</span><span class="w"> </span><span class="o">=</span>'
    '<span class="w"> </span><span class="n">softmax</span><span class="p">(</span>'
    '<span class="n">z</span><span class="p">,</span> <span class="n">strict</span>'
    '<span class="o">=</span><span class="kc">True</span><span class="p">)</span>\n'
    "</code></pre></div>"
)


def _text(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


def test_names_and_whitespace_lose_their_spans_and_the_code_reads_the_same():
    out = without_plain_token_spans(HIGHLIGHTED)
    assert out == (
        '<div class="highlight"><pre><span></span><code><span class="kn">import</span>'
        ' <span class="nn">numpy</span>\n'
        'p <span class="o">=</span> softmax<span class="p">(</span>z<span class="p">,</span>'
        ' strict<span class="o">=</span>True<span class="p">)</span>\n'
        "</code></pre></div>"
    )
    assert _text(out) == _text(HIGHLIGHTED)


def test_spans_outside_code_blocks_are_left_alone():
    page = '<p><span class="n">kept</span></p>' + HIGHLIGHTED
    out = on_page_content(page, None, None, None)
    assert out.startswith('<p><span class="n">kept</span></p>')
    assert '<span class="n">' not in out.split("</p>", 1)[1]
