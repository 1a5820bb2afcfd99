"""Gradient descent on the logits themselves, as if a network could set them freely."""

import numpy as np

from snippets.activations import softmax

LEARNING_RATE = 1.0
STEPS = 300


def descend(logits, target, *, learning_rate=LEARNING_RATE, steps=STEPS):
    """Return the logits after 0, 1, ..., ``steps`` updates ``z <- z - rate * (p - y)``.

    One row per step: ``history[0]`` is the start and ``history[-1]`` the end.
    """
    history = [np.asarray(logits, dtype=float)]
    for _ in range(steps):
        z = history[-1]
        history.append(z - learning_rate * (softmax(z) - target))
    return np.array(history)
