"""Tests of the reference numerics in snippets/activations.py.

In order: published worked values, properties (hypothesis), parity with scipy.special, accuracy
against 60-digit mpmath, and the contract: temperatures and bases (also at the edges of each
dtype), special values, stability, bad input, dtypes and shapes, masked arrays and Python
integers, large inputs, and independence from the caller's np.errstate.
"""

import math
import re
import warnings
from fractions import Fraction

import mpmath
import numpy as np
import pytest
import scipy.special
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from snippets.activations import log_softmax, logit, logsumexp, sigmoid, softmax
from snippets.running_example import LOGITS

EPS = np.finfo(np.float64).eps
TINY = np.finfo(np.float64).smallest_subnormal  # one ulp of a subnormal
MAX = np.finfo(np.float64).max
INF, NAN = np.inf, np.nan
LN2 = math.log(2)

ROW_FUNCTIONS = [softmax, log_softmax, logsumexp]  # act on slices along an axis
ALL_FUNCTIONS = [*ROW_FUNCTIONS, sigmoid, logit]


def fast(max_examples: int):
    """Hypothesis settings for one property: explicit size, no deadline, no example database."""
    return settings(max_examples=max_examples, deadline=None, database=None)


# --------------------------------------------------------------------------------------------
# Published worked values
# --------------------------------------------------------------------------------------------


def test_running_example_softmax_and_sigmoid():
    # Source: the site's running example (snippets/running_example.py, shown on docs/index.md and
    # docs/softmax.md): logits dog 4, cat 2, rabbit -2 -> 0.879 / 0.119 / 0.002 to 3 decimals.
    np.testing.assert_array_equal(LOGITS, [4.0, 2.0, -2.0])
    np.testing.assert_array_equal(np.round(softmax(LOGITS), 3), [0.879, 0.119, 0.002])
    # The sigmoid of each logit on its own (one-vs-rest): 0.982 / 0.881 / 0.119.
    np.testing.assert_array_equal(np.round(sigmoid(LOGITS), 3), [0.982, 0.881, 0.119])


def test_wikipedia_softmax_example():
    # Source: Wikipedia, "Softmax function", section "Example"
    # (https://en.wikipedia.org/wiki/Softmax_function): [1, 2, 3, 4, 1, 2, 3] gives
    # [0.024, 0.064, 0.175, 0.475, 0.024, 0.064, 0.175]; most weight where the 4 was.
    p = softmax([1, 2, 3, 4, 1, 2, 3])
    np.testing.assert_array_equal(np.round(p, 3), [0.024, 0.064, 0.175, 0.475, 0.024, 0.064, 0.175])


def test_textbook_softmax_of_1_2_3():
    # Common textbook example, e.g. Eli Bendersky, "The Softmax function and its derivative"
    # (https://eli.thegreenplace.net/2016/the-softmax-function-and-its-derivative/), and
    # https://practice.idlemachines.co.uk/questions/6:
    # "Input: [1.0, 2.0, 3.0] Output: [0.0900, 0.2447, 0.6652]". Sources print it rounded, and
    # roundings differ (0.24 and 0.67 at two decimals, 0.245 and 0.665 at three), so also pin the
    # digits the code actually gives: 0.09003057, 0.24472847, 0.66524096.
    p = softmax([1, 2, 3])
    np.testing.assert_array_equal(np.round(p, 4), [0.0900, 0.2447, 0.6652])
    np.testing.assert_array_equal(np.round(p, 3), [0.090, 0.245, 0.665])
    np.testing.assert_allclose(p, [0.09003057, 0.24472847, 0.66524096], rtol=1e-7)


def test_softmax_full_precision_published_example():
    # Source: https://click4ai.perfionixai.com/problems/softmax-function, test case
    # [2.0, 1.0, 0.1] -> [0.6590011388859679, 0.2424329707047139, 0.09856589040931818].
    np.testing.assert_allclose(
        softmax([2.0, 1.0, 0.1]),
        [0.6590011388859679, 0.2424329707047139, 0.09856589040931818],
        rtol=4 * EPS,
    )


def test_r_riekelib_softmax_example():
    # Source: riekelib reference, https://markjrieke.github.io/riekelib/reference/softmax.html:
    # softmax(seq(from = 0, to = 1, by = 0.25)) prints 0.1140507 0.1464440 0.1880379 0.2414454
    # 0.3100220 (R's 7 significant digits).
    p = softmax(np.arange(5) / 4)
    np.testing.assert_array_equal(
        np.round(p, 7), [0.1140507, 0.1464440, 0.1880379, 0.2414454, 0.3100220]
    )


def test_scipy_docs_softmax_matrix_example():
    # Source: scipy.special.softmax docs, "Examples"
    # (https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.softmax.html),
    # printed with np.set_printoptions(precision=5), i.e. 6 significant digits.
    x = np.array([[1, 0.5, 0.2, 3], [1, -1, 7, 3], [2, 12, 13, 3]])
    rows = [
        [1.05877e-01, 6.42177e-02, 4.75736e-02, 7.82332e-01],
        [2.42746e-03, 3.28521e-04, 9.79307e-01, 1.79366e-02],
        [1.22094e-05, 2.68929e-01, 7.31025e-01, 3.31885e-05],
    ]
    columns = [
        [2.11942e-01, 1.01300e-05, 2.75394e-06, 3.33333e-01],
        [2.11942e-01, 2.26030e-06, 2.47262e-03, 3.33333e-01],
        [5.76117e-01, 9.99988e-01, 9.97525e-01, 3.33333e-01],
    ]
    np.testing.assert_allclose(softmax(x, axis=1), rows, rtol=5e-6)
    np.testing.assert_allclose(softmax(x, axis=0), columns, rtol=5e-6)


def test_scipy_docs_expit_and_logit_examples():
    # Sources: scipy.special.expit docs, expit([-inf, -1.5, 0, 1.5, inf]) =
    # [0, 0.18242552, 0.5, 0.81757448, 1]
    # (https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.expit.html), and
    # scipy.special.logit docs, logit([0, 0.25, 0.5, 0.75, 1]) = [-inf, -1.09861229, 0,
    # 1.09861229, inf], expit(logit([0.1, 0.75, 0.999])) = [0.1, 0.75, 0.999]
    # (https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.logit.html).
    np.testing.assert_array_equal(
        np.round(sigmoid([-INF, -1.5, 0, 1.5, INF]), 8), [0, 0.18242552, 0.5, 0.81757448, 1]
    )
    np.testing.assert_array_equal(
        np.round(logit([0, 0.25, 0.5, 0.75, 1]), 8), [-INF, -1.09861229, 0, 1.09861229, INF]
    )
    np.testing.assert_allclose(sigmoid(logit([0.1, 0.75, 0.999])), [0.1, 0.75, 0.999], rtol=1e-15)


def test_logit_published_values():
    # Source: Wikipedia, "Logit" (https://en.wikipedia.org/wiki/Logit): even odds, p = 1/2,
    # have log-odds 0. And logit(1/4) = ln(1/3) = -ln 3, exactly the odds 1:3.
    assert logit(0.5) == 0.0
    np.testing.assert_allclose(logit(0.25), -math.log(3), rtol=EPS)
    # Source: stdlib-js logit README
    # (https://github.com/stdlib-js/stdlib, @stdlib/math/base/special/logit):
    # logit(0.2) "returns ~-1.386", logit(0.9) "returns ~2.197".
    np.testing.assert_array_equal(np.round(logit([0.2, 0.9]), 3), [-1.386, 2.197])


def test_base_two_is_powers_of_two_over_81():
    # The site's running example in base 2: 2**4, 2**2, 2**-2 over their sum 81/4 is exactly
    # 64/81, 16/81, 1/81; the powers and their sum are exact in floating point, so the results
    # are the correctly rounded quotients, bit for bit.
    np.testing.assert_array_equal(softmax(LOGITS, base=2), np.array([64, 16, 1]) / 81)
    np.testing.assert_allclose(
        log_softmax(LOGITS, base=2), np.log(np.array([64, 16, 1]) / 81), rtol=2 * EPS
    )


def test_scipy_docs_log_softmax_example():
    # Source: scipy.special.log_softmax docs
    # (https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.log_softmax.html):
    # log_softmax([1000.0, 1.0]) is [0, -999], while np.log(softmax(x)) gives [0, -inf].
    np.testing.assert_array_equal(log_softmax([1000.0, 1.0]), [0.0, -999.0])
    with np.errstate(divide="ignore"):  # np.log(0) warns: that is the point being shown
        naive = np.log(softmax([1000.0, 1.0]))
    np.testing.assert_array_equal(naive, [0.0, -INF])


