# The running example's probabilities as the temperature goes from cold to hot.
import numpy as np

from snippets.activations import softmax
from snippets.figures import COLORS, INK, new_figure, to_inline_svg
from snippets.running_example import LABELS, LOGITS

temperatures = np.geomspace(0.1, 100, 300)
curves = softmax(LOGITS / temperatures[:, None])  # one row per temperature
bases = {"10": 10.0, "e": np.e, "2": 2.0}  # marked where T = 1 / ln b
at_temperature = {name: 1 / np.log(b) for name, b in bases.items()}
at_base = {name: softmax(LOGITS, base=b) for name, b in bases.items()}
colors = list(COLORS.values())[: len(LABELS)]
uniform = 1 / len(LABELS)

fig, ax = new_figure()
for label, color, p in zip(LABELS, colors, curves.T, strict=True):
    ax.plot(temperatures, p, color=color, label=f"$p$ {label}")
ax.axhline(uniform, color=INK, linewidth=0.8, linestyle=":")
uniform_label = f"uniform, 1/{len(LABELS)}"
ax.annotate(uniform_label, (0.12, uniform), va="bottom", fontsize=9)
for name, t in at_temperature.items():
    ax.axvline(t, color=INK, linewidth=0.8, linestyle="--")
    ax.scatter([t] * len(LABELS), at_base[name], color=colors, zorder=3)
    ax.annotate(
        f"base {name}",
        (t, 1.02),
        xycoords=("data", "axes fraction"),
        rotation=90,
        ha="center",
        va="bottom",
        fontsize=9,
    )
ax.set_xscale("log")
ax.set_xticks([0.1, 1, 10, 100], labels=["0.1", "1", "10", "100"])
ax.set_ylim(0, 1)
ax.set_xlabel("temperature $T$ (log scale)")
ax.set_ylabel("probability")
ax.legend(loc="center right")


def listed(p):
    pairs = zip(LABELS, p, strict=True)
    return ", ".join(f"{label} {x:.3f}" for label, x in pairs)


marks = []
for name, t in at_temperature.items():
    marks.append(f"base {name} (T = {t:.3f}): {listed(at_base[name])}")
description = (
    "The softmax probabilities of the running example against the "
    "temperature T, "
    f"on a log scale from {temperatures[0]:g} to {temperatures[-1]:g}. "
    f"At T = {temperatures[0]:g}: {listed(curves[0])}. "
    f"At T = {temperatures[-1]:g}: {listed(curves[-1])}, "
    f"close to the dotted line at 1/{len(LABELS)}. "
    f"Dashed lines mark three bases: {'; '.join(marks)}."
)
name = "base-and-temperature-curves"
print(to_inline_svg(fig, name=name, description=description))
