# Add one number to every logit: no difference changes, so no probability.
import numpy as np

from snippets.activations import softmax
from snippets.running_example import LABELS, LOGITS

shift = 10
before = softmax(LOGITS)
after = softmax(LOGITS + shift)

print(f"| class | *z* | *z* + {shift} | softmax(*z*) | softmax(*z* + {shift}) |")
print("|:--|--:|--:|--:|--:|")
for label, z, p, q in zip(LABELS, LOGITS, before, after, strict=True):
    print(f"| {label} | {z:g} | {z + shift:g} | {p:.3f} | {q:.3f} |")

dog_vs_cat = np.log(after[0] / after[1])
print(f"\nThe log-odds of {LABELS[0]} against {LABELS[1]} are still {dog_vs_cat:.3f}.")