# --------------------------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------------------------

every_finite = st.floats(allow_nan=False, allow_infinity=False)
moderate = st.floats(-1e3, 1e3)


@st.composite
def batches_and_axis(draw, elements=every_finite):
    """A float64 array of 1 to 3 dimensions and one of its axes (negative or not)."""
    z = draw(
        hnp.arrays(
            np.float64,
            hnp.array_shapes(min_dims=1, max_dims=3, min_side=1, max_side=6),
            elements=elements,
        )
    )
    axis = draw(st.integers(-z.ndim, z.ndim - 1))
    return z, axis


@fast(300)
@given(batches_and_axis())
def test_probabilities_are_finite_and_sum_to_one(z_axis):
    z, axis = z_axis
    p = softmax(z, axis=axis)
    assert p.shape == z.shape
    assert np.all((p >= 0) & (p <= 1))
    n = z.shape[axis]
    np.testing.assert_allclose(p.sum(axis=axis), 1.0, rtol=0, atol=2 * n * EPS)


@fast(200)
@given(batches_and_axis())
def test_logsumexp_is_finite_and_ties_the_three_together(z_axis):
    z, axis = z_axis
    lse = logsumexp(z, axis=axis)
    assert np.all(np.isfinite(lse))
    assert np.all(lse >= z.max(axis=axis))  # at least the largest term
    # log_softmax(z) = z - logsumexp(z), wherever that difference does not overflow.
    if z.max() / 2 - z.min() / 2 < MAX / 4:  # (halved: the spread itself may overflow)
        shifted = z - np.expand_dims(lse, axis)
        np.testing.assert_allclose(
            log_softmax(z, axis=axis), shifted, rtol=8 * EPS, atol=8 * EPS * np.abs(z).max()
        )


with_specials = st.one_of(st.floats(), st.sampled_from([INF, -INF, NAN]))


@fast(300)
@given(
    batches_and_axis(elements=with_specials),
    st.sampled_from([math.e, 2.0, 10.0, 1.0, 0.5]),
    st.sampled_from([1.0, 0.25, 3.0, 1e-300, 1e300]),
)
def test_any_input_gives_the_row_limits_without_warnings(z_axis, base, temperature):
    # Any RuntimeWarning would fail this test: pytest turns warnings into errors.
    z, axis = z_axis
    knobs = {"base": base, "temperature": temperature}
    p = softmax(z, axis=axis, **knobs)
    log_p = log_softmax(z, axis=axis, **knobs)
    # A row has no limit if it holds a NaN, or if all its scaled logits are -inf.
    top = INF if base < 1 else -INF  # the value that becomes -inf after scaling by ln(b) / T
    no_limit = np.isnan(z).any(axis=axis) | (base != 1 and (z == top).all(axis=axis))
    nan_rows = np.broadcast_to(np.expand_dims(no_limit, axis), z.shape)
    np.testing.assert_array_equal(np.isnan(p), nan_rows)
    np.testing.assert_array_equal(np.isnan(log_p), nan_rows)
    n = z.shape[axis]
    np.testing.assert_allclose(p.sum(axis=axis)[~no_limit], 1.0, rtol=0, atol=2 * n * EPS)
    assert np.all(log_p[~nan_rows] <= 0)
    np.testing.assert_allclose(np.exp(log_p), p, rtol=1e-12, atol=4 * TINY)
    lse = logsumexp(z, axis=axis)
    np.testing.assert_array_equal(np.isnan(lse), np.isnan(z).any(axis=axis))
    s = sigmoid(z)
    np.testing.assert_array_equal(np.isnan(s), np.isnan(z))
    assert np.all((s[~np.isnan(s)] >= 0) & (s[~np.isnan(s)] <= 1))


@fast(100)
@given(hnp.arrays(np.float64, st.integers(1, 20), elements=st.floats(0, 1) | st.just(NAN)))
def test_logit_of_any_probability_is_warning_free_and_monotone(p):
    x = logit(p)
    np.testing.assert_array_equal(np.isnan(x), np.isnan(p))
    ranked = x[~np.isnan(p)][np.argsort(p[~np.isnan(p)])]
    assert np.all(ranked[1:] >= ranked[:-1])  # (not np.diff: -inf - -inf would be NaN)


@fast(150)
@given(
    hnp.arrays(np.float64, st.integers(1, 12), elements=st.integers(-60, 60)),
    st.integers(-2000, 2000),
)
def test_shift_invariance(z, c):
    # Integer logits and shift: z + c is exact, so only the computation itself can differ.
    np.testing.assert_allclose(softmax(z + c), softmax(z), rtol=16 * EPS, atol=0)
    np.testing.assert_allclose(log_softmax(z + c), log_softmax(z), rtol=8 * EPS, atol=8 * EPS)
    # logsumexp(z) + c rounds relative to |c| + |max z|, and the sum may be near 0.
    atol = 4 * EPS * (abs(c) + np.abs(z).max() + math.log(z.size))
    np.testing.assert_allclose(logsumexp(z + c), logsumexp(z) + c, rtol=4 * EPS, atol=atol)


@fast(200)
@given(st.floats(-300, 300), st.floats(-300, 300))
def test_two_class_softmax_is_sigmoid_of_the_difference(a, b):
    p = softmax([a, b])
    # a - b is rounded once; that shifts the result by up to eps*|a - b| relatively.
    rtol = 8 * EPS * (1 + abs(a - b))
    np.testing.assert_allclose(p[0], sigmoid(a - b), rtol=rtol, atol=TINY)
    np.testing.assert_allclose(p[1], sigmoid(b - a), rtol=rtol, atol=TINY)


@fast(200)
@given(
    hnp.arrays(np.float64, st.integers(1, 10), elements=st.floats(-20, 20)),
    st.floats(1.01, 10),
)
def test_base_b_equals_temperature_one_over_ln_b(z, b):
    np.testing.assert_allclose(
        softmax(z, base=b), softmax(z, temperature=1 / math.log(b)), rtol=1e-12, atol=TINY
    )
    # Below 1 the temperature would be negative: base b on z is base 1/b on -z instead.
    np.testing.assert_allclose(softmax(z, base=1 / b), softmax(-z, base=b), rtol=1e-12, atol=TINY)
    np.testing.assert_allclose(
        log_softmax(z, base=b), log_softmax(z, temperature=1 / math.log(b)), rtol=1e-12, atol=1e-12
    )


@fast(200)
@given(st.floats(-30, 30))
def test_logit_undoes_sigmoid(x):
    # Conditioning: for x > 0, sigmoid(x) = 1 - e^-x rounds with absolute error ~eps, which
    # logit magnifies by 1/(1 - p) ~ e^x; for x < 0 the round trip is good to a few ulp of x.
    tol = 4 * EPS * (1 + abs(x) + math.exp(x))
    np.testing.assert_allclose(logit(sigmoid(x)), x, rtol=0, atol=tol)


@fast(200)
@given(st.floats(0, 1, exclude_min=True, exclude_max=True))
def test_sigmoid_undoes_logit(p):
    # Well conditioned everywhere: the relative error of logit(p) moves sigmoid by that much
    # times |logit(p)| (1 - p).
    x = float(logit(p))
    # A subnormal p has few significant bits: allow a couple of its ulps.
    np.testing.assert_allclose(sigmoid(x), p, rtol=4 * EPS * (1 + abs(x)), atol=2 * TINY)


@fast(100)
@given(hnp.arrays(np.float64, st.integers(2, 12), elements=moderate))
def test_softmax_preserves_the_order_of_the_logits(z):
    p = softmax(z)
    i, j = np.argmax(z), np.argmin(z)
    assert p[i] == p.max()
    assert p[j] == p.min()


# --------------------------------------------------------------------------------------------
# Parity with scipy.special
# --------------------------------------------------------------------------------------------


