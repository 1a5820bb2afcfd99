# Adding the same vector to every row of W changes no probability; the penalty picks one W.
import numpy as np
from sklearn.linear_model import LogisticRegression

from snippets.activations import softmax
from snippets.softmax_regression.iris import CLASS, INPUTS
from snippets.softmax_regression.iris_fit import iris_history
from snippets.softmax_regression.model import C, logits

W, b = iris_history()[-1]  # descend(INPUTS, ONE_HOT), as on the page above
shift_W = np.array([1.0, -2.0, 0.5, 3.0])  # any vector, added to the weights of every class
shift_b = 5.0  # any number, added to every intercept
before = softmax(logits(W, b, INPUTS))
after = softmax(logits(W + shift_W, b + shift_b, INPUTS))
reference = LogisticRegression(C=C, solver="newton-cholesky", tol=1e-12).fit(INPUTS, CLASS)

tolerance = 1e-12
moved = np.abs(after - before).max()
ours, theirs = np.abs(W.sum(axis=0)).max(), np.abs(reference.coef_.sum(axis=0)).max()
print(f"The probabilities move by less than {tolerance:g}: {moved < tolerance}.")
print(f"\nThe rows of our *W* add up to **0**, within {tolerance:g}: {ours < tolerance}.")
print(f"\nSo do the rows of sklearn's `coef_`: {theirs < tolerance}.")
