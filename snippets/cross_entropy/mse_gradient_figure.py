# Side by side: the push on the logits as a wrong answer grows more certain, for both losses.
import numpy as np

from snippets.cross_entropy.gradients import (
    cross_entropy_gradient,
    sigmoid_cross_entropy_gradient,
    sigmoid_squared_error_gradient,
    squared_error_gradient,
)
from snippets.figures import COLORS, INK, new_figure, to_inline_svg
from snippets.running_example import LOGITS

# Sigmoid: the answer is "no" (y = 0), and the logit z says "yes" ever more strongly.
z = np.linspace(-4, 12, 321)
sigmoid_ce = np.abs(sigmoid_cross_entropy_gradient(z, 0.0))
sigmoid_mse = np.abs(sigmoid_squared_error_gradient(z, 0.0))

# Softmax: the picture shows a dog, and the cat logit grows from the running example's 2.
cat = np.linspace(-2, 14, 321)
logits = np.tile(LOGITS, (len(cat), 1))
logits[:, 1] = cat
softmax_ce = np.abs(cross_entropy_gradient(logits, [1.0, 0.0, 0.0])[:, 0])
softmax_mse = np.abs(squared_error_gradient(logits, [1.0, 0.0, 0.0])[:, 0])

fig, (ax_sigmoid, ax_softmax) = new_figure(1, 2, sharey=True)
curves = ((ax_sigmoid, z, sigmoid_ce, sigmoid_mse), (ax_softmax, cat, softmax_ce, softmax_mse))
for ax, x, ce, mse in curves:
    ax.plot(x, ce, color=COLORS["blue"], label="cross-entropy")
    ax.plot(x, mse, color=COLORS["orange"], linestyle="--", label="squared error")
ax_sigmoid.set_title(r"sigmoid, target $y = 0$")
ax_sigmoid.set_xlabel(r"logit $z$")
ax_sigmoid.set_ylabel(r"size of the slope $|\partial L / \partial z|$")
ax_softmax.set_title("softmax, target dog")
ax_softmax.set_xlabel(r"$z_\mathrm{cat}$ (dog 4, rabbit $-2$)")
ax_softmax.axvline(LOGITS[1], color=INK, linewidth=0.8, linestyle=":")
ax_softmax.annotate(
    "running\nexample",
    (LOGITS[1], 0.75),
    xytext=(-4, 0),
    textcoords="offset points",
    ha="right",
    color=INK,
)
ax_softmax.legend(loc="center right", frameon=False, labelcolor=INK)

peak = np.argmax(softmax_mse)
description = (
    "Two line charts of the size of the gradient on a logit, for cross-entropy (solid) and "
    "squared error (dashed). Left: a sigmoid whose target is 0 while its logit z grows from "
    f"{z[0]:g} to {z[-1]:g}; cross-entropy's slope sigma(z) rises to {sigmoid_ce[-1]:.4f}, "
    f"squared error's peaks at {sigmoid_mse.max():.3f} and falls back to "
    f"{sigmoid_mse[-1]:.1e}. Right: the softmax of the running example with target dog, as "
    f"the cat logit grows from {cat[0]:g} to {cat[-1]:g}; on the dog logit, cross-entropy's "
    f"slope rises to {softmax_ce[-1]:.4f}, squared error's peaks at {softmax_mse[peak]:.3f} "
    f"(cat logit {cat[peak]:.2f}) and falls to {softmax_mse[-1]:.1e}."
)
print(to_inline_svg(fig, name="cross-entropy-saturation", description=description))
