"""The snippets of docs/numerical-stability.md."""

# The snapshots hold the page's output verbatim; its lines may be longer than 100.
# ruff: noqa: E501

import math

import numpy as np
import pytest
from inline_snapshot import snapshot

from snippets.activations import log_softmax, logsumexp, sigmoid, softmax
from snippets.numerical_stability.float_types import (
    BFLOAT16,
    FLOAT16,
    FLOAT32,
    FLOAT64,
    FLOAT_TYPES,
    to_bfloat16,
)
from snippets.running_example import LOGITS


def _bfloat16_reference(x32: np.ndarray) -> np.ndarray:
    """Round finite float32s to bfloat16 the slow way: the nearer of the two neighbours, ties to
    the one whose last kept bit is 0. Independent of the bit trick in ``to_bfloat16``."""
    bits = x32.view(np.uint32)
    toward_zero = (bits & np.uint32(0xFFFF0000)).view(np.float32).astype(np.float64)
    away = ((bits & np.uint32(0xFFFF0000)).astype(np.uint64) + 0x10000).astype(np.uint32)
    away_from_zero = away.view(np.float32).astype(np.float64)
    x = x32.astype(np.float64)  # float64 holds every float32 and every distance between them
    below, above = np.abs(x - toward_zero), np.abs(away_from_zero - x)
    even = (bits >> np.uint32(16)) & np.uint32(1) == 0
    choose_away = (above < below) | ((above == below) & ~even)
    return np.where(choose_away, away_from_zero, toward_zero).astype(np.float32)


def test_to_bfloat16_keeps_every_bfloat16_and_rounds_to_nearest_even():
    # All 65,536 bit patterns with low half zero are bfloat16 numbers: each one is kept as is.
    patterns = np.arange(2**16, dtype=np.uint32) << np.uint32(16)
    values = patterns.view(np.float32)
    kept = to_bfloat16(values)
    numbers = ~np.isnan(values)
    np.testing.assert_array_equal(kept.view(np.uint32)[numbers], patterns[numbers])
    assert np.isnan(kept[~numbers]).all()  # NaN stays NaN (the carry could make it inf)
    # A million random finite float32s against the slow reference, ties included.
    rng = np.random.default_rng(12)
    bits = rng.integers(0, 2**32, size=1_000_000, dtype=np.uint64).astype(np.uint32)
    bits[:1000] = (bits[:1000] & np.uint32(0xFFFF0000)) | np.uint32(0x8000)  # exact ties
    x = bits.view(np.float32)
    x = x[np.isfinite(x) & (np.abs(x) <= BFLOAT16.largest)]
    np.testing.assert_array_equal(to_bfloat16(x), _bfloat16_reference(x))


def test_to_bfloat16_edge_cases():
    eps = BFLOAT16.eps
    assert to_bfloat16(1 + eps / 2) == 1.0  # a tie: to the even neighbour, 1
    assert to_bfloat16(1 + 3 * eps / 2) == 1 + 2 * eps  # a tie: to the even neighbour, up
    assert to_bfloat16(1 + eps / 2 + 2.0**-20) == 1 + eps  # past the tie: up
    assert to_bfloat16(BFLOAT16.largest) == BFLOAT16.largest
    assert to_bfloat16(np.finfo(np.float32).max) == np.inf  # past the largest: infinity
    assert to_bfloat16(-np.inf) == -np.inf
    negative_zero = to_bfloat16(-0.0)
    assert negative_zero == 0
    assert np.signbit(negative_zero)
    assert to_bfloat16(BFLOAT16.smallest) == BFLOAT16.smallest
    assert to_bfloat16(BFLOAT16.smallest / 2) == 0.0  # a tie between 0 and the smallest: 0
    assert to_bfloat16(0.75 * BFLOAT16.smallest) == BFLOAT16.smallest
    assert to_bfloat16([1.0, 2.0]).dtype == np.float32


