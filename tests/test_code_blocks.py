"""The build hook that makes every code block keyboard-scrollable before Material mounts it."""

from hooks.code_blocks import focusable_code_blocks, on_page_content

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
