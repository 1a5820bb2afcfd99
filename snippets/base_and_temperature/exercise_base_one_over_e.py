# Base 1/e is base e on -z: the ranking flips, but the gaps flip with it.
import numpy as np

from snippets.activations import softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LABELS, LOGITS

flipped = softmax(LOGITS, base=1 / np.e)
plain = softmax(LOGITS)

heads = ["class", "*z*", "−*z*", "softmax(*z*, base=1/e)", "softmax(*z*)"]  # markdown-exec: hide
rows = []  # markdown-exec: hide
for c, z, q, p in zip(LABELS, LOGITS, flipped, plain, strict=True):  # markdown-exec: hide
    rows.append((c, f"{z:g}", f"{-z:g}", f"{q:.3f}", f"{p:.3f}"))  # markdown-exec: hide
print(markdown_table(heads, rows, "lrrrr"))  # markdown-exec: hide
