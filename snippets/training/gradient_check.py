# The gradient p - y, checked against central finite differences of the loss itself.
import numpy as np

from snippets.activations import log_softmax, softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LABELS, LOGITS

target = np.array([1.0, 0.0, 0.0])


def loss(z):
    return -(target * log_softmax(z)).sum()


analytic = softmax(LOGITS) - target

# Nudge one logit at a time by +h and -h; the slope between them estimates dL/dz_i.
h = 1e-4
steps = np.eye(len(LOGITS)) * h
numeric = np.array([(loss(LOGITS + s) - loss(LOGITS - s)) / (2 * h) for s in steps])
max_difference = np.abs(analytic - numeric).max()
columns = zip(LABELS, analytic, numeric, strict=True)  # markdown-exec: hide
rows = [(label, f"{a:.3f}", f"{n:.3f}") for label, a, n in columns]  # markdown-exec: hide
heads = ["class", "*p* − *y*", "finite difference"]  # markdown-exec: hide
print(markdown_table(heads, rows, "lrr"))  # markdown-exec: hide

print(f"\nWith *h* = {h:g}, the largest difference is {max_difference:.1e}.")
