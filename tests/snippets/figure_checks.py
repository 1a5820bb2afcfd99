"""Checks shared by the snippet tests on a figure printed by ``snippets.figures.to_inline_svg``.

Every figure snippet prints one ``<figure class="svg-figure">`` holding one described inline
SVG whose text follows the page's light or dark scheme. :func:`figure_description` checks
that much and hands back the text alternative, so each test can compare it word for word.
"""

import html
import re


def figure_description(printed: str, name: str) -> str:
    """Check the figure ``name`` that a snippet printed, and return its unescaped description.

    The output must open the ``<figure>`` anchored at ``name``, hold exactly one ``<svg>``,
    draw every ``<text>`` in ``currentColor`` and paint no white (``#ffffff``) box: black
    text or a white legend box would glare in the dark scheme.
    """
    opening = f'<figure class="svg-figure" id="{name}">'
    assert printed.startswith(opening), (
        f"figure {name!r}: the output should start with {opening!r}, got {printed[:80]!r}"
    )
    svgs = printed.count("<svg")
    assert svgs == 1, f"figure {name!r}: expected exactly one <svg>, found {svgs}"

    texts = re.findall(r"<text\b([^>]*)>(.*?)</text>", printed, re.DOTALL)
    assert texts, f"figure {name!r}: no <text> element, so its labels cannot be checked"
    for attributes, content in texts:
        # Plain text carries its own style; mathtext is a bare <text> of styled <tspan>s.
        styled = [attributes] if "style=" in attributes else re.findall(r"<tspan\b[^>]*>", content)
        assert styled, f"figure {name!r}: a <text> has no style: <text{attributes}>{content}"
        for tag in styled:
            style = re.search(r'\bstyle="([^"]*)"', tag)
            assert style is not None, f"figure {name!r}: unstyled text: {tag}"
            assert "fill: currentColor" in style.group(1), (
                f"figure {name!r}: text not drawn in currentColor, "
                f"so it would not follow the dark scheme: {tag}"
            )
    assert "#ffffff" not in printed.lower(), (
        f"figure {name!r}: paints #ffffff (a white legend box?), which glares in the dark scheme"
    )

    title = re.search(rf'<title id="{re.escape(name)}-title">(.*?)</title>', printed, re.DOTALL)
    assert title is not None, f'figure {name!r}: no <title id="{name}-title"> text alternative'
    return html.unescape(title.group(1))
