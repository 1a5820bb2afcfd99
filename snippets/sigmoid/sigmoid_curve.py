# The sigmoid squeezes every logit into (0, 1); dots: the running example.
import numpy as np

from snippets.activations import sigmoid
from snippets.figures import COLORS, INK, new_figure, to_inline_svg
from snippets.running_example import LABELS, LOGITS

z = np.linspace(-8, 8, 321)
p = sigmoid(z)
marked = sigmoid(LOGITS)
middle = float(sigmoid(0.0))

fig, ax = new_figure()
ax.axhline(0, color=INK, linewidth=0.8, linestyle="--")  # approached, never reached
ax.axhline(1, color=INK, linewidth=0.8, linestyle="--")
ax.axvline(0, color=INK, linewidth=0.8)
ax.plot(z, p, color=COLORS["blue"])
ax.plot(LOGITS, marked, "o", color=COLORS["orange"])
for label, x, q in zip(LABELS, LOGITS, marked, strict=True):
    right = x > 0  # label each dot on the side where the curve leaves room
    ax.annotate(
        f"{label}: σ({x:g}) = {q:.3f}",
        (x, q),
        xytext=(8, -6) if right else (-8, 6),
        textcoords="offset points",
        ha="left" if right else "right",
        va="top" if right else "bottom",
    )
ax.set_ylim(-0.05, 1.05)
ax.set_xlabel("logit $z$")
ax.set_ylabel("probability $\\sigma(z)$")

examples = zip(LABELS, LOGITS, marked, strict=True)
dots = ", ".join(f"{label} {x:g} gives {q:.3f}" for label, x, q in examples)
description = (
    f"An S-shaped curve: the sigmoid of z for z from {z[0]:g} to {z[-1]:g}. It rises "
    f"from {p[0]:.4f} to {p[-1]:.4f}, passes {middle:g} at z = 0, and approaches 0 "
    f"and 1 without reaching them. Dots mark the running example: {dots}."
)
print(to_inline_svg(fig, name="sigmoid-curve", description=description))
