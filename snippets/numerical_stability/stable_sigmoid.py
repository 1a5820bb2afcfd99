# Each textbook form of the sigmoid overflows on one side; the stable one never does.
from snippets.markdown_table import markdown_table  # noqa: I001  # markdown-exec: hide
import numpy as np


def stable_sigmoid(z):
    """1 / (1 + e^-z) for z >= 0, e^z / (1 + e^z) for z < 0: both use e^-|z| <= 1."""
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


rows = []  # markdown-exec: hide
for dtype, value in ((np.float64, -1000), (np.float32, -100), (np.float64, 1000)):
    z = dtype(value)
    with np.errstate(over="ignore", invalid="ignore"):  # the overflows being shown
        exp_minus_z = np.exp(-z)
        first_form = 1 / (1 + exp_minus_z)
        second_form = np.exp(z) / (1 + np.exp(z))  # inf / inf = nan for large z
    stable = stable_sigmoid(z)
    cells = [exp_minus_z, first_form, second_form, stable]  # markdown-exec: hide
    rows.append((dtype.__name__, value, *(f"{v:.2g}" for v in cells)))  # markdown-exec: hide
heads = ["type", "*z*", "e<sup>−*z*</sup>", "1 / (1 + e<sup>−*z*</sup>)"]  # markdown-exec: hide
heads += ["e<sup>*z*</sup> / (1 + e<sup>*z*</sup>)", "stable"]  # markdown-exec: hide
print(markdown_table(heads, rows, "lrrrrr"))  # markdown-exec: hide