def random_batch(dtype, offset: float, seed: int = 20240601) -> np.ndarray:
    """A 4 x 5 x 6 batch of normal logits (sd 4) around ``offset``, some of them masked to -inf."""
    rng = np.random.default_rng(seed)
    z = offset + 4 * rng.standard_normal((4, 5, 6))
    z[rng.random(z.shape) < 0.1] = -INF  # attention-style masking
    assert all(np.isfinite(z).any(axis=a).all() for a in range(3))  # no slice fully masked
    return z.astype(dtype)


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
@pytest.mark.parametrize("axis", [0, 1, 2, -1, -3])
@pytest.mark.parametrize("offset", [0.0, -40.0, 500.0])  # unshifted, shifted, shifted + large
def test_row_functions_match_scipy_along_every_axis(dtype, axis, offset):
    z = random_batch(dtype, offset)
    eps = float(np.finfo(dtype).eps)
    # Probabilities: relative, down to the normal range. Log-probabilities near 0: absolute,
    # since scipy's log(sum) loses their relative accuracy (ours is checked against mpmath).
    cases = [
        (softmax, scipy.special.softmax, 32 * eps, float(np.finfo(dtype).smallest_normal)),
        (log_softmax, scipy.special.log_softmax, 8 * eps, 8 * eps),
        (logsumexp, scipy.special.logsumexp, 8 * eps, 8 * eps),
    ]
    for ours, theirs, rtol, atol in cases:
        got, want = ours(z, axis=axis), theirs(z, axis=axis)
        assert got.dtype == want.dtype == dtype
        assert got.shape == want.shape
        np.testing.assert_allclose(got, want, rtol=rtol, atol=atol, err_msg=ours.__name__)


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_sigmoid_and_logit_match_scipy(dtype):
    rng = np.random.default_rng(7)
    z = (rng.standard_normal((50, 40)) * 30).astype(dtype)
    p = rng.random((50, 40)).astype(dtype)
    rtol = 8 * float(np.finfo(dtype).eps)
    # scipy flushes float32 results below the normal range to 0; we keep the subnormals.
    atol = float(np.finfo(dtype).smallest_normal)
    np.testing.assert_allclose(sigmoid(z), scipy.special.expit(z), rtol=rtol, atol=atol)
    np.testing.assert_allclose(logit(p), scipy.special.logit(p), rtol=rtol, atol=rtol)
    assert sigmoid(z).dtype == logit(p).dtype == dtype


def test_logsumexp_special_rows_match_scipy_exactly():
    rows = np.array(
        [
            [-INF, -INF, -INF],
            [INF, 0, 1],
            [INF, -INF, 0],
            [INF, INF, INF],
            [NAN, 1, 2],
            [NAN, INF, -INF],
            [-INF, 0, 1],
            [1000, 2000, 3000],
        ]
    )
    np.testing.assert_array_equal(logsumexp(rows), scipy.special.logsumexp(rows, axis=-1))


# --------------------------------------------------------------------------------------------
# Accuracy against 60-digit mpmath
# --------------------------------------------------------------------------------------------


def mp_softmax(z) -> list:
    """softmax of the exact float64 values ``z`` in 60-digit arithmetic."""
    with mpmath.workdps(60):
        exact = [mpmath.mpf(float(v)) for v in z]
        top = max(exact)
        terms = [mpmath.exp(v - top) for v in exact]
        total = mpmath.fsum(terms)
        return [t / total for t in terms]


def abs_errors(got, reference) -> np.ndarray:
    """|got - reference| per element, computed in 60 digits, then rounded to float."""
    with mpmath.workdps(60):
        pairs = zip(got, reference, strict=True)
        return np.array([float(abs(mpmath.mpf(float(g)) - r)) for g, r in pairs])


def as_floats(reference) -> np.ndarray:
    return np.array([float(r) for r in reference])


@fast(150)
@given(
    hnp.arrays(
        np.float64, st.integers(1, 16), elements=st.integers(-480, 480).map(lambda k: k / 8)
    ),
    st.sampled_from([0.0, -100.0, 600.0]),
)
def test_softmax_within_a_few_ulp_when_differences_are_exact(z, offset):
    # Multiples of 1/8 below 1000: z_i - max z is exact, so only exp, the sum and the division
    # round. The offsets take the unshifted path, and the shifted one with a negative/large max.
    z = z + offset
    reference = mp_softmax(z)
    ulps = abs_errors(softmax(z), reference) / np.spacing(as_floats(reference))
    assert ulps.max() <= 6, (z, ulps)


spread = st.one_of(st.floats(-30, 30), st.floats(-1e4, 1e4), st.floats(-1e300, 1e300))


@fast(150)
@given(hnp.arrays(np.float64, st.integers(1, 16), elements=spread))
def test_softmax_relative_error_bound_against_mpmath(z):
    # |error| <= 8 eps (1 + |z_i - max z|) p_i: the rounding of z_i - max z costs eps |z_i - max z|
    # relatively; a few subnormal ulps of absolute slack cover results below the normal range.
    reference = mp_softmax(z)
    bound = 8 * EPS * (1 + np.abs(z - z.max())) * as_floats(reference) + 2 * TINY
    errors = abs_errors(softmax(z), reference)
    assert np.all(errors <= bound), (z, errors / bound)


@fast(100)
@given(hnp.arrays(np.float64, st.integers(1, 16), elements=st.one_of(st.floats(-30, 30), moderate)))
def test_log_softmax_and_logsumexp_against_mpmath(z):
    with mpmath.workdps(60):
        exact = [mpmath.mpf(float(v)) for v in z]
        lse = mpmath.log(mpmath.fsum(mpmath.exp(v) for v in exact))
        log_p = [v - lse for v in exact]
    # log p_i = (z_i - m) - log(sum), a part <= 0 minus a part >= 0: nothing cancels.
    reference = as_floats(log_p)
    errors = abs_errors(log_softmax(z), log_p)
    assert np.all(errors <= 4 * EPS * (1 + np.abs(reference))), (z, errors)
    # logsumexp = m + log(sum) can cancel, so its error is relative to |m| + log(sum).
    error = abs_errors([logsumexp(z)], [lse])[0]
    assert error <= 4 * EPS * (1 + abs(z.max()) + math.log(z.size)), (z, error)


@fast(200)
@given(st.floats(-745, 745))
def test_sigmoid_against_mpmath(x):
    with mpmath.workdps(60):
        reference = 1 / (1 + mpmath.exp(-mpmath.mpf(x)))
    error = abs_errors([sigmoid(x)], [reference])[0]
    assert error <= 4 * EPS * float(reference) + 2 * TINY


@fast(200)
@given(
    st.one_of(
        st.floats(0, 1, exclude_min=True, exclude_max=True),
        st.floats(0.5 - 1e-6, 0.5 + 1e-6),  # logit near 0: relative accuracy still holds
        st.floats(1e-300, 1e-3),
    )
)
def test_logit_against_mpmath(p):
    with mpmath.workdps(60):
        exact = mpmath.mpf(p)
        reference = mpmath.log(exact / (1 - exact))
    error = abs_errors([logit(p)], [reference])[0]
    assert error <= 4 * EPS * abs(float(reference)) + TINY


# --------------------------------------------------------------------------------------------
# Contract: temperature and base
# --------------------------------------------------------------------------------------------

BAD_KNOB_VALUES = [0, 0.0, -0.0, -1.0, -2, INF, -INF, NAN, 10**400]


@pytest.mark.parametrize("function", [softmax, log_softmax])
@pytest.mark.parametrize("name", ["temperature", "base"])
@pytest.mark.parametrize("value", BAD_KNOB_VALUES, ids=repr)
def test_bad_temperature_or_base_names_parameter_and_value(function, name, value):
    shown = re.escape(repr(value)[:10])  # a huge int is abbreviated in the message
    with pytest.raises(ValueError, match=rf"^{name} must be a finite number > 0, got {shown}"):
        function([1.0, 2.0], **{name: value})


@pytest.mark.parametrize("function", [softmax, log_softmax])
@pytest.mark.parametrize("name", ["temperature", "base"])
@pytest.mark.parametrize("value", ["hot", None, 1j, 2 + 0j, [1.0], True, np.array(2.0)], ids=repr)
def test_non_real_temperature_or_base_is_a_type_error(function, name, value):
    message = rf"^{name} must be a real number, got {re.escape(repr(value))}$"
    with pytest.raises(TypeError, match=message):
        function([1.0, 2.0], **{name: value})


def test_message_example_from_the_contract():
    with pytest.raises(ValueError, match=r"^temperature must be a finite number > 0, got -1\.0$"):
        softmax([1.0, 2.0], temperature=-1.0)


@pytest.mark.parametrize("value", [2, np.float32(2.0), np.int64(2), Fraction(2, 1)], ids=repr)
def test_any_real_number_type_is_accepted_for_the_knobs(value):
    z = [4.0, 2.0, -2.0]
    np.testing.assert_allclose(softmax(z, temperature=value), softmax(z, temperature=2.0), rtol=0)
    np.testing.assert_allclose(softmax(z, base=value), softmax(z, base=2.0), rtol=0)


