"""The slope of each loss with respect to the logits, for cross-entropy and for squared error.

Softmax, with the target ``y`` a distribution over the classes (last axis):

* cross-entropy ``-sum_i y_i ln p_i`` has the gradient ``p - y``;
* squared error ``(1/2) sum_i (p_i - y_i)^2`` has ``J (p - y)``, where ``J = diag(p) - p p^T``
  is the softmax's Jacobian, so ``J d = p * d - p (p . d)``.

Sigmoid, one logit ``z`` and a 0/1 target: ``sigma - y`` and ``(sigma - y) sigma (1 - sigma)``.
"""

import numpy as np

from snippets.activations import sigmoid, softmax


def cross_entropy_gradient(logits, target):
    """``p - y`` with ``p = softmax(z)``: the error itself, never smaller than ``1 - p_true``."""
    return softmax(logits) - np.asarray(target, dtype=float)


def squared_error_gradient(logits, target):
    """``J (p - y)``: the error times the softmax's slope, which vanishes as it saturates."""
    p = softmax(logits)
    error = p - np.asarray(target, dtype=float)
    return p * error - p * np.sum(p * error, axis=-1, keepdims=True)


def sigmoid_cross_entropy_gradient(logit, target):
    """``sigma(z) - y``: the slope of ``-y ln sigma(z) - (1 - y) ln(1 - sigma(z))``."""
    return sigmoid(logit) - target


def sigmoid_squared_error_gradient(logit, target):
    """``(sigma(z) - y) sigma(z) (1 - sigma(z))``: the slope of ``(sigma(z) - y)^2 / 2``."""
    s = sigmoid(logit)
    return (s - target) * s * (1 - s)
