"""The partials in overrides/ are Material's own, each with the one change it says it makes.

If a Material release changes one of these partials, this test fails, and the override is
refreshed from the new partial, instead of silently serving the old markup.
"""

import difflib
from pathlib import Path

import material
import pytest

OVERRIDES = Path(__file__).resolve().parents[1] / "overrides"
MATERIAL = Path(material.__file__).resolve().parent / "templates"

# Per override, the lines that differ from Material's partial: (Material's line, ours).
CHANGES = {
    "partials/search.html": (
        '<div class="md-search" data-md-component="search" role="dialog">',
        '<div class="md-search" data-md-component="search" role="dialog"'
        " aria-label=\"{{ lang.t('search') }}\">",
    ),
    "partials/source.html": (
        '<a href="{{ config.repo_url }}" title="{{ lang.t(\'source\') }}" class="md-source"'
        ' data-md-component="source">',
        '<a href="{{ config.repo_url }}" title="{{ lang.t(\'source\') }}" class="md-source">',
    ),
}


def _body(template: str) -> list[str]:
    """The template's lines after its leading {#- … -#} comment."""
    return template.split("-#}\n", 1)[1].splitlines()


def test_every_override_is_listed():
    overrides = sorted(str(p.relative_to(OVERRIDES)) for p in OVERRIDES.rglob("*.html"))
    assert overrides == sorted(CHANGES)


@pytest.mark.parametrize("name", sorted(CHANGES))
def test_an_override_is_materials_partial_with_one_change(name):
    theirs = _body((MATERIAL / name).read_text(encoding="utf-8"))
    ours = _body((OVERRIDES / name).read_text(encoding="utf-8"))
    changed = [
        (theirs[i1:i2], ours[j1:j2])
        for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, theirs, ours).get_opcodes()
        if tag != "equal"
    ]
    material_line, our_line = CHANGES[name]
    assert changed == [([material_line], [our_line])]
