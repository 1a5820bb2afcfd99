# Scale the logits up: softmax tends to the one-hot argmax, never reaching it.
import numpy as np

from snippets.activations import softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LABELS, LOGITS

scales = [1, 2, 5, 10, 100]
rows = []  # markdown-exec: hide
for s in scales:
    p = softmax(s * LOGITS)
    rest = p[1:].sum()  # summed from the small terms: 1 - p[0] would round to 0
    rows.append((s, *(f"{x:.3f}" for x in p), f"{rest:.1e}"))  # markdown-exec: hide

one_hot = np.eye(len(LABELS))[np.argmax(LOGITS)]
rows.append(("argmax (one-hot)", *(f"{x:g}" for x in one_hot), 0))  # markdown-exec: hide
heads = ["scale *s*", *(f"*p*<sub>{label}</sub>" for label in LABELS)]  # markdown-exec: hide
heads += [f"left for {LABELS[1]} and {LABELS[2]}"]  # markdown-exec: hide
print(markdown_table(heads, rows, "r" * len(heads)))  # markdown-exec: hide
