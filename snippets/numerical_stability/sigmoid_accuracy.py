# Near 1, floats are too sparse to hold 1 - sigmoid(30) well; sigmoid(-30) is accurate.
import numpy as np

from snippets.activations import sigmoid

z = 30.0
naive = 1 - sigmoid(z)  # sigmoid(30) is rounded to a float just below 1 first
stable = sigmoid(-z)  # 1 - sigma(z) = sigma(-z), computed where floats are dense
relative_error = abs(naive - stable) / stable
gap = 1 - np.nextafter(1.0, 0.0)  # the spacing of float64 numbers just below 1

print(
    f"`1 - sigmoid({z:g})` = {naive:.4e}, but `sigmoid({-z:g})` = {stable:.4e}: "
    f"a relative error of "
    f"{relative_error:.0e}. Just below 1, float64 numbers are {gap:.2e} apart, so the "
    f"naive answer can only be a whole number of those steps: {naive / gap:g} of them."
)
