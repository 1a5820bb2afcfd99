# Multi-label: one sigmoid and one binary cross-entropy per class, computed from the
# probabilities and (the stable way) straight from the logits.
import numpy as np

from snippets.activations import sigmoid
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LABELS, LOGITS

targets = np.array([1.0, 1.0, 0.0])  # a dog and a cat are both in the photo, no rabbit
p = sigmoid(LOGITS)
from_p = -(targets * np.log(p) + (1 - targets) * np.log(1 - p))
# max(z, 0) - z y + ln(1 + e^-|z|): no exp can overflow, no log of 0 (BCEWithLogitsLoss)
from_z = np.maximum(LOGITS, 0) - LOGITS * targets + np.log1p(np.exp(-np.abs(LOGITS)))
gradient = p - targets  # d loss / d z, one class at a time
header = ["class", "logit *z*", "target *y*", "sigmoid *p*"]  # markdown-exec: hide
header += ["loss from *p*", "loss from *z*", "gradient *p* − *y*"]  # markdown-exec: hide
columns = (LABELS, LOGITS, targets, p, from_p, from_z, gradient)  # markdown-exec: hide
rows = []  # markdown-exec: hide
for label, z, y, *values in zip(*columns, strict=True):  # markdown-exec: hide
    rows.append((label, f"{z:g}", f"{y:g}", *(f"{x:.3f}" for x in values)))  # markdown-exec: hide
print(markdown_table(header, rows, "l" + "r" * (len(header) - 1)))  # markdown-exec: hide

print(f"\nThe loss is the mean over the classes: {from_z.mean():.3f}.")
