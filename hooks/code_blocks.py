"""MkDocs hook: every code block can be scrolled with a keyboard before Material has set it up.

Material sets code blocks up lazily (the content.lazy feature: a block is mounted when it first
comes into view, which keeps pages with many blocks fast to load), and only then gives a block
that scrolls sideways tabindex="0". Until then a keyboard could not reach an off-screen block that
scrolls (WCAG 2.1.1). So every block starts focusable, and Material drops the tabindex from the
blocks that turn out to fit.
"""

from __future__ import annotations

import re

# Material sets up every `pre > code`; pymdownx.highlight puts an empty span between the two.
_CODE_BLOCK = re.compile(r"(<pre(?: [^>]*)?>(?:<span></span>)?)<code>")


def focusable_code_blocks(content_html: str) -> str:
    return _CODE_BLOCK.sub(r'\1<code tabindex="0">', content_html)


def on_page_content(html: str, page, config, files) -> str:  # MkDocs calls hooks by this signature
    return focusable_code_blocks(html)
