# The gradient (p - y) h^T, checked entry by entry against central differences of the loss.
import numpy as np

from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.softmax_regression.iris import FEATURES, INPUTS, ONE_HOT, SPECIES
from snippets.softmax_regression.model import gradients, loss

rng = np.random.default_rng(0)
W = rng.normal(size=(len(SPECIES), len(FEATURES)))  # any point will do: not the minimum
b = rng.normal(size=len(SPECIES))
dW, db = gradients(W, b, INPUTS, ONE_HOT)


def central_difference(f, x, h):
    """Nudge one entry of x at a time by +h and -h: the slope between them estimates df/dx."""
    slope = np.zeros_like(x)
    for index in np.ndindex(x.shape):
        step = np.zeros_like(x)
        step[index] = h
        slope[index] = (f(x + step) - f(x - step)) / (2 * h)
    return slope


h = 1e-4
numeric_dW = central_difference(lambda V: loss(V, b, INPUTS, ONE_HOT), W, h)
numeric_db = central_difference(lambda c: loss(W, c, INPUTS, ONE_HOT), b, h)
difference = max(np.abs(dW - numeric_dW).max(), np.abs(db - numeric_db).max())
largest = max(np.abs(dW).max(), np.abs(db).max())
table = np.column_stack([dW, db])  # markdown-exec: hide
rows = [(s, *(f"{g:.4f}" for g in table[k])) for k, s in enumerate(SPECIES)]  # markdown-exec: hide
heads = ["class", *(f"∂*L*/∂*W*, {name}" for name in FEATURES), "∂*L*/∂*b*"]  # markdown-exec: hide
print(markdown_table(heads, rows, "lrrrrr"))  # markdown-exec: hide

print(
    f"\nOver all {dW.size + db.size} parameters, with *h* = {h:g}, the formula and the "
    f"central differences differ by at most {difference:.1e}, for entries as large as "
    f"{largest:.3f}."
)
