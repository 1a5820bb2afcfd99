# The logit undoes the sigmoid: z to p = sigmoid(z), and logit(p) back to z.
import numpy as np

from snippets.activations import logit, sigmoid
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LABELS, LOGITS

probs = sigmoid(LOGITS)
back = logit(probs)
columns = zip(LABELS, LOGITS, probs, back, strict=True)  # markdown-exec: hide
rows = [(c, f"{z:g}", f"{p:.6f}", f"{b:.15g}") for c, z, p, b in columns]  # markdown-exec: hide
heads = ["class", "logit *z*", "*p* = &sigma;(*z*)"]  # markdown-exec: hide
heads += ["logit(*p*), to 15 digits"]  # markdown-exec: hide
print(markdown_table(heads, rows, "lrrr"))  # markdown-exec: hide

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
