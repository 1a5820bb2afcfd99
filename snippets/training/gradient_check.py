# The gradient p - y, checked against central finite differences of the loss itself.
import itertools

import numpy as np

from snippets.activations import log_softmax, softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LABELS, LOGITS

target = np.array([1.0, 0.0, 0.0])


def loss(z):
    return -(target * log_softmax(z)).sum()


def central_difference(z, h):
    """Nudge one logit at a time by +h and -h; the slope between them estimates dL/dz_i."""
    return np.array([(loss(z + step) - loss(z - step)) / (2 * h) for step in np.eye(len(z)) * h])


analytic = softmax(LOGITS) - target
h = 1e-4
numeric = central_difference(LOGITS, h)
columns = zip(LABELS, analytic, numeric, strict=True)  # markdown-exec: hide
rows = [(label, f"{a:.3f}", f"{n:.3f}") for label, a, n in columns]  # markdown-exec: hide
heads = ["class", "*p* − *y*", "finite difference"]  # markdown-exec: hide
print(markdown_table(heads, rows, "lrr"))  # markdown-exec: hide

# The difference that remains is the central difference's own error: it shrinks like h^2.
steps = (1e-2, 1e-3, 1e-4)
differences = [np.abs(analytic - central_difference(LOGITS, s)).max() for s in steps]
shrink = [a / b for a, b in itertools.pairwise(differences)]
print(
    "\nThe largest difference is "
    + ", ".join(f"{d:.1e} with *h* = {s:g}" for d, s in zip(differences, steps, strict=True))
    + ". From one *h* to the next it falls by a factor of "
    + ", then ".join(f"{r:.1f}" for r in shrink)
    + f", as *h*<sup>2</sup> does: ({steps[0] / steps[1]:g})<sup>2</sup> = "
    + f"{(steps[0] / steps[1]) ** 2:g}."
)
