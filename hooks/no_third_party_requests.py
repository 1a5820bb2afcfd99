"""MkDocs hook: no page may load anything from another host.

nbconvert writes three things into notebook pages that would reach out or fail offline: a MathJax
<script> with an empty src (the maths is MathML already), MathJax's configuration, and a module
that imports mermaid from a CDN. They are removed. Then every page is checked, and a resource
from another host (script, stylesheet, image, frame, font, dynamic import) fails the build.
"""

from __future__ import annotations

import re

from mkdocs.exceptions import PluginError

_NOTEBOOK_LEFTOVERS = (
    re.compile(r'<!-- Load mathjax -->\s*<script src="">\s*</script>'),
    re.compile(
        r'<!-- MathJax configuration -->\s*<script type="text/x-mathjax-config">.*?</script>',
        re.DOTALL,
    ),
    re.compile(r'<script type="module">(?:(?!</script>).)*?mermaid.*?</script>', re.DOTALL),
)

_FOREIGN = r"""["']?(?:https?:)?//[^"'\s)>]+"""
_FOREIGN_RESOURCES = re.compile(
    "|".join(
        (
            rf"<(?:script|img|iframe|source|audio|video|embed|track)\b[^>]*\bsrc=({_FOREIGN})",
            rf"<link\b(?=[^>]*\brel=[\"']?(?:stylesheet|preload|modulepreload|icon|preconnect"
            rf"|dns-prefetch|manifest)\b)[^>]*\bhref=({_FOREIGN})",
            rf"url\(\s*({_FOREIGN})",
            rf"@import\s+({_FOREIGN})",
            rf"\bimport\(\s*({_FOREIGN})",
        )
    ),
    re.IGNORECASE,
)


def strip_notebook_leftovers(page_html: str) -> str:
    for leftover in _NOTEBOOK_LEFTOVERS:
        page_html = leftover.sub("", page_html)
    return page_html


def foreign_resources(page_html: str) -> list[str]:
    """Return the addresses on other hosts that ``page_html`` would load."""
    return [
        next(group for group in match.groups() if group).strip("\"'")
        for match in _FOREIGN_RESOURCES.finditer(page_html)
    ]


def on_post_page(output: str, page, config) -> str:  # MkDocs calls hooks by this signature
    if page.file.src_uri.endswith(".ipynb"):
        output = strip_notebook_leftovers(output)
    found = foreign_resources(output)
    if found:
        raise PluginError(f"{page.file.src_uri} loads from another host: {', '.join(found)}")
    return output
