# The ratio of two probabilities is e to the power of the gap in their logits.
import numpy as np

from snippets.activations import softmax
from snippets.figures import COLORS, INK, new_figure, to_inline_svg
from snippets.running_example import LABELS, LOGITS

probs = softmax(LOGITS)
pairs = [(0, 1), (1, 2), (0, 2)]  # dog/cat, cat/rabbit, dog/rabbit
gaps = np.array([LOGITS[i] - LOGITS[j] for i, j in pairs])
ratios = np.array([probs[i] / probs[j] for i, j in pairs])

fig, ax = new_figure()
gap_axis = np.linspace(0, 6.5, 200)
curve_label = "$e^{z_i - z_j}$"
ax.plot(gap_axis, np.exp(gap_axis), color=COLORS["blue"], label=curve_label)
ax.axhline(1, color=INK, linewidth=0.8)
points_label = "the running example"
ax.scatter(gaps, ratios, color=COLORS["orange"], zorder=3, label=points_label)
for (i, j), gap, ratio in zip(pairs, gaps, ratios, strict=True):
    ax.annotate(
        f"{LABELS[i]}/{LABELS[j]}: {ratio:.1f}",
        (gap, ratio),
        xytext=(-8, 4),
        textcoords="offset points",
        ha="right",
    )
ax.set_yscale("log")
ax.set_yticks([1, 10, 100, 1000], labels=["1", "10", "100", "1000"])
ax.set_xlabel("gap between two logits, $z_i - z_j$")
ax.set_ylabel("ratio of probabilities, $p_i / p_j$")
ax.legend(loc="upper left")

pair_text = "; ".join(
    f"{LABELS[i]}/{LABELS[j]}: gap {gap:g}, ratio {ratio:.1f}"
    for (i, j), gap, ratio in zip(pairs, gaps, ratios, strict=True)
)
description = (
    "The ratio of two softmax probabilities against the gap between their "
    "logits, on a log scale: a straight line, since the ratio is e to the "
    "power of the gap. "
    f"The running example's pairs lie on it ({pair_text}): "
    f"a gap of {gaps[0]:g} in logits already makes one class "
    f"{ratios[0]:.1f} times as likely as the other."
)
print(to_inline_svg(fig, name="softmax-exaggeration", description=description))
