"""Make the pages mkdocs-jupyter renders from notebooks light, offline and accessible.

mkdocs-jupyter puts nbconvert's page head in front of every notebook: a clipboard web component,
a MathJax <script> with an empty src (hooks/tex_to_mathml.py has made the maths MathML already),
a module that imports mermaid from a CDN, and 590 KB of JupyterLab stylesheets, which made the
notebook page the slowest on the site to load and style. All of it goes; the cells are rewritten
into the markup the Markdown pages use, so the theme styles them the same way:

- a code cell becomes a highlighted code block (Material adds its copy button and scrolling);
- a text output becomes a plain code block, like a snippet's output on the other pages;
- a heading's "¶" link becomes the theme's permalink, shown on hover and focus;
- cells lose nbconvert's tabindex="0": a keyboard need not stop on every paragraph.

A notebook has no front matter, so its page's meta description comes from the notebook's metadata.
If mkdocs-jupyter changes its markup, ValueError fails the build instead of a fix silently lapsing.
Plain functions: hooks/mkdocs_wiring.py applies them to MkDocs' pages.
"""

from __future__ import annotations

import json
import re

_WRAPPER = '<div class="jupyter-wrapper">'
_WRAPPER_END = "<!-- jupyter-wrapper -->"
_REWRITES = (
    # nbconvert's copy button and the hidden copy of the cell's text it copies from.
    (
        re.compile(r'<div class="zeroclipboard-container">.*?</clipboard-copy>\s*</div>\s*', re.S),
        "",
    ),
    (re.compile(r'<div class="clipboard-copy-txt" id="[^"]*">[^<]*</div>\s*'), ""),
    # Code cells: the same markup as pymdownx.highlight writes for the Markdown pages.
    (
        re.compile(
            r'<div class="highlight-ipynb hl-(\w+)"><pre><span></span>(.*?)</pre></div>', re.S
        ),
        r'<div class="language-\1 highlight"><pre><span></span><code>\2</code></pre></div>',
    ),
    # Text outputs: a plain code block, like markdown-exec's output on the Markdown pages.
    (
        re.compile(r'(<div class="jp-RenderedText[^>]*>)\s*<pre>(.*?)</pre>', re.S),
        r'\1<div class="language-text highlight"><pre><span></span><code>\2</code></pre></div>',
    ),
    (
        re.compile(r'<a class="anchor-link" href="#([^"]+)">¶</a>'),
        r'<a class="headerlink" href="#\1" title="Permanent link">¶</a>',
    ),
    (re.compile(r'<div class="jp-Collapser [^"]*">\s*</div>\s*'), ""),
    (re.compile(r' tabindex="0"'), ""),
)


def clean_notebook_page(content_html: str, page_name: str) -> str:
    start, end = content_html.find(_WRAPPER), content_html.find(_WRAPPER_END)
    if start == -1 or end == -1:
        raise ValueError(f"{page_name}: mkdocs-jupyter no longer wraps the notebook in {_WRAPPER}")
    content_html = content_html[start : end + len(_WRAPPER_END)]
    for pattern, replacement in _REWRITES:
        content_html = pattern.sub(replacement, content_html)
    if "highlight-ipynb" in content_html or "<clipboard-copy" in content_html:
        raise ValueError(f"{page_name}: a notebook cell kept nbconvert's markup; update this hook")
    return content_html


def notebook_description(path: str) -> str:
    """The ``description`` in a notebook's metadata: every page needs one for search engines."""
    with open(path, encoding="utf-8") as notebook:
        description = json.load(notebook).get("metadata", {}).get("description", "").strip()
    if not description:
        raise ValueError(f"{path}: add a 'description' to the notebook's metadata")
    return description
