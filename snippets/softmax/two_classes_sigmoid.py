# Two classes: softmax([a, b])[0] = sigmoid(a - b), the sigmoid of the gap.
import numpy as np

from snippets.activations import sigmoid, softmax
from snippets.running_example import LABELS, LOGITS

pairs = [(0, 1), (1, 2), (0, 2)]  # dog vs cat, cat vs rabbit, dog vs rabbit
two_way = np.array([softmax([LOGITS[i], LOGITS[j]])[0] for i, j in pairs])
of_gap = np.array([sigmoid(LOGITS[i] - LOGITS[j]) for i, j in pairs])

print("| pair | *a* | *b* | softmax([*a*, *b*])[0] | sigmoid(*a* − *b*) |")
print("|:--|--:|--:|--:|--:|")
for (i, j), s, g in zip(pairs, two_way, of_gap, strict=True):
    a, b = LOGITS[i], LOGITS[j]
    print(f"| {LABELS[i]} vs {LABELS[j]} | {a:g} | {b:g} | {s:.3f} | {g:.3f} |")
print(f"\nThe two columns agree: {np.allclose(two_way, of_gap, rtol=1e-12)}.")
