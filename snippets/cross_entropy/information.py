"""Entropy, cross-entropy and KL divergence of a target ``y`` and the softmax of logits ``z``.

Everything is in nats (natural logarithms), along the last axis. A term with ``y_i = 0`` counts
0, the limit of ``t ln t`` as ``t`` goes to 0, so a one-hot target is fine.
"""

import numpy as np

from snippets.activations import log_softmax


def entropy(target):
    """``H(y) = -sum_i y_i ln y_i``: 0 for a one-hot target, ``ln n`` for a uniform one."""
    y = np.asarray(target, dtype=float)
    # As sum_i y_i ln(1 / y_i), so a one-hot target gives 0.0, not -0.0; ln 1 = 0 where y_i = 0.
    return np.sum(y * np.log(1 / np.where(y > 0, y, 1.0)), axis=-1)


def cross_entropy(target, logits):
    """``H(y, p) = -sum_i y_i ln p_i`` with ``p = softmax(z)``, ``ln p`` from ``log_softmax``."""
    y = np.asarray(target, dtype=float)
    log_p = np.where(y > 0, log_softmax(logits), 0.0)  # so 0 * ln 0 never meets -inf
    return -np.sum(y * log_p, axis=-1)


def kl_divergence(target, logits):
    """``KL(y || p) = sum_i y_i ln(y_i / p_i)``, computed term by term (not as a difference)."""
    y = np.asarray(target, dtype=float)
    log_ratio = np.where(y > 0, np.log(np.where(y > 0, y, 1.0)) - log_softmax(logits), 0.0)
    return np.sum(y * log_ratio, axis=-1)
