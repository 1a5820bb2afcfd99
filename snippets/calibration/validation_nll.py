# The NLL against the temperature: one minimum on the validation split, close to the test split's.
import numpy as np

from snippets.calibration.digits_model import overconfident_model
from snippets.calibration.metrics import nll
from snippets.calibration.temperature_scaling import fit_temperature
from snippets.figures import COLORS, INK, new_figure, to_inline_svg

model = overconfident_model()
temperatures = np.geomspace(0.5, 10, 100)
curves, best = {}, {}
for name in ("validation", "test"):
    split = getattr(model, name)
    z = model.logits(split)
    curves[name] = np.array([nll(z, split.labels, t) for t in temperatures])
    best[name] = fit_temperature(z, split.labels)  # the test's own best, for comparison only
fitted = best["validation"]

fig, ax = new_figure()
for (name, curve), color in zip(curves.items(), (COLORS["blue"], COLORS["orange"]), strict=True):
    ax.plot(temperatures, curve, color=color, label=f"{name} split")
ax.axvline(1, color=INK, linewidth=0.8, linestyle=":")
ax.axvline(fitted, color=INK, linewidth=0.8, linestyle="--")
for t, text in ((1, "T = 1"), (fitted, f"fitted T = {fitted:.2f}")):
    ax.annotate(
        text,
        (t, 0.55),
        xycoords=("data", "axes fraction"),
        xytext=(4, 0),
        textcoords="offset points",
        fontsize=9,
    )
ax.set_xscale("log")
ax.set_xticks([0.5, 1, 2, 5, 10], labels=["0.5", "1", "2", "5", "10"])
ax.set_xlabel("temperature $T$ (log scale)")
ax.set_ylabel("mean NLL")
ax.legend(loc="upper left", bbox_to_anchor=(0.55, 1))


def at(name, t):
    split = getattr(model, name)
    return nll(model.logits(split), split.labels, t)


description = (
    f"The mean negative log-likelihood of the validation and test splits against the "
    f"temperature T, on a log scale from {temperatures[0]:g} to {temperatures[-1]:g}. "
    f"Both curves fall, then rise. Validation: {at('validation', 1):.3f} at T = 1, "
    f"lowest ({at('validation', fitted):.3f}) at the fitted T = {fitted:.3f}, marked by a "
    f"dashed line. Test: {at('test', 1):.3f} at T = 1, {at('test', fitted):.3f} at the fitted "
    f"T, and lowest ({at('test', best['test']):.3f}) at T = {best['test']:.3f}."
)
print(to_inline_svg(fig, name="calibration-validation-nll", description=description))
