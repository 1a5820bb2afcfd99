"""Turn the TeX that pymdownx.arithmatex marks up into MathML at build time.

Browsers render MathML natively, so the site needs no MathJax or KaTeX from a CDN and works
offline; a reader never sees raw TeX. TeX that cannot be converted raises ValueError, which
fails the build. Plain functions: hooks/mkdocs_wiring.py applies them to MkDocs' pages, and any
other engine can call them the same way.
"""

from __future__ import annotations

import functools
import html
import re

from latex2mathml.converter import convert

# arithmatex's "generic" output: \( … \) in a span for inline maths, \[ … \] in a div for blocks.
_INLINE = re.compile(r'<span class="arithmatex">\\\((.*?)\\\)</span>', re.DOTALL)
_BLOCK = re.compile(r'<div class="arithmatex">\\\[(.*?)\\\]</div>', re.DOTALL)
# A notebook's Markdown cells, as nbconvert renders them: TeX left in $ … $ and $$ … $$.
_NOTEBOOK_MARKDOWN = re.compile(
    r'(<div class="jp-RenderedHTMLCommon jp-RenderedMarkdown jp-MarkdownOutput"[^>]*>)'
    r"(.*?)(</div>)",
    re.DOTALL,
)
_DOLLAR_BLOCK = re.compile(r"<p>\s*\$\$(.+?)\$\$\s*</p>|\$\$(.+?)\$\$", re.DOTALL)
_DOLLAR_INLINE = re.compile(r"(?<![\\$])\$([^$\n]+?)\$")


@functools.cache  # a pure function; `mkdocs serve` converts the same formulas on every rebuild
def tex_to_mathml(tex: str, *, display: str) -> str:
    """Convert one TeX formula (HTML-escaped, as arithmatex leaves it) to a MathML element."""
    source = html.unescape(tex).strip()
    if not source:
        raise ValueError("empty formula: $$ or \\( \\) with nothing inside")
    if _unbalanced_braces(source):
        raise ValueError(f"cannot convert TeX to MathML: {source!r} (unbalanced braces)")
    try:
        mathml = convert(source, display=display)
    except Exception as error:  # latex2mathml raises many types; name the formula whatever it is
        raise ValueError(f"cannot convert TeX to MathML: {source!r} ({error!r})") from error
    # latex2mathml passes unknown commands through as text, where the reader would see raw TeX.
    unknown = re.findall(r">(\\[A-Za-z]+)<", mathml)
    if unknown:
        raise ValueError(f"cannot convert TeX to MathML: {source!r} (unknown {', '.join(unknown)})")
    # Keep the TeX as an annotation: copy-paste and some screen readers use it.
    annotation = f'<annotation encoding="application/x-tex">{html.escape(source)}</annotation>'
    return re.sub(
        r"(<math[^>]*>)(.*)(</math>)",
        lambda m: f"{m[1]}<semantics><mrow>{m[2]}</mrow>{annotation}</semantics>{m[3]}",
        mathml,
        count=1,
        flags=re.DOTALL,
    )


def _unbalanced_braces(tex: str) -> bool:
    depth = 0
    for brace in re.findall(r"(?<!\\)[{}]", tex):  # \{ and \} are literal braces
        depth += 1 if brace == "{" else -1
        if depth < 0:
            return True
    return depth != 0


def render_maths(page_html: str) -> str:
    """Replace every arithmatex formula in a page's HTML with MathML."""
    page_html = _BLOCK.sub(
        lambda m: f'<div class="arithmatex">{tex_to_mathml(m[1], display="block")}</div>',
        page_html,
    )
    return _INLINE.sub(
        lambda m: f'<span class="arithmatex">{tex_to_mathml(m[1], display="inline")}</span>',
        page_html,
    )


def render_notebook_maths(page_html: str) -> str:
    """Replace the ``$ … $`` and ``$$ … $$`` formulas of a notebook's Markdown cells."""

    def cell(match: re.Match) -> str:
        body = _DOLLAR_BLOCK.sub(
            lambda m: (
                '<div class="arithmatex">'
                + tex_to_mathml(m[1] if m[1] is not None else m[2], display="block")
                + "</div>"
            ),
            match[2],
        )
        body = _DOLLAR_INLINE.sub(
            lambda m: f'<span class="arithmatex">{tex_to_mathml(m[1], display="inline")}</span>',
            body,
        )
        return match[1] + body + match[3]

    return _NOTEBOOK_MARKDOWN.sub(cell, page_html)
