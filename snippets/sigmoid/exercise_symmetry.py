# Flip the sign of a logit and yes and no swap: sigma(-z) = 1 - sigma(z).
import numpy as np

from snippets.activations import sigmoid
from snippets.running_example import LOGITS

cat, rabbit = sigmoid(LOGITS[1]), sigmoid(LOGITS[2])
print(
    f"&sigma;({LOGITS[1]:g}) + &sigma;({LOGITS[2]:g}) = {cat:.3f} + {rabbit:.3f} = "
    f"{cat + rabbit:.3f}."
)

z = np.linspace(-8, 8, 161)
gap = np.abs(sigmoid(-z) - (1 - sigmoid(z))).max()
spacing = np.spacing(0.5)  # the gap between neighbouring float64 numbers below 1
steps = int(np.ceil(gap / spacing))
print(
    f"\nOver {z.size} logits from {z[0]:g} to {z[-1]:g}, &sigma;(−*z*) and "
    f"1 − &sigma;(*z*) differ by at most {steps} float64 steps of {spacing:.1e}."
)