def test_base_one_gives_the_uniform_distribution_even_with_infinities():
    z = np.array([[4.0, 2.0, -2.0, 7.0], [INF, 0.0, -INF, 1.0], [-INF] * 4, [NAN, 0.0, 1.0, 2.0]])
    expected = np.array([[0.25] * 4, [0.25] * 4, [0.25] * 4, [NAN] * 4])
    np.testing.assert_array_equal(softmax(z, base=1), expected)
    np.testing.assert_allclose(log_softmax(z, base=1), np.log(expected), rtol=EPS)
    assert not np.signbit(log_softmax([5.0], base=1)[0])  # log 1 is +0


def test_base_below_one_reverses_the_ranking():
    z = np.array([4.0, 2.0, -2.0])
    p = softmax(z, base=0.5)
    assert np.argmax(p) == np.argmin(z)
    np.testing.assert_allclose(p, softmax(-z, base=2), rtol=2 * EPS)
    np.testing.assert_array_equal(p, np.array([1, 4, 64]) / 69)  # 2**-z over 69/16, exactly
    # Scaled by ln(0.5) < 0, +inf logits become -inf (probability 0) and -inf ones share the mass.
    np.testing.assert_allclose(softmax([INF, 0.0, 1.0], base=0.5), [0, 1 / (1 + 0.5), 0.5 / 1.5])
    np.testing.assert_array_equal(softmax([-INF, -INF, 0.0], base=0.5), [0.5, 0.5, 0.0])
    np.testing.assert_array_equal(softmax([INF, INF], base=0.5), [NAN, NAN])
    np.testing.assert_array_equal(log_softmax([INF, 0.0], base=0.5), [-INF, 0.0])


def test_temperature_limits():
    z = [1.0, 2.0, 2.0]
    # T -> 0: the argmax, ties sharing. (ln(b)/T would overflow here; d/T is -inf or 0.)
    np.testing.assert_array_equal(softmax(z, temperature=5e-324), [0.0, 0.5, 0.5])
    # T -> inf: uniform.
    np.testing.assert_array_equal(softmax(z, temperature=1e300), [1 / 3] * 3)
    np.testing.assert_allclose(softmax(LOGITS, temperature=2), softmax(LOGITS / 2), rtol=2 * EPS)
    np.testing.assert_allclose(
        log_softmax(LOGITS, temperature=0.5), log_softmax(LOGITS * 2), rtol=2 * EPS
    )
    # Huge logits over a small temperature: nothing overflows into a spurious tie.
    np.testing.assert_array_equal(softmax([1e308, 1.5e308], temperature=0.01), [0.0, 1.0])


# --------------------------------------------------------------------------------------------
# Contract: temperatures and bases at the edges of each dtype
# --------------------------------------------------------------------------------------------

FLOAT_DTYPES = [np.float16, np.float32, np.float64]


def tiny_temperatures(dtype) -> list[float]:
    """Python floats > 0 at and below ``dtype``'s smallest subnormal, and below float32's."""
    subnormal = float(np.finfo(dtype).smallest_subnormal)
    below = [subnormal / 3] if dtype != np.float64 else []  # no float lies below float64's
    return [1e-46, 1e-320, 5e-324, subnormal, *below]


def edge_knobs(dtype) -> list[dict]:
    """Temperatures and bases at and beyond the edges of ``dtype`` (as Python floats)."""
    beyond = [float(np.finfo(dtype).max) * 10] if dtype != np.float64 else []
    huge = [1e300, 1.7e308, *beyond]
    bases = [1e39, 1e300, 1.7e308, 1 + 2**-52, 1 - 2**-53, 5e-324, 1e-39, 0.5, 2.0]
    bases += [b for x in beyond for b in (x, 1 / x)]
    return (
        [{"temperature": t} for t in tiny_temperatures(dtype) + huge]
        + [{"base": b} for b in bases]
        + [{"temperature": 1e-300, "base": 1.7e308}, {"temperature": 1.7e308, "base": 5e-324}]
    )


KNOB_CASES = [
    pytest.param(dtype, knobs, id=f"{np.dtype(dtype).name}-{knobs}")
    for dtype in FLOAT_DTYPES
    for knobs in edge_knobs(dtype)
]


# A tie at the top, a small and a unit gap, a -inf; and a row of finite logits only.
EDGE_LOGITS = [[0.0, -1.0, -INF, -0.25, 0.0], [0.0, -1.0, 3.0, -0.25, 0.0]]


def exact_log_softmax(row, temperature: float, base: float) -> list:
    """log softmax of the exact values of ``row``, ``T`` and ``b``, in 60 digits."""
    with mpmath.workdps(60):
        c = mpmath.log(mpmath.mpf(base)) / mpmath.mpf(temperature)
        scaled = [c * mpmath.mpf(float(v)) for v in row]  # -inf becomes +inf when b < 1
        top = max(scaled)
        if top == mpmath.inf:  # the sharing convention, as documented
            k = sum(s == top for s in scaled)
            return [-mpmath.log(k) if s == top else -mpmath.inf for s in scaled]
        lse = top + mpmath.log(mpmath.fsum(mpmath.exp(s - top) for s in scaled))
        return [s - lse for s in scaled]


def assert_within(got, want, tolerance, what: str) -> None:
    """|got - want| <= tolerance element-wise, where infinite ``want`` must be matched exactly."""
    got, want = np.asarray(got, np.float64), np.asarray(want, np.float64)
    infinite = np.isinf(want)
    np.testing.assert_array_equal(got[infinite], want[infinite], err_msg=what)
    error = np.abs(got[~infinite] - want[~infinite])
    assert np.all(error <= np.broadcast_to(tolerance, want.shape)[~infinite]), (what, got, want)


@pytest.mark.parametrize(("dtype", "knobs"), KNOB_CASES)
def test_edge_temperatures_and_bases_match_the_exact_answer(dtype, knobs):
    # The knobs are applied in float64 and the exponents rounded to the dtype once: no knob is
    # cast to the dtype, where it would become 0 or inf (and a NaN, or a lost subnormal, follow).
    z = np.array(EDGE_LOGITS, dtype=dtype)
    knob = {"temperature": 1.0, "base": math.e} | knobs
    with mpmath.workdps(60):
        exact = [exact_log_softmax(row, knob["temperature"], knob["base"]) for row in z]
        exact_p = np.array([[float(mpmath.exp(v)) for v in row] for row in exact])
        exact_log_p = np.array([[float(v) for v in row] for row in exact])
    with np.errstate(over="ignore"):  # out-of-range log-probabilities round to -inf
        want_log_p = exact_log_p.astype(dtype).astype(np.float64)
    eps = float(np.finfo(dtype).eps)
    work_eps = float(np.finfo(np.promote_types(dtype, np.float32)).eps)  # float16: float32
    subnormal = float(np.finfo(dtype).smallest_subnormal)

    size = np.minimum(np.abs(exact_log_p), MAX)  # |log p|, finite so that 0 * size is 0

    p = softmax(z, **knobs)
    assert p.dtype == dtype
    # The exponent d is rounded in the dtype, which costs eps |d| <= eps |log p| relatively.
    tolerance = (8 * work_eps * (1 + size) + eps) * exact_p + 2 * subnormal
    assert_within(p, exact_p, tolerance, "softmax")
    assert np.all(p[exact_p == 0] == 0)  # -inf logits, and those below float64's range: exactly 0
    np.testing.assert_allclose(p.astype(np.float64).sum(axis=-1), 1, rtol=8 * eps)

    log_p = log_softmax(z, **knobs)
    assert log_p.dtype == dtype
    assert_within(log_p, want_log_p, 8 * eps * (1 + np.abs(want_log_p)), "log_softmax")
    # And the two agree, as exp(log p) = p should: to rounding, whatever the knobs.
    agreement = 8 * eps * (1 + size) * exact_p + 2 * subnormal
    assert_within(np.exp(log_p.astype(np.float64)), p, agreement, "exp(log_softmax)")


@pytest.mark.parametrize(
    ("dtype", "temperature"),
    [
        pytest.param(dtype, t, id=f"{np.dtype(dtype).name}-{t!r}")
        for dtype in FLOAT_DTYPES
        for t in tiny_temperatures(dtype)
    ],
)
def test_tiny_temperature_gives_the_argmax(dtype, temperature):
    z = np.array([1, 2, -INF, 2], dtype=dtype)
    np.testing.assert_array_equal(softmax(z, temperature=temperature), [0, 0.5, 0, 0.5])
    with np.errstate(over="ignore"):  # -1 / T, rounded to the dtype, may be -inf
        gap = np.array(-1 / temperature - math.log(2)).astype(dtype)
    want = np.array([gap, -math.log(2), -INF, -math.log(2)]).astype(dtype)
    np.testing.assert_array_equal(log_softmax(z, temperature=temperature), want)


