"""Pearson's chi-squared test of observed counts against expected ones, without SciPy.

The p-value is the chance that counts drawn from the expected distribution would stray at least
as far: the survival function of the chi-squared distribution with ``dof`` degrees of freedom.
"""

import math
import numbers

import numpy as np

MIN_EXPECTED = 5  # Cochran's rule of thumb: the chi-squared law is a poor fit below it


def pool_rare(observed, expected, minimum=MIN_EXPECTED):
    """Merge the cells with the smallest expected counts until every cell expects ``minimum``.

    Returns the pooled ``(observed, expected)``, NumPy arrays. The rarest cells are merged with
    each other first; a remainder too small for a cell of its own joins the last cell formed.
    Raises ValueError if all the cells together expect fewer than ``minimum``.
    """
    if expected.sum() < minimum:
        raise ValueError(f"the cells expect {expected.sum():g} in all, fewer than {minimum}")
    pooled_o, pooled_e = [], []
    o = e = 0.0
    for i in np.argsort(expected, kind="stable"):
        o, e = o + observed[i], e + expected[i]
        if e >= minimum:
            pooled_o.append(o)
            pooled_e.append(e)
            o = e = 0.0
    if e > 0:  # a remainder too small for a cell of its own
        pooled_o[-1] += o
        pooled_e[-1] += e
    return np.array(pooled_o), np.array(pooled_e)


def chi_squared_sf(x, dof):
    """P(X >= x) for X chi-squared with ``dof`` (a positive integer) degrees of freedom.

    It is the regularised upper incomplete gamma function Q(dof/2, x/2), which has a closed
    form when ``dof`` is whole. With h = x/2:

    * even ``dof`` = 2m: ``e^-h * sum over i = 0 .. m-1 of h^i / i!``;
    * odd ``dof`` = 2m+1: ``erfc(sqrt h) + e^-h * sum over i = 1 .. m of h^(i-1/2) / Gamma(i+1/2)``.

    Each term is the one before times h over the next divisor (i, or i - 1/2). Accurate for the
    moderate ``x`` of a goodness-of-fit test; ``x = 0`` gives 1.
    """
    if isinstance(dof, bool) or not isinstance(dof, numbers.Integral) or dof < 1:
        raise ValueError(f"dof must be a positive integer, got {dof!r}")
    h = x / 2
    if dof % 2 == 0:
        start, term, divisor, terms = 0.0, 1.0, 0.0, dof // 2
    else:
        start, divisor, terms = math.erfc(math.sqrt(h)), 0.5, (dof - 1) // 2
        term = math.sqrt(h) / math.gamma(1.5)
    total = 0.0
    for _ in range(terms):
        total += term
        divisor += 1
        term *= h / divisor
    return start + math.exp(-h) * total


def pearson(observed, expected):
    """``(statistic, dof, p_value)`` of Pearson's test, after pooling the rare cells."""
    o, e = pool_rare(np.asarray(observed, float), np.asarray(expected, float))
    statistic = float(((o - e) ** 2 / e).sum())
    dof = len(o) - 1  # the counts add up to the number of draws: one constraint
    return statistic, dof, chi_squared_sf(statistic, dof)
