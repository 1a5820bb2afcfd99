"""The transform that turns mkdocs-jupyter's notebook markup into the site's own."""

import re

import pytest

from hooks.notebook_markup import clean_notebook_page, notebook_description

# What mkdocs-jupyter 0.26 writes for a notebook, cut down to one cell of each kind.
MKDOCS_JUPYTER_OUTPUT = """<script>
(function (global, factory) { global.ClipboardCopyElement = factory(); }(this, function () {}));
</script>
<style type="text/css">
.highlight-ipynb .k { color: var(--jp-mirror-editor-keyword-color) }
</style>
<style type="text/css">
@charset "UTF-8";.jupyter-wrapper{--md-red-50: #ffebee;}
</style>
<!-- Load mathjax -->
<script src=""> </script>
<!-- MathJax configuration -->
<script type="text/x-mathjax-config">
    init_mathjax = function() { MathJax.Hub.Config({}); }
</script>
<script type="module">
  document.addEventListener("DOMContentLoaded", async () => {
    const mermaid = (await import("https://cdnjs.cloudflare.com/ajax/libs/mermaid/11.10.0/mermaid.esm.min.mjs")).default;
  });
</script>
<div class="jupyter-wrapper">
<div class="jp-Notebook" data-jp-theme-light="true" data-jp-theme-name="JupyterLab Light">
<div class="jp-Cell jp-MarkdownCell jp-Notebook-cell" id="cell-id=e127b5c7">
<div class="jp-Cell-inputWrapper" tabindex="0">
<div class="jp-Collapser jp-InputCollapser jp-Cell-inputCollapser">
</div>
<div class="jp-InputArea jp-Cell-inputArea">
<div class="jp-RenderedHTMLCommon jp-MarkdownOutput" data-mime-type="text/markdown">
<h2 id="1-logits">1. Logits<a class="anchor-link" href="#1-logits">¶</a></h2><p>Raw scores.</p>
</div>
</div>
</div>
</div>
<div class="jp-Cell jp-CodeCell jp-Notebook-cell" id="cell-id=5f8e9fcd">
<div class="jp-Cell-inputWrapper" tabindex="0">
<div class="jp-InputArea jp-Cell-inputArea">
<div class="jp-CodeMirrorEditor jp-Editor jp-InputArea-editor" data-type="inline">
<div class="CodeMirror cm-s-jupyter">
<div class="zeroclipboard-container">
<clipboard-copy ,="" aria-label="Copy to Clipboard" for="cell-1">
<div>
<span class="notice" hidden="">Copied!</span>
<svg aria-hidden="true" height="16" viewbox="0 0 16 16" width="16"><path d="M0 6.75C0"></path></svg>
</div>
</clipboard-copy>
</div>
<div class="highlight-ipynb hl-python"><pre><span></span><span class="nb">print</span>(4)
</pre></div>
<div class="clipboard-copy-txt" id="cell-1">print(4)</div>
</div>
</div>
</div>
</div>
<div class="jp-Cell-outputWrapper">
<div class="jp-OutputArea jp-Cell-outputArea">
<div class="jp-OutputArea-child">
<div class="jp-RenderedText jp-OutputArea-output" data-mime-type="text/plain" tabindex="0">
<pre>4 &lt; 5
</pre>
</div>
</div>
</div>
</div>
</div>
</div> <!-- jp-Notebook -->
</div> <!-- jupyter-wrapper -->

        <style>
        ['pre { line-height: 125%; }']
        </style>
"""


# An address on another host, as nbconvert writes them for MathJax and mermaid.
OTHER_HOST = re.compile(r"(?:https?:)?//(?!www\.w3\.org/)[\w.-]+\.\w+/")


def test_the_page_head_goes_and_the_page_then_names_no_other_host():
    assert OTHER_HOST.search(MKDOCS_JUPYTER_OUTPUT)
    out = clean_notebook_page(MKDOCS_JUPYTER_OUTPUT, "story.ipynb")
    assert out.startswith('<div class="jupyter-wrapper">')
    assert out.endswith("<!-- jupyter-wrapper -->")
    for gone in ("<script", "<style", "mathjax", "mermaid", "clipboard", "Copied!"):
        assert gone not in out.lower(), gone
    assert OTHER_HOST.search(out) is None


def test_a_code_cell_becomes_a_highlighted_code_block():
    out = clean_notebook_page(MKDOCS_JUPYTER_OUTPUT, "story.ipynb")
    code = (
        '<div class="language-python highlight"><pre><span></span><code>'
        '<span class="nb">print</span>(4)\n</code></pre></div>'
    )
    assert code in out
    assert "highlight-ipynb" not in out
    assert out.count("print") == 1  # the hidden copy of the cell's text is gone


def test_a_text_output_becomes_a_plain_code_block():
    out = clean_notebook_page(MKDOCS_JUPYTER_OUTPUT, "story.ipynb")
    code = (
        '<div class="language-text highlight"><pre><span></span><code>4 &lt; 5\n</code></pre></div>'
    )
    assert code in out


def test_headings_get_the_theme_permalink_and_cells_are_not_tab_stops():
    out = clean_notebook_page(MKDOCS_JUPYTER_OUTPUT, "story.ipynb")
    assert '<a class="headerlink" href="#1-logits" title="Permanent link">¶</a>' in out
    assert "anchor-link" not in out
    assert "tabindex" not in out
    assert "jp-Collapser" not in out


def test_unknown_markup_fails_the_build_instead_of_shipping_half_converted():
    with pytest.raises(ValueError, match=r"story\.ipynb: mkdocs-jupyter no longer wraps"):
        clean_notebook_page("<div class='notebook'></div>", "story.ipynb")
    changed_cell = MKDOCS_JUPYTER_OUTPUT.replace("<pre><span></span>", "<pre>")
    with pytest.raises(ValueError, match=r"story\.ipynb: a notebook cell kept nbconvert's"):
        clean_notebook_page(changed_cell, "story.ipynb")


def test_notebook_without_description_fails_the_build(tmp_path):
    notebook = tmp_path / "story.ipynb"
    notebook.write_text('{"cells": [], "metadata": {}}')
    with pytest.raises(ValueError, match=r"story\.ipynb: add a 'description'"):
        notebook_description(str(notebook))


def test_the_description_comes_from_the_notebook_metadata(tmp_path):
    notebook = tmp_path / "story.ipynb"
    notebook.write_text('{"cells": [], "metadata": {"description": " A story. "}}')
    assert notebook_description(str(notebook)) == "A story."
