# Whatever the logits, softmax gives numbers in (0, 1) that add up to 1.
import numpy as np

from snippets.activations import softmax
from snippets.running_example import LOGITS

examples = {
    "the running example": LOGITS,
    "the running example, negated": -LOGITS,
    "three equal logits": np.zeros(3),
    "five seeded random logits": np.random.default_rng(0).normal(0, 2, size=5),
}

print("| logits *z* | softmax *p* | smallest *p* | largest *p* | sum |")
print("|:--|:--|--:|--:|--:|")
for name, z in examples.items():
    p = softmax(z)
    shown = ", ".join(f"{x:.3f}" for x in p)
    low, high, total = p.min(), p.max(), p.sum()
    print(f"| {name} | {shown} | {low:.3f} | {high:.3f} | {total:.3f} |")
