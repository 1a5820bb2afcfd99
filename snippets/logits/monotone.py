# A step up in probability is always a step up in log-odds.
import numpy as np

from snippets.activations import logit

p = np.linspace(0.001, 0.999, 999)
rises = np.diff(logit(p))
flattest = int(np.argmin(rises))
slope = 1 / (p * (1 - p))  # the derivative of ln(p / (1 - p))

print(
    f"Across {p.size} probabilities from {p[0]:g} to {p[-1]:g}, in steps of "
    f"{p[1] - p[0]:.3f}, {np.sum(rises > 0)} of the {rises.size} steps raise the "
    f"log-odds. The smallest rise, {rises[flattest]:.4f}, is from p = {p[flattest]:g} "
    f"to {p[flattest + 1]:g}, where the slope is lowest: {slope.min():g}."
)
