# Adding one constant to every logit changes nothing: softmax sees the gaps.
import numpy as np

from snippets.activations import softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LABELS, LOGITS

shifted = {
    "*z*": LOGITS,
    "*z* + 100": LOGITS + 100,
    "*z* − 100": LOGITS - 100,
    "*z* − max *z*": LOGITS - LOGITS.max(),
}
probs = {name: softmax(z) for name, z in shifted.items()}
heads = ["class", *(f"softmax({name})" for name in shifted)]  # markdown-exec: hide
rows = []  # markdown-exec: hide
for i, label in enumerate(LABELS):  # markdown-exec: hide
    rows.append((label, *(f"{p[i]:.3f}" for p in probs.values())))  # markdown-exec: hide
print(markdown_table(heads, rows, "l" + "r" * len(shifted)))  # markdown-exec: hide

same = all(np.allclose(p, probs["*z*"], rtol=1e-12) for p in probs.values())
print(f"\nAll four columns are the same distribution: {same}.")
