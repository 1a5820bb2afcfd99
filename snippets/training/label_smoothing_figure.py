# With a smoothed target the logits settle; with a one-hot one the gap keeps growing.
import numpy as np

from snippets.figures import COLORS, INK, new_figure, to_inline_svg
from snippets.running_example import LABELS, LOGITS
from snippets.training.descent import STEPS, descend

epsilon = 0.1
smoothed = descend(LOGITS, [1 - epsilon, epsilon / 2, epsilon / 2])
one_hot = descend(LOGITS, [1.0, 0.0, 0.0])
ratio = (1 - epsilon) / (epsilon / 2)  # p_dog / p_cat once the gradient p - y is zero
limit = np.log(ratio)
fig, (ax_logits, ax_gap) = new_figure(1, 2)

for label, logit in zip(LABELS, smoothed.T, strict=True):
    ax_logits.plot(logit, label=label)
ax_logits.set_title(rf"logits $z$, smoothed ($\varepsilon = {epsilon:g}$)")
ax_logits.set_xlabel("step")
# Added after new_figure() returns, so the site's ink and frameless style are explicit.
ax_logits.legend(frameon=False, labelcolor=INK)

ax_gap.plot(one_hot[:, 0] - one_hot[:, 1], label="one-hot", color=COLORS["violet"])
ax_gap.plot(smoothed[:, 0] - smoothed[:, 1], label="smoothed", color=COLORS["blue"])
ax_gap.axhline(limit, color=INK, linewidth=0.8, linestyle="--")
ax_gap.annotate(
    f"{limit:.3f}",
    (STEPS, limit),
    ha="right",
    va="bottom",
    xytext=(0, 3),
    textcoords="offset points",
    color=INK,
)
ax_gap.set_title(r"gap $z_\mathrm{dog} - z_\mathrm{cat}$")
ax_gap.set_xlabel("step")
ax_gap.legend(loc="lower right", frameon=False, labelcolor=INK)

changes = ", ".join(
    f"{label} from {a:g} to {b:.2f}"
    for label, a, b in zip(LABELS, smoothed[0], smoothed[-1], strict=True)
)
one_hot_gap = one_hot[-1, 0] - one_hot[-1, 1]
description = (
    f"Two line charts over {STEPS} steps of gradient descent. Left: with the "
    f"smoothed target (epsilon {epsilon:g}) the logits settle, {changes}. Right: the "
    f"gap between the dog and cat logits; with the one-hot target it keeps growing, to "
    f"{one_hot_gap:.2f}, while with the smoothed target it levels off at the dashed "
    f"line, ln {ratio:g} = {limit:.3f}."
)
print(to_inline_svg(fig, name="training-label-smoothing", description=description))
