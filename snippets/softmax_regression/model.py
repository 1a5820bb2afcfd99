"""Softmax regression: logits z = W h + b, one row of W per class, fitted by gradient descent.

The objective is scikit-learn's for ``LogisticRegression(C=C)``, divided by the number of
examples n, which moves no minimum: the mean cross-entropy plus ``||W||^2 / (2 C n)``. The
intercepts b are not penalised; ``C = inf`` turns the penalty off.
"""

import numpy as np

from snippets.activations import log_softmax, softmax

C = 1.0  # scikit-learn's default: the larger C, the weaker the penalty
LEARNING_RATE = 1.0
STEPS = 3000


def logits(W, b, H):
    """One row of logits per example: ``z = W h + b`` for each row ``h`` of ``H``."""
    return H @ W.T + b


def loss(W, b, H, Y, C=C):
    """The mean of ``-sum_k y_k ln p_k`` over the rows, plus ``||W||^2 / (2 C n)``."""
    n = len(H)
    return -np.sum(Y * log_softmax(logits(W, b, H))) / n + np.sum(W**2) / (2 * C * n)


def gradients(W, b, H, Y, C=C):
    """``(dL/dW, dL/db)``: the means of ``(p - y) h^T`` and of ``p - y``, and ``W / (C n)``."""
    n = len(H)
    error = softmax(logits(W, b, H)) - Y  # p - y, one row per example
    return error.T @ H / n + W / (C * n), error.mean(axis=0)


def descend(H, Y, *, C=C, learning_rate=LEARNING_RATE, steps=STEPS):
    """``[(W, b)]`` after 0, 1, ..., ``steps`` updates, from all-zero weights and intercepts."""
    W, b = np.zeros((Y.shape[1], H.shape[1])), np.zeros(Y.shape[1])
    history = [(W, b)]
    for _ in range(steps):
        dW, db = gradients(W, b, H, Y, C)
        W, b = W - learning_rate * dW, b - learning_rate * db
        history.append((W, b))
    return history
