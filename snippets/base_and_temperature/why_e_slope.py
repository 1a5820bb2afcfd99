# The slope of b^z is ln(b) times b^z: only base e is its own slope.
from snippets.markdown_table import markdown_table  # noqa: I001  # markdown-exec: hide
import numpy as np

bases = {"2": 2.0, "e": np.e, "10": 10.0}
z, h = 1.0, 1e-6  # measure the slope at z = 1 with a central difference

rows = []  # markdown-exec: hide
for name, b in bases.items():
    slope = (b ** (z + h) - b ** (z - h)) / (2 * h)
    value = b**z
    ratio = slope / value
    ln_b = np.log(b)
    cells = [f"{x:.3f}" for x in (slope, value, ratio, ln_b)]  # markdown-exec: hide
    rows.append((name, *cells))  # markdown-exec: hide
power = "*b*<sup>*z*</sup>"  # markdown-exec: hide
heads = ["base *b*", f"slope of {power}", f"value of {power}"]  # markdown-exec: hide
heads += ["slope / value", "ln *b*"]  # markdown-exec: hide
print(markdown_table(heads, rows, "lrrrr"))  # markdown-exec: hide
