# Whatever the logits, softmax gives numbers in (0, 1) that add up to 1.
import numpy as np

from snippets.activations import softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LOGITS

examples = {
    "the running example": LOGITS,
    "the running example, negated": -LOGITS,
    "three equal logits": np.zeros(3),
    "five seeded random logits": np.random.default_rng(0).normal(0, 2, size=5),
}

rows = []  # markdown-exec: hide
for name, z in examples.items():
    p = softmax(z)
    low, high, total = p.min(), p.max(), p.sum()
    shown = ", ".join(f"{x:.3f}" for x in p)  # markdown-exec: hide
    rows.append((name, shown, *(f"{x:.3f}" for x in (low, high, total))))  # markdown-exec: hide
heads = ["logits *z*", "softmax *p*", "smallest *p*", "largest *p*", "sum"]  # markdown-exec: hide
print(markdown_table(heads, rows, "llrrr"))  # markdown-exec: hide
