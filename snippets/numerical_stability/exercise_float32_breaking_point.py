# The naive float32 softmax of s * (4, 2, -2) breaks once 4s passes ln(largest float32).
import numpy as np

from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LOGITS

limit = np.log(np.float64(np.finfo(np.float32).max))
breaking_scale = limit / LOGITS.max()  # only the largest logit matters for overflow

prediction = f"{limit:.2f} / {LOGITS.max():g} = {breaking_scale:.2f}"
print(f"Predicted breaking point: *s* = {prediction}.")
print()  # markdown-exec: hide

rows = []  # markdown-exec: hide
for scale in (22.1, 22.2):
    z = (LOGITS * scale).astype(np.float32)
    with np.errstate(over="ignore", invalid="ignore"):
        e = np.exp(z)
        naive = e / e.sum()
    rows.append((f"{scale:g}", ", ".join(f"{p:.3f}" for p in naive)))  # markdown-exec: hide
print(markdown_table(["*s*", "naive float32 softmax"], rows, "rl"))  # markdown-exec: hide
