# Plain gradient descent on all four measurements: the loss falls, then settles.
import numpy as np

from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.softmax_regression.iris import CLASS, INPUTS, ONE_HOT
from snippets.softmax_regression.iris_fit import iris_history
from snippets.softmax_regression.model import LEARNING_RATE, STEPS, C, logits, loss

history = iris_history()  # descend(INPUTS, ONE_HOT): (W, b) after each step
losses = np.array([loss(W, b, INPUTS, ONE_HOT) for W, b in history])
rows = []  # markdown-exec: hide
for step in (0, 1, 10, 100, 1000, STEPS):
    W, b = history[step]
    accuracy = np.mean(logits(W, b, INPUTS).argmax(axis=1) == CLASS)
    rows.append((step, f"{losses[step]:.4f}", f"{accuracy:.1%}"))  # markdown-exec: hide
print(markdown_table(["step", "loss", "training accuracy"], rows, "rrr"))  # markdown-exec: hide

# The loss curves at most L = lambda_max(H^T H / n) / 2 + 1 / (C n), where H has a column of
# ones for b. A step below 2 / L cannot make the loss go up, beyond rounding.
n = len(INPUTS)
with_ones = np.hstack([INPUTS, np.ones((n, 1))])
curvature = np.linalg.eigvalsh(with_ones.T @ with_ones / n).max() / 2 + 1 / (C * n)
never_rises = bool(np.all(np.diff(losses) < 1e-15))
print(
    f"\nThe learning rate {LEARNING_RATE:g} is below 2 / *L* = {2 / curvature:.3f}, and in "
    f"{STEPS} steps the loss never rises by more than a rounding error: {never_rises}."
)