@pytest.mark.parametrize("dtype", FLOAT_DTYPES)
def test_temperature_far_below_float32_example(dtype):
    # The reviewers' example: float32 [1, 2] at T = 1e-46 was [nan, nan] with warnings.
    z = np.array([1, 2], dtype=dtype)
    np.testing.assert_array_equal(softmax(z, temperature=1e-46), [0, 1])
    expected_log = [-INF, 0] if dtype != np.float64 else [-1e46, 0]
    np.testing.assert_array_equal(log_softmax(z, temperature=1e-46), expected_log)


@pytest.mark.parametrize("dtype", FLOAT_DTYPES)
# 1e39 and 1e5 exceed float32 and float16: cast to those dtypes, they would become inf.
@pytest.mark.parametrize("temperature", [1e300, 1.7e308, 1e39, 1e5])
def test_huge_temperature_gives_the_uniform_distribution(dtype, temperature):
    z = np.array([[4, 2, -2, -INF], [-60, 0, 60, -INF]], dtype=dtype)
    p = softmax(z, temperature=temperature)
    log_p = log_softmax(z, temperature=temperature)
    eps = float(np.finfo(dtype).eps)
    # Uniform to the dtype's precision, once the spread of the logits over T is below it.
    rtol = 4 * eps + 2 * 120 / temperature
    np.testing.assert_allclose(p[:, :3], 1 / 3, rtol=rtol)
    np.testing.assert_allclose(log_p[:, :3], -math.log(3), rtol=rtol)
    assert np.all(p[:, 3] == 0)  # -inf logits still get exactly 0
    assert np.all(log_p[:, 3] == -INF)


@pytest.mark.parametrize(
    ("dtype", "base", "small"),
    [(np.float16, 1e5, 1e-5), (np.float32, 1e39, 1e-39), (np.float64, 1.7e308, 1 / 1.7e308)],
    ids=["float16", "float32", "float64"],
)
def test_a_base_beyond_the_dtype_keeps_subnormal_probabilities(dtype, base, small):
    # b**-1 = 1/b is a subnormal of the dtype: representable, so it must not be dropped, and
    # log_softmax must say the same. The exponent -ln b is rounded in the dtype: eps ln b.
    z = np.array([0, -1, -INF], dtype=dtype)
    p = softmax(z, base=base)
    log_p = log_softmax(z, base=base)
    assert p.dtype == log_p.dtype == dtype
    assert 0 < p[1] < np.finfo(dtype).smallest_normal
    subnormal = np.finfo(dtype).smallest_subnormal
    tolerance = {"rtol": 4 * np.finfo(dtype).eps * math.log(base), "atol": 4 * subnormal}
    np.testing.assert_allclose(p, [1 / (1 + small), small / (1 + small), 0], **tolerance)
    expected_log = np.array([0, -math.log(base)]) - math.log1p(small)
    np.testing.assert_allclose(log_p[:2], expected_log, **tolerance)
    np.testing.assert_allclose(np.exp(log_p.astype(np.float64)), p, **tolerance)


# --------------------------------------------------------------------------------------------
# Contract: special values
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("z", "expected"),
    [
        ([INF, 0.0], [1.0, 0.0]),
        ([INF, INF, 0.0], [0.5, 0.5, 0.0]),
        ([INF, -INF, 3.0], [1.0, 0.0, 0.0]),
        ([0.0, INF, INF, INF], [0.0, 1 / 3, 1 / 3, 1 / 3]),
        ([-INF, 0.0], [0.0, 1.0]),
        ([-INF, 1.0, 1.0], [0.0, 0.5, 0.5]),
    ],
)
def test_infinite_logits_follow_the_limit_or_the_sharing_convention(z, expected):
    np.testing.assert_array_equal(softmax(z), expected)
    with np.errstate(divide="ignore"):  # log(0) = -inf is the expected value here
        expected_log = np.log(expected)
    np.testing.assert_allclose(log_softmax(z), expected_log, rtol=EPS)


def test_several_infinite_logits_share_by_convention_not_by_limit():
    # Two +inf logits could be the limit of (t, t) or of (2t, t): the limits differ, so the
    # equal share is a convention (documented as such); SciPy returns NaN there.
    t = 1e3
    np.testing.assert_array_equal(softmax([t, t, 0.0]), [0.5, 0.5, 0.0])
    np.testing.assert_array_equal(softmax([2 * t, t, 0.0]), [1.0, 0.0, 0.0])
    np.testing.assert_array_equal(softmax([INF, INF, 0.0]), [0.5, 0.5, 0.0])
    with np.errstate(invalid="ignore"):  # scipy's inf - inf
        assert np.all(np.isnan(scipy.special.softmax([INF, INF, 0.0])[:2]))
    # A single +inf logit does follow the limit of (t, 0, ...) as t grows.
    np.testing.assert_array_equal(softmax([INF, 3.0, 0.0]), softmax([t, 3.0, 0.0]))


def test_sigmoid_reaches_one_and_zero_in_float64_as_documented():
    # 0 < sigma(z) < 1 holds in exact arithmetic only: 1 + e^-z rounds to 1 once e^-z is at most
    # half an ulp of 1, 2**-53, i.e. from z = 53 ln 2 = 36.74 on; below -745.1, 0.
    assert math.isclose(53 * LN2, 36.7368, abs_tol=1e-4)
    assert sigmoid(36.73) < 1.0
    assert sigmoid(36.74) == 1.0
    assert sigmoid(-745.0) == TINY
    assert sigmoid(-745.2) == 0.0


def test_single_infinite_logit_has_log_probability_plus_zero():
    assert not np.signbit(log_softmax([INF, 0.0])[0])
    np.testing.assert_array_equal(log_softmax([INF, 0.0]), [0.0, -INF])


BATCH = np.array(
    [
        [1.0, 2.0, 3.0],
        [NAN, 0.0, 1.0],
        [-INF, -INF, -INF],
        [INF, 0.0, 1.0],
        [0.0, -INF, 5.0],
        [NAN, INF, -INF],
    ]
)


@pytest.mark.parametrize("function", [softmax, log_softmax])
@pytest.mark.parametrize("transpose", [False, True], ids=["rows", "columns"])
def test_bad_rows_become_nan_and_leave_the_other_rows_alone(function, transpose):
    z, axis = (BATCH.T, 0) if transpose else (BATCH, -1)
    out = function(z, axis=axis)
    out = out.T if transpose else out
    assert np.all(np.isnan(out[[1, 2, 5]]))
    for row in (0, 4):  # ordinary rows: as if computed on their own
        np.testing.assert_allclose(out[row], function(BATCH[row]), rtol=8 * EPS)
    expected_inf_row = [1.0, 0.0, 0.0] if function is softmax else [0.0, -INF, -INF]
    np.testing.assert_array_equal(out[3], expected_inf_row)


def test_masked_attention_row():
    z = np.array([[2.0, -INF, 0.0, -INF], [-INF, -INF, -INF, -INF]])
    p = softmax(z)
    np.testing.assert_allclose(p[0], [sigmoid(2.0), 0.0, sigmoid(-2.0), 0.0], rtol=2 * EPS)
    assert np.all(np.isnan(p[1]))
    np.testing.assert_array_equal(logsumexp(z), [logsumexp([2.0, 0.0]), -INF])


def test_sigmoid_special_values_and_large_inputs():
    z = np.array([INF, -INF, NAN, 800.0, -800.0, 0.0, MAX, -MAX])
    np.testing.assert_array_equal(sigmoid(z), [1.0, 0.0, NAN, 1.0, 0.0, 0.5, 1.0, 0.0])
    z32 = np.array([100, -100, 89, -89, -104], dtype=np.float32)
    assert np.all(np.isfinite(sigmoid(z32)))
    np.testing.assert_allclose(sigmoid(-30.0), 1 / (1 + math.exp(30)), rtol=4 * EPS)


def test_logit_special_values():
    np.testing.assert_array_equal(logit([0.0, 1.0, NAN, 0.5]), [-INF, INF, NAN, 0.0])
    assert logit(np.float32(1.0)) == INF


