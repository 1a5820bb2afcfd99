"""Gradient descent on all four iris measurements, run once per build and shared by the blocks.

Several blocks of the page start from the same fit; each would otherwise repeat its thousands
of steps. The arrays are made read-only, so that no block can change what the next one sees.
"""

import functools

from snippets.softmax_regression.iris import INPUTS, ONE_HOT
from snippets.softmax_regression.model import STEPS, C, descend


@functools.cache
def iris_history(C=C, steps=STEPS):
    """``descend(INPUTS, ONE_HOT, C=C, steps=steps)``, as a tuple of read-only ``(W, b)``."""
    history = descend(INPUTS, ONE_HOT, C=C, steps=steps)
    for W, b in history:
        W.flags.writeable = b.flags.writeable = False
    return tuple(history)
