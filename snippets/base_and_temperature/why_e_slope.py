# The slope of b^z is ln(b) times b^z: only base e is its own slope.
import numpy as np

bases = {"2": 2.0, "e": np.e, "10": 10.0}
z, h = 1.0, 1e-6  # measure the slope at z = 1 with a central difference

power = "*b*<sup>*z*</sup>"
heads = [f"slope of {power}", f"value of {power}", "slope / value", "ln *b*"]
print("| base *b* | " + " | ".join(heads) + " |")
print("|:--|--:|--:|--:|--:|")
for name, b in bases.items():
    slope = (b ** (z + h) - b ** (z - h)) / (2 * h)
    value = b**z
    ratio = slope / value
    cells = [f"{x:.3f}" for x in (slope, value, ratio, np.log(b))]
    print(f"| {name} | " + " | ".join(cells) + " |")
