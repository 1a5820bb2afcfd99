# More smoothing asks for a less confident dog: the gap it settles at is smaller.
import numpy as np

from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LOGITS
from snippets.training.descent import STEPS, descend

rows = []  # markdown-exec: hide
for epsilon in (0.1, 0.2):
    target = np.array([1 - epsilon, epsilon / 2, epsilon / 2])
    limit = np.log(target[0] / target[1])
    logits = descend(LOGITS, target)[-1]
    gap = logits[0] - logits[1]
    shown = ", ".join(f"{y:g}" for y in target)  # markdown-exec: hide
    rows.append((f"{epsilon:g}", f"({shown})", f"{limit:.3f}", f"{gap:.3f}"))  # markdown-exec: hide
heads = ["ε", "target", "ln((1 − ε) / (ε / 2))", "gap after descent"]  # markdown-exec: hide
print(markdown_table(heads, rows, "rlrr"))  # markdown-exec: hide

print(f"\nBoth runs take {STEPS} steps.")
