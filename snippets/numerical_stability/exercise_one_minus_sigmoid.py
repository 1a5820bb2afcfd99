# sigmoid(40) is closer to 1 than the float64 just below 1, so it rounds to exactly 1.
import numpy as np

from snippets.activations import sigmoid

z = 40.0
naive = 1 - sigmoid(z)
stable = sigmoid(-z)
half_gap = (1 - np.nextafter(1.0, 0.0)) / 2  # 1 - sigmoid(z) below this rounds away

print("| expression | value |")
print("|:--|--:|")
print(f"| `1 - sigmoid({z:g})` | {naive:.4g} |")
print(f"| `sigmoid({-z:g})` | {stable:.4g} |")
print(f"| half the spacing of floats below 1 | {half_gap:.4g} |")