@pytest.mark.parametrize(
    ("p", "shown"),
    [
        (1.5, "1.5"),
        (-0.1, "-0.1"),
        (INF, "inf"),
        (-INF, "-inf"),
        (1 + 2 * EPS, "1.0000000000000004"),
    ],
)
def test_logit_outside_zero_one_names_the_value(p, shown):
    with pytest.raises(
        ValueError, match=rf"^logit needs probabilities in \[0, 1\], got {re.escape(shown)}$"
    ):
        logit(p)


def test_logit_names_the_first_bad_value_and_counts_the_rest():
    with pytest.raises(ValueError, match=r"got 2\.0 \(and 1 more\)$"):
        logit([0.5, 2.0, -3.0])
    with pytest.raises(ValueError, match=r"got 1\.5$"):
        logit(np.array([0.25, 1.5], dtype=np.float32))


# --------------------------------------------------------------------------------------------
# Contract: stability
# --------------------------------------------------------------------------------------------


def test_large_logits_do_not_overflow():
    np.testing.assert_array_equal(softmax([1000, 2000, 3000]), [0.0, 0.0, 1.0])
    np.testing.assert_array_equal(log_softmax([1000, 2000, 3000]), [-2000.0, -1000.0, 0.0])
    assert logsumexp([1000, 2000, 3000]) == 3000.0


def test_float32_softmax_where_exp_overflows():
    z = np.array([100, 0], dtype=np.float32)
    with np.errstate(over="ignore"):  # the naive formula overflows: that is the point
        assert np.isinf(np.exp(z[0]))
    p = softmax(z)
    assert p.dtype == np.float32
    assert np.all(np.isfinite(p))
    assert p[0] == 1.0
    np.testing.assert_allclose(p[1], math.exp(-100), rtol=0.05)  # a float32 subnormal


def test_logits_near_the_largest_float():
    np.testing.assert_array_equal(softmax([MAX, -MAX]), [1.0, 0.0])
    np.testing.assert_array_equal(softmax([MAX, MAX]), [0.5, 0.5])
    np.testing.assert_array_equal(log_softmax([MAX, MAX]), [-LN2, -LN2])
    assert logsumexp([MAX, MAX]) == MAX  # MAX + ln 2 rounds back to MAX
    # The exact answer -2 * MAX is out of range: rounded to -inf, without a warning.
    np.testing.assert_array_equal(log_softmax([MAX, -MAX]), [0.0, -INF])


def test_float16_extremes_round_back_without_warnings():
    z = np.array([60000, -60000], dtype=np.float16)
    np.testing.assert_array_equal(softmax(z), [1.0, 0.0])
    np.testing.assert_array_equal(log_softmax(z), [0.0, -INF])  # -120000 is beyond float16
    assert logsumexp(z) == np.float16(60000)
    assert softmax(z).dtype == log_softmax(z).dtype == logsumexp(z).dtype == np.float16


# --------------------------------------------------------------------------------------------
# Contract: input types, dtypes, shapes
# --------------------------------------------------------------------------------------------

NON_NUMERIC = [
    ("abc", "str"),
    (None, "NoneType"),
    ([1.0, None], "list"),
    (1j, "complex"),
    (np.array([1 + 2j]), "ndarray"),
    (np.array(["a", "b"]), "ndarray"),
    (object(), "object"),
    (np.array(["2020-01-01"], dtype="datetime64[D]"), "ndarray"),
]


@pytest.mark.parametrize("function", ALL_FUNCTIONS)
@pytest.mark.parametrize(("value", "type_name"), NON_NUMERIC, ids=[t for _, t in NON_NUMERIC])
def test_non_numeric_input_is_a_type_error_naming_the_type(function, value, type_name):
    with pytest.raises(
        TypeError, match=rf"^{function.__name__} needs real numbers, got {type_name}"
    ):
        function(value)


@pytest.mark.parametrize("function", ROW_FUNCTIONS)
@pytest.mark.parametrize("shape", [(2, 3), (2, 0)])
@pytest.mark.parametrize("axis", [2, -3])
def test_axis_out_of_range(function, shape, axis):
    with pytest.raises(np.exceptions.AxisError):
        function(np.ones(shape), axis=axis)


@pytest.mark.parametrize("function", ROW_FUNCTIONS)
def test_zero_dimensional_input_has_no_axis(function):
    with pytest.raises(np.exceptions.AxisError):
        function(1.0)


@pytest.mark.parametrize("function", [softmax, log_softmax])
@pytest.mark.parametrize("shape", [(3, 0), (0, 4), (0,)])
@pytest.mark.parametrize("dtype", [np.float64, np.float32, np.float16])
def test_empty_input_gives_an_empty_array_of_the_same_shape(function, shape, dtype):
    out = function(np.empty(shape, dtype=dtype))
    assert isinstance(out, np.ndarray)
    assert out.shape == shape
    assert out.dtype == dtype


def test_empty_logsumexp_is_minus_infinity_like_scipy():
    np.testing.assert_array_equal(logsumexp(np.empty((3, 0))), [-INF] * 3)
    assert logsumexp(np.empty((0, 4))).shape == (0,)
    np.testing.assert_array_equal(
        logsumexp(np.empty((3, 0))), scipy.special.logsumexp(np.empty((3, 0)), axis=-1)
    )
    assert sigmoid([]).shape == logit([]).shape == (0,)


def sample_input(function, dtype):
    """Values valid for ``function`` (probabilities for logit), as ``dtype``."""
    values = [0.0, 0.25, 1.0] if function is logit else [3.0, 0.0, 1.0]
    return np.array(values if dtype is not bool else [False, True, True], dtype=dtype)


@pytest.mark.parametrize("function", ALL_FUNCTIONS)
@pytest.mark.parametrize("dtype", [np.float16, np.float32, np.float64, np.longdouble])
def test_floating_dtypes_are_kept(function, dtype):
    out = function(sample_input(function, dtype))
    assert out.dtype == dtype
    assert not np.any(np.isnan(out))


@pytest.mark.parametrize("function", [softmax, log_softmax])
@pytest.mark.parametrize("dtype", [np.float16, np.float32, np.float64, np.longdouble])
@pytest.mark.parametrize(("temperature", "base"), [(0.5, 2.0), (3.0, 0.5), (1.0, 1.0)])
def test_temperature_and_base_keep_the_dtype(function, dtype, temperature, base):
    z = np.array([[4.0, 2.0, -2.0], [INF, 0.0, 1.0]], dtype=dtype)
    out = function(z, temperature=temperature, base=base)
    assert out.dtype == dtype
    assert not np.any(np.isnan(out))


@pytest.mark.parametrize("function", ALL_FUNCTIONS)
@pytest.mark.parametrize("dtype", [np.int8, np.int64, np.uint8, bool])
def test_integers_and_booleans_become_float64(function, dtype):
    z = sample_input(function, dtype)
    out = function(z)
    assert out.dtype == np.float64
    np.testing.assert_array_equal(out, function(z.astype(np.float64)))


@pytest.mark.parametrize("function", ALL_FUNCTIONS)
def test_lists_and_scalars_become_float64_arrays(function):
    out = function([0, 1])
    assert isinstance(out, np.ndarray)
    assert out.dtype == np.float64
    if function not in ROW_FUNCTIONS:  # element-wise: a scalar gives a 0-d array
        scalar = function(0.5)
        assert isinstance(scalar, np.ndarray)
        assert scalar.shape == ()
        assert scalar.dtype == np.float64


def test_logsumexp_of_a_vector_is_a_zero_dimensional_array():
    out = logsumexp([1.0, 2.0])
    assert isinstance(out, np.ndarray)
    assert out.shape == ()
    np.testing.assert_allclose(out, math.log(math.e + math.e**2), rtol=EPS)


def test_longdouble_keeps_its_extra_precision():
    z = np.array([1, 2, 3], dtype=np.longdouble)
    p = softmax(z)
    reference = mp_softmax([1.0, 2.0, 3.0])
    with mpmath.workdps(60):  # str() of a longdouble keeps all its digits
        errors = [float(abs(mpmath.mpf(str(v)) - r) / r) for v, r in zip(p, reference, strict=True)]
    assert max(errors) <= 8 * np.finfo(np.longdouble).eps, errors


@pytest.mark.parametrize("function", ALL_FUNCTIONS)
def test_input_is_neither_modified_nor_aliased(function):
    z = sample_input(function, np.float64).reshape(1, 3)
    before = z.copy()
    out = function(z)
    np.testing.assert_array_equal(z, before)
    assert not np.shares_memory(out, z)


# --------------------------------------------------------------------------------------------
# Contract: masked arrays, Python integers beyond int64 and other real objects
# --------------------------------------------------------------------------------------------


