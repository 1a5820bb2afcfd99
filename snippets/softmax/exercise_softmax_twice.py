# Softmax of probabilities: inputs that differ by less than 1 come out flat.
import numpy as np

from snippets.activations import softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LABELS, LOGITS

once = softmax(LOGITS)
twice = softmax(once)
columns = zip(LABELS, once, twice, strict=True)  # markdown-exec: hide
rows = [(label, f"{p:.3f}", f"{q:.3f}") for label, p, q in columns]  # markdown-exec: hide
heads = ["class", "softmax(*z*)", "softmax(softmax(*z*))"]  # markdown-exec: hide
print(markdown_table(heads, rows, "lrr"))  # markdown-exec: hide

largest = twice.max() / twice.min()
print(f"\nThe largest ratio is now {largest:.3f}, below e = {np.e:.3f}: {largest < np.e}.")
