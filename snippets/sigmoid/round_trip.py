# The logit undoes the sigmoid: z to p = sigmoid(z), and logit(p) back to z.
import numpy as np

from snippets.activations import logit, sigmoid
from snippets.running_example import LABELS, LOGITS

probs = sigmoid(LOGITS)
back = logit(probs)

print("| class | logit *z* | *p* = &sigma;(*z*) | logit(*p*), to 15 digits |")
print("|:--|--:|--:|--:|")
for label, z, p, z_again in zip(LABELS, LOGITS, probs, back, strict=True):
    print(f"| {label} | {z:g} | {p:.6f} | {z_again:.15g} |")

# The same round trip on a grid: the gap grows where p gets very close to 1.
grid = np.linspace(-8, 8, 161)
gaps = np.abs(logit(sigmoid(grid)) - grid)
worst = int(np.argmax(gaps))
bound = 10.0 ** np.ceil(np.log10(gaps[worst]))  # the next power of ten
print(
    f"\nOver {grid.size} logits from {grid[0]:g} to {grid[-1]:g}, every gap "
    f"|logit(&sigma;(*z*)) − *z*| is below {bound:g}; the largest is at "
    f"*z* = {grid[worst]:g}."
)