def masked_input(function, mask) -> np.ma.MaskedArray:
    """A masked 2 x 3 input valid for ``function`` (probabilities for logit)."""
    data = [[0.25, 0.5, 0.75], [0.0, 1.0, 0.5]] if function is logit else [[0, 5, 1], [2, 0, 1]]
    return np.ma.masked_array(np.array(data, dtype=float), mask=mask)


@pytest.mark.parametrize("function", ALL_FUNCTIONS)
@pytest.mark.parametrize(
    "mask", [[[False, True, False], [False] * 3], False], ids=["one-masked", "none-masked"]
)
def test_masked_arrays_are_rejected_with_advice_that_works(function, mask):
    # NumPy would drop the mask: the masked logit would count, and could take all the mass.
    z = masked_input(function, mask)
    name = function.__name__
    with pytest.raises(TypeError, match=rf"^{name} does not take masked arrays: ") as error:
        function(z)
    assert "their mask would be lost" in str(error.value)
    advice = str(error.value).rsplit(": ", 1)[1]  # the message ends with code to run instead
    variable = "p" if function is logit else "z"
    assert f"{name}({variable}." in advice
    result = eval(advice, {"np": np, name: function, variable: z})  # our own message, as code
    kept = ~np.ma.getmaskarray(z)
    if function in (sigmoid, logit):  # element-wise: the result is masked like the input
        assert isinstance(result, np.ma.MaskedArray)
        np.testing.assert_array_equal(np.ma.getmaskarray(result), ~kept)
        np.testing.assert_array_equal(result[kept], function(z.data[kept]))
    elif function is logsumexp:  # the masked logits add nothing to the sum
        np.testing.assert_allclose(result[0], logsumexp(z.data[0][kept[0]]), rtol=EPS)
    else:  # probability 0 (log-probability -inf), and the rest as without the masked logits
        np.testing.assert_array_equal(result[0][~kept[0]], 0.0 if function is softmax else -INF)
        np.testing.assert_allclose(result[0][kept[0]], function(z.data[0][kept[0]]), rtol=EPS)


@pytest.mark.parametrize("function", ALL_FUNCTIONS)
def test_a_masked_scalar_is_rejected_too(function):
    with pytest.raises(TypeError, match=rf"^{function.__name__} does not take masked arrays"):
        function(np.ma.masked_array(0.5, mask=False))


BIG_INTEGERS = [10**30, -(2**63) - 1, 2**64, 2**1024 - 2**970 - 1]  # the last: float64's max
# Inputs NumPy keeps as Python objects (beyond int64, or mixed), and the same as float64.
OBJECT_INPUTS = {
    softmax: ([10**30, 0, Fraction(1, 3)], [1e30, 0.0, 1 / 3]),
    log_softmax: ([2**64, 2**64 - 3, -(2**63) - 1], [2.0**64, 2.0**64, -(2.0**63)]),
    logsumexp: ([2**1024 - 2**970 - 1, 0], [MAX, 0.0]),
    sigmoid: ([-(10**30), Fraction(-1, 2), 2**64, True], [-1e30, -0.5, 2.0**64, 1.0]),
    logit: ([Fraction(1, 4), 1, 0, Fraction(10**30 - 1, 10**30)], [0.25, 1.0, 0.0, 1.0]),
}


@pytest.mark.parametrize("function", ALL_FUNCTIONS)
def test_python_integers_and_fractions_are_converted_like_any_number(function):
    objects, floats = OBJECT_INPUTS[function]
    assert np.asarray(objects).dtype == object  # NumPy alone would not make numbers of them
    out = function(objects)
    assert out.dtype == np.float64
    np.testing.assert_array_equal(out, function(np.array(floats)))


def test_python_integers_beyond_int64_give_the_expected_values():
    # The reviewers' example: softmax([10**30, 0]) raised "needs real numbers".
    np.testing.assert_array_equal(softmax([10**30, 0]), [1.0, 0.0])
    np.testing.assert_array_equal(log_softmax([10**30, 0]), [0.0, -1e30])
    assert logsumexp([10**30, 0]) == 1e30
    np.testing.assert_array_equal(softmax([[2**64, 2**64], [0, -(10**30)]]), [[0.5, 0.5], [1, 0]])
    for big in BIG_INTEGERS:  # scalars too
        assert sigmoid(big) == (1.0 if big > 0 else 0.0)
        assert sigmoid(big).shape == ()
    assert logit(Fraction(3, 4)) == logit(0.75)
    with pytest.raises(ValueError, match=r"^logit needs probabilities in \[0, 1\], got 1e\+30$"):
        logit(10**30)


TOO_LARGE = [
    (10**400, "integer 1000...000 (401 digits)"),
    (-(10**400), "integer -1000...000 (401 digits)"),
    (2**1024 - 2**970, "integer 1797...792 (309 digits)"),  # rounds up to 2**1024: too large
    (10**5000 + 7, "integer 1000...007 (5001 digits)"),  # beyond str()'s default digit limit
    (Fraction(10**400, 3), "number Fraction("),
]


@pytest.mark.parametrize("function", ALL_FUNCTIONS)
@pytest.mark.parametrize(
    ("value", "shown"), TOO_LARGE, ids=["1e400", "-1e400", "2^1024-2^970", "1e5000+7", "fraction"]
)
@pytest.mark.parametrize("in_list", [False, True], ids=["scalar", "list"])
def test_a_number_too_large_for_float64_is_a_value_error_showing_it(
    function, value, shown, in_list
):
    z = [0.5, value, 0.5] if in_list else value
    message = rf"^{function.__name__}: the {re.escape(shown)}.* is too large for float64$"
    with pytest.raises(ValueError, match=message):
        function(z)


@pytest.mark.parametrize("function", ALL_FUNCTIONS)
@pytest.mark.parametrize(
    "value",
    [[10**30, 1j], [10**30, "1"], [Fraction(1, 2), None], [10**30, object()]],
    ids=["complex", "str", "None", "object"],
)
def test_objects_that_are_not_real_numbers_stay_type_errors(function, value):
    with pytest.raises(TypeError, match=rf"^{function.__name__} needs real numbers, got list "):
        function(value)


# --------------------------------------------------------------------------------------------
# Large inputs
# --------------------------------------------------------------------------------------------

LARGE = 2**18 + 12345  # elements: NumPy sums such a row in many blocks

# (shape, axis): one long row, the same as a 1 x n batch, rows along the last axis, along the
# first, in the middle.
LARGE_CASES = [
    ((LARGE,), -1),
    ((1, LARGE), 1),
    ((256, 1025), -1),
    ((1025, 256), 0),
    ((16, 65, 257), 1),
]
LARGE_IDS = ["long-row", "1xn", "rows", "axis-0", "3-d"]


def large_logits(shape, dtype=np.float64, offset=0.0, seed=11) -> np.ndarray:
    """Normal logits (sd 3) around ``offset``."""
    rng = np.random.default_rng(seed)
    return (offset + 3 * rng.standard_normal(shape)).astype(dtype)


@pytest.mark.parametrize(("shape", "axis"), LARGE_CASES, ids=LARGE_IDS)
@pytest.mark.parametrize("offset", [0.0, -40.0])
@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_large_input_matches_scipy_and_sums_to_one(shape, axis, offset, dtype):
    z = large_logits(shape, dtype, offset)
    p = softmax(z, axis=axis)
    finfo = np.finfo(dtype)
    want = scipy.special.softmax(z, axis=axis)
    np.testing.assert_allclose(p, want, rtol=32 * finfo.eps, atol=float(finfo.smallest_normal))
    n = z.shape[axis]
    np.testing.assert_allclose(p.sum(axis=axis), 1.0, rtol=0, atol=2 * n * finfo.eps)
    want_log = scipy.special.log_softmax(z, axis=axis)
    np.testing.assert_allclose(log_softmax(z, axis=axis), want_log, rtol=8 * finfo.eps, atol=1e-5)


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
@pytest.mark.parametrize("offset", [0.0, -100.0])
def test_long_row_within_a_few_ulp_when_differences_are_exact(dtype, offset):
    # As for short rows (above): multiples of 1/8, so z - max z is exact and only exp, the
    # sum and the division round. The reference is computed in long double (x87's 64-bit
    # significand: 11 bits more than float64) and compared in ulps of the result dtype.
    rng = np.random.default_rng(5)
    z = (offset + rng.integers(-240, 240, LARGE) / 8).astype(dtype)
    wide = z.astype(np.longdouble)
    e = np.exp(wide - wide.max())
    reference = e / e.sum()
    ulp = np.spacing(reference.astype(dtype)).astype(np.longdouble)
    ulps = np.abs(softmax(z) - reference) / ulp
    assert float(ulps.max()) <= 6, float(ulps.max())


