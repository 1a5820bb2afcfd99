"""The build hook that names the search dialog and keeps the repository link from calling out."""

import pytest
from mkdocs.exceptions import PluginError

from hooks.theme_fixes import (
    NAMED_SEARCH_DIALOG,
    PLAIN_SOURCE_LINK,
    SEARCH_DIALOG,
    SOURCE_LINK,
    fix_theme_markup,
    on_post_page,
)

PAGE = f'<header>{SEARCH_DIALOG}</div><a href="https://github.com/o/r" {SOURCE_LINK}>r</a></header>'


class _Page:
    file = type("File", (), {"src_uri": "softmax.md"})()


def test_search_dialog_is_named_and_source_link_is_plain():
    out = on_post_page(PAGE, _Page(), None)
    assert NAMED_SEARCH_DIALOG in out
    assert f'<a href="https://github.com/o/r" {PLAIN_SOURCE_LINK}>r</a>' in out
    assert 'data-md-component="source"' not in out


@pytest.mark.parametrize("missing", [SEARCH_DIALOG, SOURCE_LINK])
def test_changed_theme_markup_fails_the_build(missing):
    with pytest.raises(PluginError, match=r"softmax\.md: mkdocs-material no longer writes"):
        fix_theme_markup(PAGE.replace(missing, "<div>"), "softmax.md")