def test_float_types_describe_their_formats():
    assert [t.name for t in FLOAT_TYPES] == ["float16", "bfloat16", "float32", "float64"]
    for t in (FLOAT16, FLOAT32, FLOAT64):
        info = np.finfo(t.name)
        assert (t.largest, t.smallest, t.eps) == (info.max, info.smallest_subnormal, info.eps)
        assert t.rounded(1 / 3).dtype == np.dtype(t.name)
    # Published values, kept by hand. Source: the bfloat16 format, 8 exponent bits and 7
    # fraction bits (Kalamkar et al. 2019, arXiv:1905.12322): largest (2 - 2^-7) 2^127,
    # smallest subnormal 2^-133, gap above 1 2^-7.
    assert BFLOAT16.largest == pytest.approx(3.3895313892515355e38, rel=1e-15)
    assert BFLOAT16.smallest == pytest.approx(9.183549615799121e-41, rel=1e-15)
    assert BFLOAT16.eps == 0.0078125
    # Each is a bfloat16 number, and no bfloat16 lies between 1 and 1 + eps.
    for value in (BFLOAT16.largest, BFLOAT16.smallest, 1 + BFLOAT16.eps):
        assert to_bfloat16(value) == value
    assert to_bfloat16(1 + BFLOAT16.eps / 4) == 1.0
    assert to_bfloat16(1 + 3 * BFLOAT16.eps / 4) == 1 + BFLOAT16.eps


def test_float_limits_table_gives_the_log_of_the_largest_float(run_snippet):
    printed, _ = run_snippet("numerical_stability/float_limits.py")
    assert printed == snapshot("""\
| type | largest finite number | ln of it | first whole *z* to overflow |
|:--|--:|--:|:--|
| float16 | 6.5504e+04 | 11.09 | e<sup>12</sup> = inf |
| bfloat16 | 3.3895e+38 | 88.72 | e<sup>89</sup> = inf |
| float32 | 3.4028e+38 | 88.72 | e<sup>89</sup> = inf |
| float64 | 1.7977e+308 | 709.78 | e<sup>710</sup> = inf |
""")
    # One whole number below the limit, the exponential is still finite.
    with np.errstate(over="raise"):
        assert np.isfinite(np.exp(np.float16(11)))
        assert np.isfinite(np.exp(np.float32(88)))
        assert np.isfinite(np.exp(np.float64(709)))
        assert np.isfinite(to_bfloat16(np.exp(np.float32(88))))


def test_max_subtraction_turns_nan_into_the_right_answer(run_snippet):
    printed, namespace = run_snippet("numerical_stability/max_subtraction.py")
    assert printed == snapshot("""\
| method | exponentials | softmax |
|:--|--:|--:|
| naive: e<sup>*z*</sup> | inf, inf, inf | nan, nan, nan |
| shifted: e<sup>*z* − max *z*</sup> | 0.000, 0.000, 1.000 | 0.000, 0.000, 1.000 |
| `softmax` from `activations` | | 0.000, 0.000, 1.000 |

Exactly: e<sup>-2000</sup> = 0, e<sup>-1000</sup> = 0, e<sup>0</sup> = 1. The smallest positive float64 is 4.9e-324.
""")
    assert np.isnan(namespace["naive"]).all()
    np.testing.assert_array_equal(namespace["stable"], [0.0, 0.0, 1.0])
    # The two small exponentials are exactly 0, and rightly so: e^-1000 is below the tiniest.
    np.testing.assert_array_equal(namespace["shifted_exps"][:2], [0.0, 0.0])
    assert math.log(namespace["tiniest"]) > -1000
    np.testing.assert_array_equal(namespace["stable"], softmax(namespace["z"]))


def test_log_sum_exp_takes_the_maximum_out(run_snippet):
    printed, namespace = run_snippet("numerical_stability/log_sum_exp.py")
    assert printed == snapshot("""\
| logits *z* | naive ln Σ e<sup>*z*</sup> | *m* + ln Σ e<sup>*z* − *m*</sup> |
|:--|--:|--:|
| 1000, 2000, 3000 | inf | 3000.000 |
| 4, 2, -2 | 4.129 | 4.129 |

For the running example, e<sup>*z* − logsumexp(*z*)</sup> = 0.879, 0.119, 0.002: the softmax.
""")
    np.testing.assert_allclose(namespace["probs"], softmax(LOGITS), rtol=1e-15)
    # logsumexp minus the dog logit is the cross-entropy loss of the training page.
    assert logsumexp(LOGITS) - LOGITS[0] == pytest.approx(-np.log(softmax(LOGITS)[0]))


