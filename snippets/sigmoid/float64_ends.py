# Exactly, 0 < sigma(z) < 1; in float64, sigma(z) rounds to 1 or to 0 once z is large enough.
import math

import numpy as np

from snippets.activations import sigmoid


def first_float_where(holds, below, above):
    """The smallest float64 z in (below, above] where holds(z), found by bisection.

    holds(below) must be False and holds(above) True, with one switch in between.
    """
    while True:
        middle = below / 2 + above / 2
        if middle in (below, above):  # no float64 is left between them
            return above
        below, above = (below, middle) if holds(middle) else (middle, above)


one_from = first_float_where(lambda z: sigmoid(z) == 1.0, 0.0, 100.0)
zero_below = -first_float_where(lambda z: sigmoid(-z) == 0.0, 0.0, 1000.0)

# Where they come from: half the gap above 1, and half the smallest positive float64.
half_gap = int(np.log2(np.finfo(np.float64).eps)) - 1  # 2^-53
half_tiniest = int(np.log2(np.finfo(np.float64).smallest_subnormal)) - 1  # 2^-1075
print(
    f"In float64, sigmoid(*z*) is exactly {float(sigmoid(one_from))} for every *z* from "
    f"{one_from:.4f} up, and exactly {float(sigmoid(zero_below))} for every *z* from "
    f"{zero_below:.3f} down. The bounds are −ln 2<sup>{half_gap}</sup> = "
    f"{-half_gap * math.log(2):.4f} and ln 2<sup>{half_tiniest}</sup> = "
    f"{half_tiniest * math.log(2):.3f}."
)
