# The double-softmax loss band for n classes: floor ln(1 + (n - 1)/e), always 1 wide.
import numpy as np

from snippets.activations import log_softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide

rows = []  # markdown-exec: hide
for n in (2, 3, 10, 1000):
    floor = -log_softmax(np.eye(n)[0])[0]  # all the probability on the true class
    ceiling = -log_softmax(np.eye(n)[1])[0]  # all of it on a wrong one
    width = ceiling - floor
    rows.append((n, f"{floor:.3f}", f"{ceiling:.3f}", f"{width:.3f}"))  # markdown-exec: hide
heads = ["classes *n*", "lowest loss", "highest loss", "width"]  # markdown-exec: hide
print(markdown_table(heads, rows, "rrrr"))  # markdown-exec: hide
