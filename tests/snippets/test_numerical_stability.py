"""The snippets of docs/numerical-stability.md."""

# The snapshots hold the page's output verbatim; its lines may be longer than 100.
# ruff: noqa: E501

import math

import numpy as np
import pytest
from inline_snapshot import snapshot

from snippets.activations import log_softmax, logsumexp, sigmoid, softmax
from snippets.running_example import LOGITS


def test_float_limits_table_gives_the_log_of_the_largest_float(run_snippet):
    printed, _ = run_snippet("numerical_stability/float_limits.py")
    assert printed == snapshot("""\
| type | largest finite number | ln of it | first whole *z* to overflow |
|:--|--:|--:|:--|
| float16 | 6.5504e+04 | 11.09 | e<sup>12</sup> = inf |
| float32 | 3.4028e+38 | 88.72 | e<sup>89</sup> = inf |
| float64 | 1.7977e+308 | 709.78 | e<sup>710</sup> = inf |
""")
    # One whole number below the limit, the exponential is still finite.
    with np.errstate(over="raise"):
        assert np.isfinite(np.exp(np.float16(11)))
        assert np.isfinite(np.exp(np.float32(88)))
        assert np.isfinite(np.exp(np.float64(709)))


def test_max_subtraction_turns_nan_into_the_right_answer(run_snippet):
    printed, namespace = run_snippet("numerical_stability/max_subtraction.py")
    assert printed == snapshot("""\
| method | exponentials | softmax |
|:--|--:|--:|
| naive: e<sup>*z*</sup> | inf, inf, inf | nan, nan, nan |
| shifted: e<sup>*z* − max *z*</sup> | 0.000, 0.000, 1.000 | 0.000, 0.000, 1.000 |
| `softmax` from `activations` | | 0.000, 0.000, 1.000 |
""")
    assert np.isnan(namespace["naive"]).all()
    np.testing.assert_array_equal(namespace["stable"], [0.0, 0.0, 1.0])
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
""")
    np.testing.assert_array_equal(namespace["stable"], [0.0, -999.0])
    np.testing.assert_array_equal(namespace["log_of_softmax"], [0.0, -np.inf])


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
