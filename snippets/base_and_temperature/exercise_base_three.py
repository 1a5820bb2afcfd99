# Base 3, exactly: 3^4 = 81, 3^2 = 9 and 3^-2 = 1/9, over their sum.
from fractions import Fraction

import numpy as np

from snippets.activations import softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LABELS, LOGITS

powers = [Fraction(3) ** int(z) for z in LOGITS]
exact = [power / sum(powers) for power in powers]
computed = softmax(LOGITS, base=3)

heads = ["class", "3<sup>*z*</sup>", "exact *p*", "softmax(*z*, base=3)"]  # markdown-exec: hide
columns = zip(LABELS, powers, exact, computed, strict=True)  # markdown-exec: hide
rows = [(c, w, p, f"{q:.3f}") for c, w, p, q in columns]  # markdown-exec: hide
print(markdown_table(heads, rows, "lrrr"))  # markdown-exec: hide
match = np.allclose(computed, [float(p) for p in exact], rtol=1e-12)
print(f"\nThe floats match the fractions: {match}.")
