"""MkDocs hook: no page may load anything from another host.

Every finished page is checked; a resource from another host (script, stylesheet, image, frame,
font, dynamic import) fails the build, naming the page and the address. It runs after
hooks/notebook_pages.py, which removes what nbconvert writes into notebook pages.
"""

from __future__ import annotations

import re

from mkdocs.exceptions import PluginError

_FOREIGN = r"""["']?(?:https?:)?//[^"'\s)>]+"""
_FOREIGN_RESOURCES = re.compile(
    "|".join(
        (
            rf"<(?:script|img|iframe|source|audio|video|embed|track)\b[^>]*\bsrc=({_FOREIGN})",
            rf"<link\b(?=[^>]*\brel=[\"']?(?:stylesheet|preload|modulepreload|icon|preconnect"
            rf"|dns-prefetch|manifest)\b)[^>]*\bhref=({_FOREIGN})",
            rf"url\(\s*({_FOREIGN})",
            rf"@import\s+({_FOREIGN})",
            rf"\bimport\(\s*({_FOREIGN})",
        )
    ),
    re.IGNORECASE,
)


def foreign_resources(page_html: str) -> list[str]:
    """Return the addresses on other hosts that ``page_html`` would load."""
    return [
        next(group for group in match.groups() if group).strip("\"'")
        for match in _FOREIGN_RESOURCES.finditer(page_html)
    ]


def on_post_page(output: str, page, config) -> str:  # MkDocs calls hooks by this signature
    found = foreign_resources(output)
    if found:
        raise PluginError(f"{page.file.src_uri} loads from another host: {', '.join(found)}")
    return output
