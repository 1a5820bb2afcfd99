# Our gradient descent against scikit-learn's LogisticRegression, on the same objective.
import numpy as np
from sklearn.linear_model import LogisticRegression

from snippets.activations import softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.softmax_regression.iris import CLASS, INPUTS, ONE_HOT
from snippets.softmax_regression.iris_fit import iris_history
from snippets.softmax_regression.model import STEPS, C, logits, loss

W, b = iris_history()[-1]  # descend(INPUTS, ONE_HOT), as on the page above
ours = softmax(logits(W, b, INPUTS))
objectives = {"ours: gradient descent": loss(W, b, INPUTS, ONE_HOT)}
steps = {"ours: gradient descent": STEPS}
solvers = {
    # Newton's method solves the objective to rounding in a few steps: the reference.
    "newton-cholesky": LogisticRegression(C=C, solver="newton-cholesky", tol=1e-12),
    # The default, L-BFGS, stops once its own tolerance, 1e-4 by default, is met.
    "lbfgs (the default)": LogisticRegression(C=C),
}
differences, same_class = {}, {}
for name, model in solvers.items():
    # sklearn minimises the summed loss plus ||W||^2 / (2 C): n times our objective.
    model.fit(INPUTS, CLASS)
    differences[name] = np.abs(model.predict_proba(INPUTS) - ours).max()
    same_class[name] = np.mean(model.predict(INPUTS) == ours.argmax(axis=1))
    objectives[name] = loss(model.coef_, model.intercept_, INPUTS, ONE_HOT)
    steps[name] = model.n_iter_[0]
rows = []  # markdown-exec: hide
for name, objective in objectives.items():  # markdown-exec: hide
    gap = f"{differences[name]:.1e}" if name in solvers else ""  # markdown-exec: hide
    same = f"{same_class[name]:.0%}" if name in solvers else ""  # markdown-exec: hide
    rows.append((name, steps[name], f"{objective:.10f}", gap, same))  # markdown-exec: hide
heads = ["solver", "steps", "objective", "largest \\|Δ*p*\\|", "same class"]  # markdown-exec: hide
print(markdown_table(heads, rows, "lrrrr"))  # markdown-exec: hide

tolerance = 1e-10
gap = differences["newton-cholesky"]
print(
    f"\nOver all {ours.size} probabilities ({len(ours)} flowers, {ours.shape[1]} species), ours "
    f"and Newton's differ by at most {gap:.1e}; within the tolerance {tolerance:g}: "
    f"{gap < tolerance}."
)
