# Base 1/e is base e on -z: the ranking flips, but the gaps flip with it.
import numpy as np

from snippets.activations import softmax
from snippets.running_example import LABELS, LOGITS

flipped = softmax(LOGITS, base=1 / np.e)

print("| class | *z* | −*z* | softmax(*z*, base=1/e) | softmax(*z*) |")
print("|:--|--:|--:|--:|--:|")
rows = zip(LABELS, LOGITS, flipped, softmax(LOGITS), strict=True)
for label, z, q, p in rows:
    print(f"| {label} | {z:g} | {-z:g} | {q:.3f} | {p:.3f} |")
