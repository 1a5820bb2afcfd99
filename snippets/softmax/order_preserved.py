# Softmax keeps the ranking: sorting by logit and sorting by probability agree.
import numpy as np

from snippets.activations import softmax
from snippets.running_example import LABELS, LOGITS

probs = softmax(LOGITS)
by_logit = np.argsort(-LOGITS)  # class indices, largest logit first
by_probability = np.argsort(-probs)

print("| rank | by logit | by probability |")
print("|--:|:--|:--|")
ranked = zip(by_logit, by_probability, strict=True)
for rank, (i, j) in enumerate(ranked, start=1):
    by_z = f"{LABELS[i]} ({LOGITS[i]:g})"
    by_p = f"{LABELS[j]} ({probs[j]:.3f})"
    print(f"| {rank} | {by_z} | {by_p} |")
print(f"\nSame order: {np.array_equal(by_logit, by_probability)}.")
