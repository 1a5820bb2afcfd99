# Loss and minus its gradient on dog's logit as it moves, with the softmax applied once and twice.
import numpy as np

from snippets.activations import log_softmax, softmax
from snippets.figures import COLORS, INK, new_figure, to_inline_svg
from snippets.running_example import LABELS, LOGITS

dog = np.linspace(-4, 10, 281)  # dog's logit; cat and rabbit keep theirs
z = np.column_stack([dog, np.broadcast_to(LOGITS[1:], (dog.size, 2))])
p = softmax(z)
y = np.eye(len(LABELS))[0]  # the true class is dog
v = softmax(p) - y  # dL/dp of the double softmax
loss_once, loss_twice = -log_softmax(z)[:, 0], -log_softmax(p)[:, 0]
minus_gradient_once = -(p - y)[:, 0]
minus_gradient_twice = -(p * (v - (p * v).sum(axis=1, keepdims=True)))[:, 0]
floor = -log_softmax(y)[0]  # the lowest loss the double softmax can reach
at = np.flatnonzero(dog == LOGITS[0])[0]  # the running example on the grid

fig, (ax_loss, ax_slope) = new_figure(1, 2)
# Text added after new_figure() must be given INK, so it follows the page scheme too.
above = {"xytext": (5, 3), "textcoords": "offset points", "color": INK}
panels = ((ax_loss, loss_once, loss_twice), (ax_slope, minus_gradient_once, minus_gradient_twice))
for ax, once, twice in panels:
    ax.plot(dog, once, color=COLORS["blue"], label="softmax once")
    ax.plot(dog, twice, color=COLORS["orange"], label="softmax twice")
    for curve in (once, twice):
        ax.plot(dog[at], curve[at], "o", color=INK, markersize=4)
        ax.annotate(f"{curve[at]:.3f}", (dog[at], curve[at]), **above)
    ax.set_xlabel(f"{LABELS[0]}'s logit")
ax_loss.axhline(floor, color=INK, linestyle="--", linewidth=0.8)
ax_loss.annotate(f"floor {floor:.3f}", (dog[0], floor), **above)
ax_loss.set_ylim(0, 3)
ax_loss.set_title(f"loss, true class {LABELS[0]}")
ax_loss.legend(loc="upper right", frameon=False, labelcolor=INK)
ax_slope.set_ylim(0, 1)
ax_slope.set_title(rf"$-\partial L / \partial z_\mathrm{{{LABELS[0]}}}$")

dog_at, first = f"{LOGITS[0]:g}", f"{dog[0]:g}"
description = (
    f"Two line charts against {LABELS[0]}'s logit, with {LABELS[1]} {LOGITS[1]:g}, "
    f"{LABELS[2]} {LOGITS[2]:g} fixed and {LABELS[0]} the true class. Left: with one "
    f"softmax the loss falls towards 0 ({loss_once[at]:.3f} at {dog_at}); with two it "
    f"stays above a floor of {floor:.3f} ({loss_twice[at]:.3f} at {dog_at}). Right: "
    f"minus the gradient on {LABELS[0]}'s logit. While {LABELS[0]} loses, it is near 1 "
    f"with one softmax ({minus_gradient_once[0]:.3f} at {first}) but only "
    f"{minus_gradient_twice[0]:.3f} with two."
)
name = "multi-label-or-multi-class-double-softmax"
print(to_inline_svg(fig, name=name, description=description))
