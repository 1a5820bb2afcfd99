"""The build hook that names the search dialog, keeps the repository link from calling out and
hands the light/dark toggle to docs/javascripts/palette-toggle.js."""

import pytest
from mkdocs.exceptions import PluginError

from hooks.theme_fixes import (
    NAMED_SEARCH_DIALOG,
    PALETTE_FORM,
    PLAIN_SOURCE_LINK,
    SEARCH_DIALOG,
    SOURCE_LINK,
    TOGGLE_FORM,
    fix_theme_markup,
    on_post_page,
)

PAGE = (
    f"<header>{PALETTE_FORM}<input></form>{SEARCH_DIALOG}</div>"
    f'<a href="https://github.com/o/r" {SOURCE_LINK}>r</a></header>'
)


class _Page:
    file = type("File", (), {"src_uri": "softmax.md"})()


def test_search_dialog_is_named_source_link_is_plain_and_the_toggle_is_ours():
    out = on_post_page(PAGE, _Page(), None)
    assert NAMED_SEARCH_DIALOG in out
    assert f'<a href="https://github.com/o/r" {PLAIN_SOURCE_LINK}>r</a>' in out
    assert f"{TOGGLE_FORM}<input></form>" in out
    assert "data-md-component" not in out.replace('data-md-component="search"', "")


@pytest.mark.parametrize("missing", [SEARCH_DIALOG, SOURCE_LINK, PALETTE_FORM])
def test_changed_theme_markup_fails_the_build(missing):
    with pytest.raises(PluginError, match=r"softmax\.md: mkdocs-material no longer writes"):
        fix_theme_markup(PAGE.replace(missing, "<div>"), "softmax.md")
