# sigmoid(40) is closer to 1 than the float64 just below 1, so it rounds to exactly 1.
import numpy as np

from snippets.activations import sigmoid
from snippets.markdown_table import markdown_table  # markdown-exec: hide

z = 40.0
naive = 1 - sigmoid(z)
stable = sigmoid(-z)
half_gap = (1 - np.nextafter(1.0, 0.0)) / 2  # 1 - sigmoid(z) below this rounds away
rows = [(f"`1 - sigmoid({z:g})`", f"{naive:.4g}")]  # markdown-exec: hide
rows += [(f"`sigmoid({-z:g})`", f"{stable:.4g}")]  # markdown-exec: hide
rows += [("half the spacing of floats below 1", f"{half_gap:.4g}")]  # markdown-exec: hide
print(markdown_table(["expression", "value"], rows, "lr"))  # markdown-exec: hide
