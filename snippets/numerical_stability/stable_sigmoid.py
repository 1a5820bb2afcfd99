# Each textbook form of the sigmoid overflows on one side; the stable one never does.
import numpy as np


def stable_sigmoid(z):
    """1 / (1 + e^-z) for z >= 0, e^z / (1 + e^z) for z < 0: both use e^-|z| <= 1."""
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


print(
    "| type | *z* | e<sup>−*z*</sup> | 1 / (1 + e<sup>−*z*</sup>) "
    "| e<sup>*z*</sup> / (1 + e<sup>*z*</sup>) | stable |"
)
print("|:--|--:|--:|--:|--:|--:|")
for dtype, value in ((np.float64, -1000), (np.float32, -100), (np.float64, 1000)):
    z = dtype(value)
    with np.errstate(over="ignore", invalid="ignore"):  # the overflows being shown
        exp_minus_z = np.exp(-z)
        first_form = 1 / (1 + exp_minus_z)
        second_form = np.exp(z) / (1 + np.exp(z))  # inf / inf = nan for large z
    cells = [exp_minus_z, first_form, second_form, stable_sigmoid(z)]
    shown = " | ".join(f"{v:.2g}" for v in cells)
    print(f"| {dtype.__name__} | {value} | {shown} |")
