# Two logits tie for the top: scaling up splits the mass between the two.
import numpy as np

from snippets.activations import softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide

z = np.array([3.0, 3.0, -1.0])
scales = (1, 10, 100)
probs = [softmax(s * z) for s in scales]
rows = []  # markdown-exec: hide
for s, p in zip(scales, probs, strict=True):  # markdown-exec: hide
    rows.append((s, ", ".join(f"{x:.3f}" for x in p)))  # markdown-exec: hide
print(markdown_table(["scale *s*", "softmax(*s* *z*)"], rows, "rl"))  # markdown-exec: hide
