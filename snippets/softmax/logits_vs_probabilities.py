# Logits on the left, the probabilities softmax makes of them on the right.
from snippets.activations import softmax
from snippets.figures import INK, new_figure, to_inline_svg
from snippets.running_example import LABELS, LOGITS

probs = softmax(LOGITS)
fig, (ax_logits, ax_probs) = new_figure(1, 2)

ax_logits.bar(LABELS, LOGITS)
ax_logits.axhline(0, color=INK, linewidth=0.8)
ax_logits.set_title("logits $z$")

ax_probs.bar(LABELS, probs)
ax_probs.set_ylim(0, 1)
ax_probs.set_title("softmax probabilities $p$")
for x, p in enumerate(probs):
    ax_probs.annotate(
        f"{p:.3f}",
        (x, p),
        ha="center",
        va="bottom",
        xytext=(0, 2),
        textcoords="offset points",
    )

pairs = list(zip(LABELS, LOGITS, probs, strict=True))
logits_text = ", ".join(f"{label} {z:g}" for label, z, _ in pairs)
probs_text = ", ".join(f"{label} {p:.3f}" for label, _, p in pairs)
lead = LOGITS[0] - LOGITS[1]
description = (
    f"Two bar charts. Left: the logits {logits_text}. "
    f"Right: their softmax probabilities {probs_text}. "
    f"The {LABELS[0]}'s logit leads the {LABELS[1]}'s by {lead:g}, "
    f"and the {LABELS[0]} gets {probs[0]:.1%} of the probability."
)
name = "softmax-logits-vs-probabilities"
print(to_inline_svg(fig, name=name, description=description))
