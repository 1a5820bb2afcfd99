"""Temperature scaling: one number T, fitted on held-out data, divides every logit."""

import numpy as np

from snippets.calibration.metrics import nll

GOLDEN = (np.sqrt(5) - 1) / 2  # each step keeps this fraction of the bracket


def fit_temperature(logits, labels, low=0.05, high=20.0, tolerance=1e-9):
    """The T in [low, high] that minimises ``nll(logits, labels, T)``: golden-section on ln T.

    The NLL is convex in 1/T (a log-sum-exp minus a linear term), so it falls, then rises:
    one minimum, which the bracket closes in on. If it lies outside the bracket, the search
    returns the nearer end.
    """

    def loss(log_t):
        return nll(logits, labels, temperature=np.exp(log_t))

    a, b = np.log(low), np.log(high)
    c, d = b - GOLDEN * (b - a), a + GOLDEN * (b - a)
    loss_c, loss_d = loss(c), loss(d)
    while b - a > tolerance:
        if loss_c < loss_d:  # the minimum is left of d
            b, d, loss_d = d, c, loss_c
            c = b - GOLDEN * (b - a)
            loss_c = loss(c)
        else:  # the minimum is right of c
            a, c, loss_c = c, d, loss_d
            d = a + GOLDEN * (b - a)
            loss_d = loss(d)
    return float(np.exp((a + b) / 2))
