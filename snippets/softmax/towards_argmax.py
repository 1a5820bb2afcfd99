# Scale the logits up: softmax tends to the one-hot argmax, never reaching it.
import numpy as np

from snippets.activations import softmax
from snippets.running_example import LABELS, LOGITS

scales = [1, 2, 5, 10, 100]
heads = [f"*p*<sub>{label}</sub>" for label in LABELS]
rest_head = f"left for {LABELS[1]} and {LABELS[2]}"
print(f"| scale *s* | {' | '.join(heads)} | {rest_head} |")
print("|--:|" + "--:|" * len(LABELS) + "--:|")
for s in scales:
    p = softmax(s * LOGITS)
    rest = p[1:].sum()  # summed from the small terms: 1 - p[0] would round to 0
    print(f"| {s} | " + " | ".join(f"{x:.3f}" for x in p) + f" | {rest:.1e} |")

one_hot = np.eye(len(LABELS))[np.argmax(LOGITS)]
cells = " | ".join(f"{x:g}" for x in one_hot)
print(f"| argmax (one-hot) | {cells} | 0 |")
