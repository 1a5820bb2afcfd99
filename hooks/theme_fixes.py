"""MkDocs hook: three fixes to the HTML that mkdocs-material writes on every page.

- The search dialog gets an accessible name (axe and Lighthouse: aria-dialog-name).
- The repository link loses data-md-component="source", which makes Material's JavaScript fetch
  star and fork counts from api.github.com on every page load; this site calls no other host.
- The light/dark toggle loses data-md-component="palette", so that docs/javascripts/
  palette-toggle.js runs it instead of Material's component, which restyles the whole page three
  times while it loads (the module says why and how).

If Material changes this markup, the build fails here instead of the fix silently lapsing.
"""

from __future__ import annotations

from mkdocs.exceptions import PluginError

SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
NAMED_SEARCH_DIALOG = (
    '<div class="md-search" data-md-component="search" role="dialog" aria-label="Search">'
)
SOURCE_LINK = 'class="md-source" data-md-component="source"'
PLAIN_SOURCE_LINK = 'class="md-source"'
PALETTE_FORM = '<form class="md-header__option" data-md-component="palette">'
TOGGLE_FORM = '<form class="md-header__option" data-palette-toggle>'
FIXES = (
    (SEARCH_DIALOG, NAMED_SEARCH_DIALOG),
    (SOURCE_LINK, PLAIN_SOURCE_LINK),
    (PALETTE_FORM, TOGGLE_FORM),
)


def fix_theme_markup(page_html: str, page_name: str) -> str:
    for found, fixed in FIXES:
        if found not in page_html:
            raise PluginError(f"{page_name}: mkdocs-material no longer writes {found!r}")
        page_html = page_html.replace(found, fixed)
    return page_html


def on_post_page(output: str, page, config) -> str:  # MkDocs calls hooks by this signature
    return fix_theme_markup(output, page.file.src_uri)
