"""The build hook that makes notebook pages work offline and with a keyboard."""

import pytest
from mkdocs.exceptions import PluginError

from hooks.no_third_party_requests import foreign_resources
from hooks.notebook_pages import notebook_description, on_page_content, on_post_page

NBCONVERT_OUTPUT = """<!-- Load mathjax -->
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
<script>var kept = 1;</script>
<div class="highlight-ipynb hl-python"><pre>x = 1</pre></div>"""


class _Page:
    def __init__(self, src_uri: str):
        self.file = type("File", (), {"src_uri": src_uri})()


def test_nbconvert_leftovers_go_and_the_page_then_loads_nothing_foreign():
    assert foreign_resources(NBCONVERT_OUTPUT) != []
    out = on_post_page(NBCONVERT_OUTPUT, _Page("whole-story.ipynb"), None)
    assert "mathjax" not in out.lower()
    assert "mermaid" not in out
    assert '<script src="">' not in out
    assert "<script>var kept = 1;</script>" in out
    assert foreign_resources(out) == []


def test_code_cells_can_be_scrolled_with_the_keyboard():
    out = on_post_page(NBCONVERT_OUTPUT, _Page("whole-story.ipynb"), None)
    assert '<div class="highlight-ipynb hl-python" tabindex="0"><pre>x = 1</pre></div>' in out


def test_markdown_pages_are_left_alone():
    assert on_post_page(NBCONVERT_OUTPUT, _Page("softmax.md"), None) == NBCONVERT_OUTPUT


def test_notebook_page_gets_the_description_from_its_metadata(tmp_path):
    notebook = tmp_path / "story.ipynb"
    notebook.write_text('{"cells": [], "metadata": {"description": "A story."}}')
    page = _Page("story.ipynb")
    page.file.abs_src_path = str(notebook)
    page.meta = {}
    assert on_page_content("<p>x</p>", page, None, None) == "<p>x</p>"
    assert page.meta == {"description": "A story."}


def test_notebook_without_description_fails_the_build(tmp_path):
    notebook = tmp_path / "story.ipynb"
    notebook.write_text('{"cells": [], "metadata": {}}')
    with pytest.raises(PluginError, match=r"story\.ipynb: add a 'description'"):
        notebook_description(str(notebook))


def test_markdown_pages_keep_their_own_description():
    page = _Page("softmax.md")
    page.meta = {"description": "From front matter."}
    on_page_content("<p>x</p>", page, None, None)
    assert page.meta == {"description": "From front matter."}
