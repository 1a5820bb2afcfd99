# Softmax keeps the ranking: sorting by logit and sorting by probability agree.
import numpy as np

from snippets.activations import softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LABELS, LOGITS

probs = softmax(LOGITS)
by_logit = np.argsort(-LOGITS)  # class indices, largest logit first
by_probability = np.argsort(-probs)
rows = []  # markdown-exec: hide
ranked = zip(by_logit, by_probability, strict=True)  # markdown-exec: hide
for rank, (i, j) in enumerate(ranked, start=1):  # markdown-exec: hide
    by_z = f"{LABELS[i]} ({LOGITS[i]:g})"  # markdown-exec: hide
    rows.append((rank, by_z, f"{LABELS[j]} ({probs[j]:.3f})"))  # markdown-exec: hide
print(markdown_table(["rank", "by logit", "by probability"], rows, "rll"))  # markdown-exec: hide

print(f"\nSame order: {np.array_equal(by_logit, by_probability)}.")