def test_log_softmax_stays_finite_where_log_of_softmax_is_minus_infinity(run_snippet):
    printed, namespace = run_snippet("numerical_stability/log_softmax.py")
    assert printed == snapshot("""\
| for *z* = 1000, 1 | result |
|:--|--:|
| `softmax(z)` | 1, 0 |
| `np.log(softmax(z))` | 0, -inf |
| `log_softmax(z)` | 0, -999 |

With the second class true, the loss from `np.log(softmax(z))` is inf and its gradient (nan, nan); from `log_softmax(z)`, the loss is 999 and its gradient *p* − *y* = (1, -1).
""")
    np.testing.assert_array_equal(namespace["stable"], [0.0, -999.0])
    np.testing.assert_array_equal(namespace["log_of_softmax"], [0.0, -np.inf])
    # Training on it: infinite loss and a nan gradient, against 999 and p - y = (1, -1).
    assert namespace["naive_loss"] == np.inf
    assert np.isnan(namespace["naive_gradient"]).all()
    assert namespace["stable_loss"] == 999.0
    np.testing.assert_array_equal(namespace["stable_gradient"], [1.0, -1.0])


def test_stable_sigmoid_table_shows_each_form_failing_on_one_side(run_snippet):
    printed, namespace = run_snippet("numerical_stability/stable_sigmoid.py")
    assert printed == snapshot("""\
| type | *z* | e<sup>−*z*</sup> | 1 / (1 + e<sup>−*z*</sup>) | e<sup>*z*</sup> / (1 + e<sup>*z*</sup>) | stable |
|:--|--:|--:|--:|--:|--:|
| float64 | -1000 | inf | 0 | 0 | 0 |
| float32 | -100 | inf | 0 | 3.8e-44 | 3.8e-44 |
| float64 | 1000 | 0 | 1 | nan | 1 |
""")
    stable_sigmoid = namespace["stable_sigmoid"]
    for dtype in (np.float32, np.float64):
        z = np.array([-1000, -100, -30, -1, 0, 1, 30, 100, 1000], dtype=dtype)
        with np.errstate(over="raise", invalid="raise"):  # underflow to 0 is fine
            result = stable_sigmoid(z)
        assert result.dtype == dtype
        np.testing.assert_allclose(result, sigmoid(z), rtol=4 * np.finfo(dtype).eps)
    # float32 can hold sigma(-100) as a subnormal; the naive form loses it.
    assert stable_sigmoid(np.float32(-100)) > 0


def test_sigmoid_accuracy_shows_the_lost_digits(run_snippet):
    printed, namespace = run_snippet("numerical_stability/sigmoid_accuracy.py")
    assert printed == snapshot(
        "`1 - sigmoid(30)` = 9.3481e-14, but `sigmoid(-30)` = 9.3576e-14: a relative error of 1e-03. Just below 1, float64 numbers are 1.11e-16 apart, so the naive answer can only be a whole number of those steps: 842 of them.\n"
    )
    # sigma(-30) = 1 / (1 + e^30), checked against an independent formula.
    assert namespace["stable"] == pytest.approx(1 / (1 + math.exp(30)), rel=1e-15)
    # The naive answer is a whole number of float64 steps below 1, as the sentence says.
    steps = namespace["naive"] / namespace["gap"]
    assert steps == round(steps) > 0


def test_naive_vs_stable_table_forms_a_staircase(run_snippet):
    printed, namespace = run_snippet("numerical_stability/naive_vs_stable.py")
    assert printed == snapshot("""\
| scale | type | naive *p*<sub>dog</sub> | stable *p*<sub>dog</sub> | naive logsumexp | stable logsumexp |
|--:|:--|--:|--:|--:|--:|
| 10 | float16 | **nan** | 1.000 | **inf** | 40.000 |
| 10 | float32 | 1.000 | 1.000 | 40.000 | 40.000 |
| 10 | float64 | 1.000 | 1.000 | 40.000 | 40.000 |
| 100 | float16 | **nan** | 1.000 | **inf** | 400.000 |
| 100 | float32 | **nan** | 1.000 | **inf** | 400.000 |
| 100 | float64 | 1.000 | 1.000 | 400.000 | 400.000 |
| 1000 | float16 | **nan** | 1.000 | **inf** | 4000.000 |
| 1000 | float32 | **nan** | 1.000 | **inf** | 4000.000 |
| 1000 | float64 | **nan** | 1.000 | **inf** | 4000.000 |

Of these 9 cases, the naive versions fail in 6 and the stable ones in 0.
""")
    # The page's stable one-liners agree with the site's reference functions in every type.
    for dtype in (np.float16, np.float32, np.float64):
        z = (LOGITS * 1000).astype(dtype)
        np.testing.assert_array_equal(namespace["stable_softmax"](z), softmax(z))
        assert namespace["stable_logsumexp"](z) == logsumexp(z)
    assert namespace["stable_failures"] == 0 < namespace["naive_failures"]


