# The same three logits through the sigmoid and the softmax, side by side.
import numpy as np

from snippets.activations import sigmoid, softmax
from snippets.figures import COLORS, new_figure, to_inline_svg
from snippets.running_example import LABELS, LOGITS

outputs = {"sigmoid": sigmoid(LOGITS), "softmax": softmax(LOGITS)}
colors = {"sigmoid": COLORS["blue"], "softmax": COLORS["orange"]}
x = np.arange(len(LABELS))
width = 0.38

fig, ax = new_figure()
for offset, (name, probs) in zip((-width / 2, width / 2), outputs.items(), strict=True):
    bars = ax.bar(
        x + offset,
        probs,
        width,
        color=colors[name],
        label=f"{name} (sum {probs.sum():.3f})",
    )
    ax.bar_label(bars, labels=[f"{p:.3f}" for p in probs], padding=2)
ax.set_xticks(x, LABELS)
ax.set_ylim(0, 1.15)
ax.set_ylabel("probability")
ax.legend(loc="upper right")

parts = [
    f"{name.capitalize()}: "
    + ", ".join(f"{label} {p:.3f}" for label, p in zip(LABELS, probs, strict=True))
    + f" (sum {probs.sum():.3f})."
    for name, probs in outputs.items()
]
intro = "Grouped bar chart of the running example's probabilities, class by class."
description = " ".join([intro, *parts])
print(to_inline_svg(fig, name="sigmoid-vs-softmax", description=description))
