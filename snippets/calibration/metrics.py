"""How well probabilities match outcomes: negative log-likelihood and expected calibration error."""

import numpy as np

from snippets.activations import log_softmax

BINS = 10


def nll(logits, labels, temperature=1.0):
    """Mean negative log-likelihood, ``-mean ln softmax(z / T)[y]``, from ``log_softmax``."""
    log_p = log_softmax(logits, temperature=temperature)
    return float(-log_p[np.arange(len(labels)), labels].mean())


def reliability_bins(probs, labels, bins=BINS):
    """One row per non-empty confidence bin: ``(low, high, count, confidence, accuracy)``.

    The confidence of an answer is its largest probability; the answer is its argmax. Bins are
    ``bins`` equal widths over [0, 1], each including its upper edge: ``(low, high]``.
    """
    confidence = probs.max(axis=1)
    correct = probs.argmax(axis=1) == labels
    edges = np.linspace(0, 1, bins + 1)
    which = np.clip(np.searchsorted(edges, confidence, side="left") - 1, 0, bins - 1)
    rows = []
    for b in range(bins):
        inside = which == b
        if inside.any():
            rows.append(
                (
                    edges[b],
                    edges[b + 1],
                    int(inside.sum()),
                    confidence[inside].mean(),
                    correct[inside].mean(),
                )
            )
    return rows


def expected_calibration_error(probs, labels, bins=BINS):
    """ECE = sum over bins of (n_b / n) |accuracy_b - confidence_b|: the gap, weighted by size."""
    n = len(labels)
    rows = reliability_bins(probs, labels, bins)
    return float(sum(count / n * abs(acc - conf) for _, _, count, conf, acc in rows))
