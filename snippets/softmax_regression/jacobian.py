# The softmax's Jacobian diag(p) - p p^T at the running example, and its four properties.
import numpy as np

from snippets.activations import softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LABELS, LOGITS

p = softmax(LOGITS)
J = np.diag(p) - np.outer(p, p)  # J[i, j] = dp_i / dz_j
cells = [[f"{x:.4f}" for x in row] for row in J]  # markdown-exec: hide
rows = [(f"*i* = {c}", *cells[i]) for i, c in enumerate(LABELS)]  # markdown-exec: hide
corner = "∂*p*<sub>*i*</sub> / ∂*z*<sub>*j*</sub>"  # markdown-exec: hide
heads = [corner, *(f"*j* = {c}" for c in LABELS)]  # markdown-exec: hide
print(markdown_table(heads, rows, "lrrr"))  # markdown-exec: hide

n = len(p)
tolerance = 1e-15  # a few roundings of numbers below 1
eigenvalues = np.linalg.eigvalsh(J)  # real, since J is symmetric; in ascending order
null = np.abs(J @ np.ones(n)).max()
checks = {
    "symmetric, *J* = *J*<sup>T</sup>": np.array_equal(J, J.T),
    "positive semidefinite, every eigenvalue ≥ 0": eigenvalues.min() > -tolerance,
    "the all-ones vector is a null vector, *J* **1** = **0**": null < tolerance,
    f"rank *n* − 1 = {n - 1}": np.linalg.matrix_rank(J, tol=tolerance) == n - 1,
}
print()  # markdown-exec: hide
print(markdown_table(["property", "holds"], checks.items(), "ll"))  # markdown-exec: hide

shown = ", ".join(f"{round(x, 4) + 0.0:.4f}" for x in eigenvalues)  # -0.0000 shows as 0.0000
print(f"\nThe eigenvalues are {shown}; the checks allow {tolerance:g} for rounding.")
