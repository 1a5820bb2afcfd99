# The components of p - y add up to 1 - 1 = 0, so no step changes the sum of the logits.
import numpy as np

from snippets.running_example import LOGITS
from snippets.training.descent import STEPS, descend

targets = {"one-hot": [1.0, 0.0, 0.0], "smoothed": [0.9, 0.05, 0.05]}
sums = {name: descend(LOGITS, y).sum(axis=1) for name, y in targets.items()}

print("| step | sum, one-hot | sum, smoothed |")
print("|--:|--:|--:|")
for step in (0, 1, 10, 100, STEPS):
    print(f"| {step} | {sums['one-hot'][step]:.3f} | {sums['smoothed'][step]:.3f} |")

start = LOGITS.sum()
drift = max(np.abs(s - start).max() for s in sums.values())
tolerance = 1e-12  # far above the rounding error of numbers near 4, far below 0.001
stays = drift < tolerance
print(f"\nBoth sums stay within {tolerance:g} of {start:g} at every step: {stays}.")
