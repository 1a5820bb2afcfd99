"""The one way every figure on the site is made: same size, same style, deterministic inline SVG.

A snippet draws on the axes from :func:`new_figure` and prints :func:`to_inline_svg`.
The SVG text is drawn in ``currentColor``, so it follows the page's light or dark scheme,
and the data colours keep a contrast of at least 3:1 on both backgrounds (WCAG 1.4.11).
"""

from __future__ import annotations

import html
import io
import re

import matplotlib

matplotlib.use("Agg")  # no display at build time, and the same renderer everywhere

import matplotlib.pyplot as plt
from matplotlib.figure import Figure

# The colour of text, axes and rules: swapped for currentColor, so it follows the page scheme.
INK = "#010203"

# Contrast on white / on Material's slate background (#1e2129), measured by WCAG's formula.
COLORS = {
    "blue": "#2f7ed8",  # 4.1 / 3.9
    "orange": "#d9480f",  # 4.3 / 3.7
    "green": "#0f9d58",  # 3.5 / 4.6
    "violet": "#8b5cf6",  # 4.2 / 3.8
}

FIGSIZE_INCHES = (6.4, 3.6)

_STYLE = {
    "figure.figsize": FIGSIZE_INCHES,
    "figure.facecolor": "none",
    "axes.facecolor": "none",
    "savefig.facecolor": "none",
    "savefig.transparent": True,
    "font.family": "sans-serif",
    "font.size": 11,
    "svg.fonttype": "none",  # real <text>, so the page font renders it and it can be selected
    "text.color": INK,
    "axes.edgecolor": INK,
    "axes.labelcolor": INK,
    "xtick.color": INK,
    "ytick.color": INK,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.color": INK,
    "grid.alpha": 0.15,
    "legend.frameon": False,
    "axes.prop_cycle": matplotlib.cycler(color=list(COLORS.values())),
}


def new_figure(nrows: int = 1, ncols: int = 1, **subplot_kw):
    """Return ``(fig, axes)`` in the site's style; pass them to :func:`to_inline_svg` when done."""
    # Set globally, not in a context: text added later (annotate, legend) reads the style then.
    plt.rcParams.update(_STYLE)
    return plt.subplots(nrows, ncols, layout="constrained", **subplot_kw)


def to_inline_svg(fig: Figure, *, name: str, description: str) -> str:
    """Render ``fig`` as an inline ``<svg>`` with a text alternative, and close it.

    ``name`` must be unique on the site: it salts the SVG's internal ids (so two figures on
    one page never share an id) and becomes the figure's anchor. ``description`` is the text
    alternative: say what the figure shows, with its numbers, not "Figure 1".
    """
    if not re.fullmatch(r"[a-z][a-z0-9-]*", name):
        raise ValueError(f"figure name must be lowercase words joined by '-', got {name!r}")
    if not description.strip():
        raise ValueError(f"figure {name!r} needs a description for its text alternative")
    buffer = io.StringIO()
    try:
        with plt.rc_context({**_STYLE, "svg.hashsalt": name}):
            fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    finally:
        # Snippets share one build process, and an open figure would leak into the next one.
        plt.close(fig)
    svg = buffer.getvalue().replace(INK, "currentColor")
    # Drop the XML prolog and DOCTYPE: the SVG is inlined into an HTML page.
    svg = svg[svg.index("<svg") :]
    svg = re.sub(r"\s*<metadata>.*?</metadata>", "", svg, count=1, flags=re.DOTALL)
    svg = _compact(svg)
    svg = _prefix_ids(svg, name)
    # Matplotlib's global "*{...}" rule would reach every element of the page; scope it.
    svg = svg.replace("*{stroke-linejoin", f"#{name} *{{stroke-linejoin", 1)
    alt = html.escape(description, quote=True)
    svg = svg.replace(
        "<svg ",
        f'<svg role="img" aria-labelledby="{name}-title" ',
        1,
    )
    svg = re.sub(r"(<svg[^>]*>)", rf'\1<title id="{name}-title">{alt}</title>', svg, count=1)
    return f'<figure class="svg-figure" id="{name}">\n{svg.strip()}\n</figure>'


def _compact(svg: str) -> str:
    """Shrink matplotlib's SVG by about half without changing what the reader sees.

    Coordinates keep two decimals (a hundredth of a point); text takes the page's font from CSS
    instead of repeating matplotlib's font list on every label; indentation between tags goes.
    """
    # Inside tags only: the text of a label, like 0.879, is shown exactly as the snippet wrote it.
    svg = re.sub(r"<[^>]+>", lambda tag: re.sub(r"(\d\.\d\d)\d+", r"\1", tag[0]), svg)
    svg = re.sub(r"font-family: [^;\"]*;?\s*", "", svg)
    return re.sub(r">\s+<", "><", svg)


def _prefix_ids(svg: str, prefix: str) -> str:
    """Prefix every id and every reference to it, as matplotlib numbers ids per figure."""
    for old in set(re.findall(r'\bid="([^"]+)"', svg)):
        new = f"{prefix}-{old}"
        svg = re.sub(rf'\bid="{re.escape(old)}"', f'id="{new}"', svg)
        svg = re.sub(rf'#{re.escape(old)}(?=["\)])', f"#{new}", svg)
    return svg
