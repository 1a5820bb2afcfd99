# With two classes, the Jacobian is the sigmoid's slope at the gap, times [[1, -1], [-1, 1]].
import numpy as np

from snippets.activations import sigmoid, softmax
from snippets.running_example import LOGITS

z = LOGITS[:2]  # dog 4 and cat 2 only
p = softmax(z)
J = np.diag(p) - np.outer(p, p)
gap = z[0] - z[1]
slope = sigmoid(gap) * (1 - sigmoid(gap))  # the sigmoid's derivative at the gap
expected = slope * np.array([[1.0, -1.0], [-1.0, 1.0]])
tolerance = 1e-15
matches = np.abs(J - expected).max() < tolerance
eigenvalues = np.linalg.eigvalsh(J)
print(
    f"The sigmoid's slope at the gap {gap:g} is {slope:.4f}, and *J* is {slope:.4f} times", end=""
)
print(f" [[1, −1], [−1, 1]] within {tolerance:g}: {matches}.")
print(
    f"\nIts eigenvalues are {eigenvalues[1]:.4f}, twice that slope, and 0 (within {tolerance:g}:",
    end="",
)
print(f" {abs(eigenvalues[0]) < tolerance}).")
