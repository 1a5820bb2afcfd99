"""Ways to pick the next token from its logits, each a few lines of NumPy."""

import numpy as np

from snippets.activations import softmax


# --8<-- [start:sample]
def sample(probs, size, rng):
    """``size`` token indices drawn from ``probs``: a uniform number falls into one interval.

    The intervals [0, p_0), [p_0, p_0 + p_1), ... tile [0, 1); token i is drawn when the
    uniform number lands in its interval, which happens with probability p_i.
    """
    edges = np.cumsum(probs)
    edges /= edges[-1]  # the last edge is 1 exactly, whatever the rounding of the sum
    return np.searchsorted(edges, rng.random(size), side="right")


# --8<-- [end:sample]


# --8<-- [start:greedy]
def greedy(logits):
    """The most likely token: the argmax, which the softmax keeps at every temperature."""
    return int(np.argmax(logits))


# --8<-- [end:greedy]


# --8<-- [start:top_k]
def top_k(logits, k):
    """The logits with all but the ``k`` largest set to -inf, whose probability is 0."""
    keep = np.argsort(logits, kind="stable")[::-1][:k]
    kept = np.full_like(logits, -np.inf, dtype=float)
    kept[keep] = logits[keep]
    return kept


# --8<-- [end:top_k]


# --8<-- [start:top_p]
def top_p(logits, p):
    """The logits with all but the nucleus set to -inf.

    The nucleus is the smallest set of most likely tokens whose probabilities add up to at
    least ``p``: tokens are taken in order of probability until the sum reaches ``p``.
    """
    probs = softmax(logits)
    order = np.argsort(logits, kind="stable")[::-1]
    before = np.cumsum(probs[order]) - probs[order]  # the mass of the tokens ahead of each
    keep = order[before < p]
    kept = np.full_like(logits, -np.inf, dtype=float)
    kept[keep] = logits[keep]
    return kept


# --8<-- [end:top_p]


# --8<-- [start:gumbel_max]
def gumbel_max(logits, size, rng):
    """``size`` token indices: the argmax of the logits plus Gumbel noise, ``-ln(-ln U)``."""
    noise = -np.log(-np.log(rng.random((size, len(logits)))))
    return np.argmax(logits + noise, axis=1)


# --8<-- [end:gumbel_max]