def test_exercise_shift_moves_log_sum_exp_but_not_softmax(run_snippet):
    printed, _ = run_snippet("numerical_stability/exercise_shift.py")
    assert printed == snapshot("""\
| | *z* | *z* + 1000 |
|:--|--:|--:|
| `softmax` | 0.879, 0.119, 0.002 | 0.879, 0.119, 0.002 |
| `logsumexp` | 4.129 | 1004.129 |
""")
    assert logsumexp(LOGITS + 1000) == pytest.approx(logsumexp(LOGITS) + 1000, rel=1e-15)
    np.testing.assert_allclose(log_softmax(LOGITS + 1000), log_softmax(LOGITS), atol=1e-12)


def test_exercise_float32_breaking_point(run_snippet):
    printed, namespace = run_snippet("numerical_stability/exercise_float32_breaking_point.py")
    assert printed == snapshot("""\
Predicted breaking point: *s* = 88.72 / 4 = 22.18.

| *s* | naive float32 softmax |
|--:|:--|
| 22.1 | 1.000, 0.000, 0.000 |
| 22.2 | nan, 0.000, 0.000 |
""")
    assert 22.1 < namespace["breaking_scale"] < 22.2


def test_exercise_one_minus_sigmoid_loses_every_digit(run_snippet):
    printed, namespace = run_snippet("numerical_stability/exercise_one_minus_sigmoid.py")
    assert printed == snapshot("""\
| expression | value |
|:--|--:|
| `1 - sigmoid(40)` | 0 |
| `sigmoid(-40)` | 4.248e-18 |
| half the spacing of floats below 1 | 5.551e-17 |
""")
    assert namespace["naive"] == 0.0
    assert namespace["stable"] < namespace["half_gap"]


def test_mixed_precision_shows_what_16_bits_lose(run_snippet):
    printed, namespace = run_snippet("numerical_stability/mixed_precision.py")
    assert printed == snapshot("""\
| type | gap above 1 | smallest positive | −ln *p*<sub>dog</sub> | *p*<sub>rabbit</sub>, 5*z* | −ln *p*<sub>dog</sub>, 5*z* |
|:--|--:|--:|--:|--:|--:|
| float16 | 9.8e-04 | 6.0e-08 | 0.1290 | 0 | 0 |
| bfloat16 | 7.8e-03 | 9.2e-41 | 0.1318 | 9.37e-14 | 0 |
| float32 | 1.2e-07 | 1.4e-45 | 0.1291 | 9.36e-14 | 4.54e-05 |
| float64 | 2.2e-16 | 4.9e-324 | 0.1291 | 9.36e-14 | 4.54e-05 |

On the running example, the loss −ln *p*<sub>dog</sub> is off by 6.2e-04 in float16, 2.1e-02 in bfloat16, 9.2e-08 in float32 (relative errors).

At 5*z* = (20, 10, -10), float16 rounds *p*<sub>rabbit</sub> to 0, whose log is −inf, while its log-softmax still gives -30. And float16 and bfloat16 round *p*<sub>dog</sub> to 1, so the loss of this well-classified dog and its gradient *p*<sub>dog</sub> − 1 are exactly 0, where float64 gives 4.54e-05 and -4.54e-05.
""")
    results, scale = namespace["results"], namespace["scale"]
    # The float64 row is the reference: the site's own functions, to the last bits.
    p, log_p, p_far, log_p_far = results["float64"]
    np.testing.assert_allclose(p, softmax(LOGITS), rtol=1e-15)
    np.testing.assert_allclose(log_p, log_softmax(LOGITS), rtol=1e-15)
    np.testing.assert_allclose(p_far, softmax(scale * LOGITS), rtol=1e-14)
    np.testing.assert_allclose(log_p_far, log_softmax(scale * LOGITS), rtol=1e-9)
    # Every number a type computed is a number of that type: every step was rounded.
    for t in FLOAT_TYPES:
        for values in results[t.name]:
            np.testing.assert_array_equal(t.rounded(values), values)
    # What the prose says: no overflow anywhere, precision from worst to best, float16 alone
    # underflows, and both 16-bit types round the confident dog to exactly 1.
    assert all(np.isfinite(np.concatenate(r)).all() for r in results.values())
    errors = namespace["errors"]
    assert errors["float32"] < errors["float16"] < errors["bfloat16"]
    assert namespace["zero_rabbit"] == ["float16"]
    assert namespace["sure_dog"] == ["float16", "bfloat16"]
    assert results["float16"][3][2] == log_softmax(scale * LOGITS)[2].round()
