# Without the penalty, setosa's clean separation lets the weights grow without end.
import numpy as np

from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.softmax_regression.iris import INPUTS, ONE_HOT
from snippets.softmax_regression.iris_fit import iris_history
from snippets.softmax_regression.model import STEPS, C, loss

runs = {f"C = {C:g}": iris_history(), "no penalty": iris_history(C=np.inf)}
rows = []  # markdown-exec: hide
for step in (100, 1000, STEPS):
    norms = [np.linalg.norm(history[step][0]) for history in runs.values()]
    losses = [loss(*history[step], INPUTS, ONE_HOT, C=np.inf) for history in runs.values()]
    rows.append((step, *(f"{x:.3f}" for x in (*norms, *losses))))  # markdown-exec: hide
heads = ["step", *(f"‖*W*‖, {name}" for name in runs)]  # markdown-exec: hide
heads += [f"cross-entropy, {name}" for name in runs]  # markdown-exec: hide
print(markdown_table(heads, rows, "rrrrr"))  # markdown-exec: hide
