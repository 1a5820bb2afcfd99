# The logits drift apart under the one-hot target while p_dog creeps towards 1.
from snippets.activations import softmax
from snippets.figures import INK, new_figure, to_inline_svg
from snippets.running_example import LABELS, LOGITS
from snippets.training.descent import STEPS, descend

history = descend(LOGITS, [1.0, 0.0, 0.0])
p_dog = softmax(history)[:, 0]
fig, (ax_logits, ax_prob) = new_figure(1, 2)

for label, logit in zip(LABELS, history.T, strict=True):
    ax_logits.plot(logit, label=label)
ax_logits.set_title("logits $z$")
ax_logits.set_xlabel("step")
# Added after new_figure() returns, so the site's ink and frameless style are explicit.
ax_logits.legend(frameon=False, labelcolor=INK)

ax_prob.axhline(1, color=INK, linewidth=0.8, linestyle="--")
ax_prob.plot(p_dog, color=ax_logits.lines[0].get_color())
ax_prob.set_ylim(0.85, 1.01)
ax_prob.set_title(r"$p_\mathrm{dog}$")
ax_prob.set_xlabel("step")
ax_prob.annotate(
    f"{p_dog[-1]:.3f}",
    (STEPS, p_dog[-1]),
    ha="right",
    va="top",
    xytext=(0, -4),
    textcoords="offset points",
    color=INK,
)

changes = ", ".join(
    f"{label} from {a:g} to {b:.2f}"
    for label, a, b in zip(LABELS, history[0], history[-1], strict=True)
)
description = (
    f"Two line charts over {STEPS} steps of gradient descent towards the one-hot "
    f"target dog. Left: the logits drift apart, {changes}. Right: p_dog rises from "
    f"{p_dog[0]:.3f} to {p_dog[-1]:.3f}, approaching the dashed line at 1 without "
    "reaching it."
)
print(to_inline_svg(fig, name="training-one-hot-descent", description=description))
