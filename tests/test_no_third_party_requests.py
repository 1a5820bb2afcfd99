"""The build hook that refuses any resource from another host."""

import pytest
from mkdocs.exceptions import PluginError

from hooks.no_third_party_requests import foreign_resources, on_post_page


class _Page:
    def __init__(self, src_uri: str):
        self.file = type("File", (), {"src_uri": src_uri})()


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


def test_a_clean_page_passes_unchanged():
    page = '<script src="../assets/bundle.js"></script>'
    assert on_post_page(page, _Page("softmax.md"), None) == page
