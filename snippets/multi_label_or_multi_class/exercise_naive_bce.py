# Binary cross-entropy of a confident wrong logit: from the probability, then the logit.
import numpy as np

from snippets.activations import sigmoid

z, y = 40.0, 0.0
p = sigmoid(z)  # 1 - 4e-18 does not exist in float64: it rounds to exactly 1
with np.errstate(divide="ignore"):  # log(1 - p) is log(0)
    from_p = -(y * np.log(p) + (1 - y) * np.log(1 - p))
from_z = max(z, 0.0) - z * y + np.log1p(np.exp(-abs(z)))
print(f"In float64, sigmoid({z:g}) is exactly {float(p)!r}.\n")
print(f"Loss from the probability: {from_p:g}. Loss from the logit: {from_z:.3f}.")

# The logit form needs a finite logit: at z = inf, z * y is inf * 0, which is nan.
at_infinity = max(np.inf, 0.0) - np.inf * y + np.log1p(np.exp(-np.inf))
print(f"\nFrom the logit *z* = inf, the same formula gives {at_infinity:g}.")
