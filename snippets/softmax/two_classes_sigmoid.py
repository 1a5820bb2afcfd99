# Two classes: softmax([a, b])[0] = sigmoid(a - b), the sigmoid of the gap.
import numpy as np

from snippets.activations import sigmoid, softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LABELS, LOGITS

pairs = [(0, 1), (1, 2), (0, 2)]  # dog vs cat, cat vs rabbit, dog vs rabbit
two_way = np.array([softmax([LOGITS[i], LOGITS[j]])[0] for i, j in pairs])
of_gap = np.array([sigmoid(LOGITS[i] - LOGITS[j]) for i, j in pairs])
rows = []  # markdown-exec: hide
for (i, j), s, g in zip(pairs, two_way, of_gap, strict=True):  # markdown-exec: hide
    pair, a, b = f"{LABELS[i]} vs {LABELS[j]}", LOGITS[i], LOGITS[j]  # markdown-exec: hide
    rows.append((pair, f"{a:g}", f"{b:g}", f"{s:.3f}", f"{g:.3f}"))  # markdown-exec: hide
heads = ["pair", "*a*", "*b*"]  # markdown-exec: hide
heads += ["softmax([*a*, *b*])[0]", "sigmoid(*a* − *b*)"]  # markdown-exec: hide
print(markdown_table(heads, rows, "lrrrr"))  # markdown-exec: hide

print(f"\nThe two columns agree: {np.allclose(two_way, of_gap, rtol=1e-12)}.")
