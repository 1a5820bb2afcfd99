"""MkDocs hook: make the pages mkdocs-jupyter renders from notebooks work offline and accessibly.

nbconvert writes three things into notebook pages that would reach out or fail offline: a MathJax
<script> with an empty src (hooks/tex_to_mathml.py has made the maths MathML already), MathJax's
configuration, and a module that imports mermaid from a CDN. They are removed. Code cells that
scroll sideways get tabindex="0", so a keyboard can scroll them too (WCAG 2.1.1). A notebook has
no front matter, so its page's meta description comes from the notebook's metadata.
"""

from __future__ import annotations

import json
import re

from mkdocs.exceptions import PluginError

_LEFTOVERS = (
    re.compile(r'<!-- Load mathjax -->\s*<script src="">\s*</script>'),
    re.compile(
        r'<!-- MathJax configuration -->\s*<script type="text/x-mathjax-config">.*?</script>',
        re.DOTALL,
    ),
    re.compile(r'<script type="module">(?:(?!</script>).)*?mermaid.*?</script>', re.DOTALL),
)
_CODE_BOX = re.compile(r'<div class="(highlight-ipynb[^"]*)">')


def clean_notebook_page(page_html: str) -> str:
    for leftover in _LEFTOVERS:
        page_html = leftover.sub("", page_html)
    return _CODE_BOX.sub(r'<div class="\1" tabindex="0">', page_html)


def notebook_description(path: str) -> str:
    """The ``description`` in a notebook's metadata: every page needs one for search engines."""
    with open(path, encoding="utf-8") as notebook:
        description = json.load(notebook).get("metadata", {}).get("description", "").strip()
    if not description:
        raise PluginError(f"{path}: add a 'description' to the notebook's metadata")
    return description


def on_page_content(html: str, page, config, files):  # MkDocs calls hooks by this signature
    if page.file.src_uri.endswith(".ipynb"):
        page.meta["description"] = notebook_description(page.file.abs_src_path)
    return html


def on_post_page(output: str, page, config) -> str:  # MkDocs calls hooks by this signature
    if page.file.src_uri.endswith(".ipynb"):
        return clean_notebook_page(output)
    return output
