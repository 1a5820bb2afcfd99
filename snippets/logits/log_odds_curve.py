# The log-odds ln(p / (1 - p)) on (0, 1): zero at one half, unbounded.
import numpy as np

from snippets.activations import logit, sigmoid
from snippets.figures import COLORS, INK, new_figure, to_inline_svg
from snippets.running_example import LABELS, LOGITS

p = np.linspace(0.001, 0.999, 999)
log_odds = logit(p)
# The probabilities whose log-odds are the running example's logits.
marked = sigmoid(LOGITS)

fig, ax = new_figure()
ax.plot(p, log_odds, color=COLORS["blue"])
ax.axhline(0, color=INK, linewidth=0.8)
ax.axvline(0.5, color=INK, linewidth=0.8, linestyle="--")
ax.plot(marked, LOGITS, "o", color=COLORS["orange"])
for label, q, z in zip(LABELS, marked, LOGITS, strict=True):
    right = q > 0.5  # label each dot on the side where the curve leaves room
    ax.annotate(
        f"{label}: p = {q:.3f}\nlog-odds {z:g}",
        (q, z),
        xytext=(-6, 4) if right else (6, -4),
        textcoords="offset points",
        ha="right" if right else "left",
        va="bottom" if right else "top",
    )
ax.set_xlim(0, 1)
ax.set_xlabel("probability $p$")
ax.set_ylabel("log-odds $\\ln(p\\,/\\,(1-p))$")

description = (
    "A rising curve, flat in the middle and steep at both ends: the log-odds "
    f"ln(p/(1-p)) for p from {p[0]:g} to {p[-1]:g}. It climbs from "
    f"{log_odds[0]:.1f} to {log_odds[-1]:.1f}, crosses 0 at p = 0.5, and heads to "
    "minus infinity as p goes to 0 and to plus infinity as p goes to 1. Dots mark "
    + ", ".join(f"{label} p = {q:.3f}" for label, q in zip(LABELS, marked, strict=True))
    + ", whose log-odds are the running example's logits "
    + ", ".join(f"{z:g}" for z in LOGITS)
    + "."
)
print(to_inline_svg(fig, name="logits-log-odds-curve", description=description))
