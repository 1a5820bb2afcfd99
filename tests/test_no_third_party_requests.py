"""The build hook that strips nbconvert's CDN leftovers and refuses any foreign resource."""

import pytest
from mkdocs.exceptions import PluginError

from hooks.no_third_party_requests import foreign_resources, on_post_page

NBCONVERT_HEAD = """<!-- Load mathjax -->
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
<script>var kept = 1;</script>"""


class _Page:
    def __init__(self, src_uri: str):
        self.file = type("File", (), {"src_uri": src_uri})()


def test_notebook_leftovers_are_removed_and_the_rest_kept():
    out = on_post_page(NBCONVERT_HEAD, _Page("whole-story.ipynb"), None)
    assert out.strip() == "<script>var kept = 1;</script>"


@pytest.mark.parametrize(
    ("snippet", "address"),
    [
        ('<script src="https://cdn.example/x.js"></script>', "https://cdn.example/x.js"),
        ("<img alt='a' src='//img.example/a.png'>", "//img.example/a.png"),
        (
            '<link href="https://fonts.googleapis.com/css?family=Roboto" rel="stylesheet">',
            "https://fonts.googleapis.com/css?family=Roboto",
        ),
        (
            "<style>@font-face{src:url(https://f.example/a.woff2)}</style>",
            "https://f.example/a.woff2",
        ),
        ('<script>import("https://esm.example/m.js")</script>', "https://esm.example/m.js"),
    ],
)
def test_foreign_resources_are_found(snippet, address):
    assert foreign_resources(snippet) == [address]


def test_local_resources_and_plain_links_are_fine():
    page = (
        '<script src="../assets/bundle.js"></script><link rel="stylesheet" href="x.css">'
        '<a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>'
        '<link rel="canonical" href="https://example.org/page/">'
        '<svg xmlns="http://www.w3.org/2000/svg"></svg>'
    )
    assert foreign_resources(page) == []


def test_a_page_with_a_foreign_resource_fails_the_build():
    with pytest.raises(PluginError, match=r"softmax\.md loads from another host: https://cdn"):
        on_post_page('<script src="https://cdn.example/x.js"></script>', _Page("softmax.md"), None)


def test_a_notebook_leftover_that_changes_shape_still_fails_the_build():
    changed = '<script type="module">await import("https://cdnjs.example/other.mjs")</script>'
    with pytest.raises(PluginError, match=r"cdnjs\.example"):
        on_post_page(changed, _Page("whole-story.ipynb"), None)
