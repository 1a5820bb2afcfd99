# The components of p - y add up to 1 - 1 = 0, so no step changes the sum of the logits.
import numpy as np

from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LOGITS
from snippets.training.descent import STEPS, descend

targets = {"one-hot": [1.0, 0.0, 0.0], "smoothed": [0.9, 0.05, 0.05]}
sums = {name: descend(LOGITS, y).sum(axis=1) for name, y in targets.items()}
steps = (0, 1, 10, 100, STEPS)  # markdown-exec: hide
rows = [(s, *(f"{sums[name][s]:.3f}" for name in targets)) for s in steps]  # markdown-exec: hide
heads = ["step", *(f"sum, {name}" for name in targets)]  # markdown-exec: hide
print(markdown_table(heads, rows, "rrr"))  # markdown-exec: hide

start = LOGITS.sum()
drift = max(np.abs(s - start).max() for s in sums.values())
tolerance = 1e-12  # far above the rounding error of numbers near 4, far below 0.001
stays = drift < tolerance
print(f"\nBoth sums stay within {tolerance:g} of {start:g} at every step: {stays}.")
