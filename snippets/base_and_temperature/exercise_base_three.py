# Base 3, exactly: 3^4 = 81, 3^2 = 9 and 3^-2 = 1/9, over their sum.
from fractions import Fraction

import numpy as np

from snippets.activations import softmax
from snippets.running_example import LABELS, LOGITS

powers = [Fraction(3) ** int(z) for z in LOGITS]
exact = [power / sum(powers) for power in powers]
computed = softmax(LOGITS, base=3)

print("| class | 3<sup>*z*</sup> | exact *p* | softmax(*z*, base=3) |")
print("|:--|--:|--:|--:|")
for label, power, p, q in zip(LABELS, powers, exact, computed, strict=True):
    print(f"| {label} | {power} | {p} | {q:.3f} |")
match = np.allclose(computed, [float(p) for p in exact], rtol=1e-12)
print(f"\nThe floats match the fractions: {match}.")