def test_large_inputs_with_special_rows_follow_the_limits():
    z = large_logits((256, 1025), offset=-40.0)
    z[1, 5] = INF
    z[2, 7] = NAN
    z[3] = -INF
    z[4, :3] = INF
    z[5, ::2] = -INF  # masked entries
    p = softmax(z)
    assert np.count_nonzero(p[1]) == 1
    assert p[1, 5] == 1.0
    assert np.all(np.isnan(p[2:4]))
    np.testing.assert_array_equal(p[4, :3], [1 / 3] * 3)
    assert not np.any(p[4, 3:])
    assert not np.any(p[5, ::2])
    for row in (0, 5, 6, 255):
        np.testing.assert_allclose(p[row], softmax(z[row]), rtol=8 * EPS, atol=0)
    # One long row: a single +inf takes all the mass; a NaN or only -inf gives NaN everywhere.
    row = large_logits(LARGE)
    row[::3] = -INF
    masked = softmax(row)
    assert not np.any(masked[::3])
    np.testing.assert_allclose(masked.sum(), 1.0, rtol=0, atol=1e-12)
    row[1000] = INF
    assert softmax(row)[1000] == 1.0
    assert np.count_nonzero(softmax(row)) == 1
    row[2000] = NAN
    assert np.all(np.isnan(softmax(row)))
    assert np.all(np.isnan(softmax(np.full(LARGE, -INF))))


@pytest.mark.parametrize("dtype", [np.float16, np.float32, np.float64, np.longdouble])
def test_large_input_keeps_its_dtype_and_is_not_aliased(dtype):
    z = large_logits((2, LARGE // 2), dtype, offset=-40.0)
    before = z.copy()
    for axis in (-1, 0, None):  # rows, 2-element columns, and (below) one long row
        out = softmax(z, axis=axis) if axis is not None else softmax(z.reshape(-1))
        assert out.dtype == dtype
        assert not np.shares_memory(out, z)
        assert np.all(np.isfinite(out))
    np.testing.assert_array_equal(z, before)


def test_large_views_and_layouts():
    z = large_logits((2 * LARGE,))[::2]  # a strided long row
    np.testing.assert_allclose(softmax(z), softmax(z.copy()), rtol=4 * EPS, atol=0)
    batch = large_logits((512, 1024), offset=-40.0).T  # Fortran order
    for axis in (0, 1):
        np.testing.assert_allclose(
            softmax(batch, axis=axis), softmax(batch.copy(), axis=axis), rtol=64 * EPS, atol=0
        )
        np.testing.assert_allclose(
            softmax(batch, axis=axis), scipy.special.softmax(batch, axis=axis), rtol=32 * EPS
        )


# --------------------------------------------------------------------------------------------
# Contract: the caller's floating-point error state changes nothing
# --------------------------------------------------------------------------------------------

LN3 = math.log(3)
F16, F32 = np.float16, np.float32

# (function, input, knobs, expected): every kind of floating-point event the functions meet,
# underflow, overflow to -inf, 0/0, log(0), casts that overflow, at the dtypes' edges.
ERRSTATE_CASES = [
    (softmax, [0.0, -1000.0], {}, [1.0, 0.0]),
    (
        softmax,
        [[INF, INF, 0], [-INF, -INF, -INF], [NAN, 1, 2], [MAX, -MAX, 0]],
        {},
        [[0.5, 0.5, 0], [NAN] * 3, [NAN] * 3, [1, 0, 0]],
    ),
    (softmax, F32([100, 20, -INF]), {}, [1, math.exp(-80), 0]),
    (softmax, F16([60000, -60000]), {}, [1, 0]),
    (softmax, F32([1, 2, -INF]), {"temperature": 1e-46}, [0, 1, 0]),
    (softmax, F32([1, 2, -INF]), {"temperature": 1.7e308}, [0.5, 0.5, 0]),
    (softmax, F32([0, -1, -INF]), {"base": 1e39}, [1, 1e-39, 0]),
    (softmax, [0.0, 1.0, 2.0, INF], {"base": 0.5}, [4 / 7, 2 / 7, 1 / 7, 0]),
    (softmax, [[INF, -INF, 0], [NAN, 0, 0]], {"base": 1}, [[1 / 3] * 3, [NAN] * 3]),
    (softmax, np.empty((3, 0)), {}, np.empty((3, 0))),
    (log_softmax, [0.0, -1000.0], {}, [0.0, -1000.0]),
    (
        log_softmax,
        [[INF, INF, 0], [-INF, -INF, -INF], [NAN, 1, 2], [MAX, -MAX, 0]],
        {},
        [[-LN2, -LN2, -INF], [NAN] * 3, [NAN] * 3, [0, -INF, -MAX]],
    ),
    (log_softmax, F16([60000, -60000]), {}, [0, -INF]),
    (log_softmax, F32([1, 2, -INF]), {"temperature": 1e-46}, [-INF, 0, -INF]),
    (log_softmax, F32([1, 2, -INF]), {"temperature": 1.7e308}, [-LN2, -LN2, -INF]),
    (log_softmax, F32([0, -1, -INF]), {"base": 1e39}, [-1e-39, -math.log(1e39), -INF]),
    (log_softmax, [INF, -INF, 0], {"base": 1}, [-LN3] * 3),
    (log_softmax, np.empty((3, 0)), {}, np.empty((3, 0))),
    (
        logsumexp,
        [[0, -1000], [-INF, -INF], [INF, 0], [NAN, 0], [MAX, MAX]],
        {},
        [0, -INF, INF, NAN, MAX],
    ),
    (logsumexp, F16([65504, 65504]), {}, 65504),  # 65504 + ln 2 rounds back to float16's max
    (logsumexp, np.empty((3, 0)), {}, [-INF] * 3),
    (sigmoid, [-1000, 1000, INF, -INF, NAN, 0, -MAX, MAX], {}, [0, 1, 1, 0, NAN, 0.5, 0, 1]),
    (sigmoid, F16([-20, 12]), {}, [0, 1]),  # 2e-9 underflows float16; 1 - 6e-6 rounds to 1
    (logit, [0, 1, NAN, 0.5, 5e-324], {}, [-INF, INF, NAN, 0, math.log(5e-324)]),
    (logit, F16([0, 1, 0.5]), {}, [-INF, INF, 0]),
]
ERRSTATE_IDS = [f"{i}-{case[0].__name__}" for i, case in enumerate(ERRSTATE_CASES)]


def record_call(kind: str, flag: int) -> None:
    """An np.errstate(call=...) handler: calling it at all fails the test."""
    pytest.fail(f"np.errstate's handler was called: {kind} (flag {flag})")


@pytest.mark.parametrize("mode", ["raise", "warn", "ignore", "call"])
@pytest.mark.parametrize(("function", "z", "knobs", "expected"), ERRSTATE_CASES, ids=ERRSTATE_IDS)
def test_results_and_warnings_do_not_depend_on_the_callers_errstate(
    function, z, knobs, expected, mode
):
    handler = {"call": record_call} if mode == "call" else {}
    with warnings.catch_warnings(record=True) as caught, np.errstate(all=mode, **handler):
        warnings.simplefilter("always")
        out = function(z, **knobs)
        state_after = np.geterr()
    assert caught == []  # no warning of any kind
    assert state_after == dict.fromkeys(("divide", "over", "under", "invalid"), mode)
    dtype = np.asarray(z).dtype if np.asarray(z).dtype.kind == "f" else np.float64
    assert out.dtype == dtype
    finfo = np.finfo(dtype)  # subnormal results (1e-39 in float32) have fewer digits
    np.testing.assert_allclose(out, expected, rtol=4 * finfo.eps, atol=4 * finfo.smallest_subnormal)


@pytest.mark.parametrize("mode", ["raise", "warn"])
def test_large_input_under_a_strict_errstate(mode):
    z = large_logits((512, 1024), np.float32, offset=-40.0)
    z[:, ::7] = -INF
    with warnings.catch_warnings(record=True) as caught, np.errstate(all=mode):
        warnings.simplefilter("always")
        p = softmax(z)
        log_p = log_softmax(z)
    assert caught == []
    assert not np.any(p[:, ::7])
    np.testing.assert_allclose(p.sum(axis=-1), 1, rtol=1e-5)
    np.testing.assert_allclose(np.exp(log_p), p, rtol=1e-5, atol=1e-30)
