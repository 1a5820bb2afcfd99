"""The snippets of docs/logits.md."""

# The snapshots hold the page's output verbatim; its lines may be longer than 100.
# ruff: noqa: E501

import math

import numpy as np
from inline_snapshot import snapshot

from snippets.activations import logit, sigmoid, softmax
from snippets.running_example import LOGITS


def test_raw_scores_lists_the_logits_and_their_sum(run_snippet):
    printed, namespace = run_snippet("logits/raw_scores.py")
    assert printed == snapshot("""\
| class | logit *z* |
|:--|--:|
| dog | 4 |
| cat | 2 |
| rabbit | -2 |
| **sum** | **4** |

The scores add up to 4, not 1, and the rabbit's is -2, below zero: these are not probabilities, not yet.
""")
    assert namespace["lowest"] == 2


def test_log_odds_curve_prints_one_described_svg(run_figure):
    # Each dot's label is two lines of text: its probability, then its log-odds.
    _, namespace = run_figure(
        "logits/log_odds_curve.py",
        "logits-log-odds-curve",
        description=snapshot(
            "A rising curve, flat in the middle and steep at both ends: the log-odds ln(p/(1-p)) for p from 0.001 to 0.999. It climbs from -6.9 to 6.9, crosses 0 at p = 0.5, and heads to minus infinity as p goes to 0 and to plus infinity as p goes to 1. Dots mark dog p = 0.982, cat p = 0.881, rabbit p = 0.119, whose log-odds are the running example's logits 4, 2, -2."
        ),
        labels=(
            "dog: p = 0.982",
            "log-odds 4",
            "cat: p = 0.881",
            "log-odds 2",
            "rabbit: p = 0.119",
            "log-odds -2",
        ),
    )
    # The dots sit on the curve: their log-odds are the logits.
    np.testing.assert_allclose(logit(namespace["marked"]), LOGITS, rtol=1e-12)


def test_limits_run_from_minus_to_plus_infinity_through_zero(run_snippet):
    printed, namespace = run_snippet("logits/limits.py")
    assert printed == snapshot("""\
| probability *p* | odds *p* / (1 − *p*) | log-odds ln(odds) |
|--:|--:|--:|
| 0 | 0 | -∞ |
| 1e-06 | 1e-06 | -13.816 |
| 0.001 | 0.001001 | -6.907 |
| 0.1 | 0.1111 | -2.197 |
| 0.5 | 1 | 0.000 |
| 0.9 | 9 | 2.197 |
| 0.999 | 999 | 6.907 |
| 0.999999 | 1e+06 | 13.816 |
| 1 | ∞ | ∞ |

At p = 0.5 the odds are 1 to 1, and the log-odds are exactly 0. On every row, logit(1 − p) = −logit(p): True.
""")
    log_odds = namespace["log_odds"]
    assert log_odds[0] == -math.inf
    assert log_odds[-1] == math.inf
    assert log_odds[namespace["half"]] == 0.0
    # The table's rows mirror each other: logit(1 - p) = -logit(p).
    np.testing.assert_allclose(log_odds[::-1], -log_odds, rtol=1e-9)


def test_monotone_finds_every_step_rising(run_snippet):
    printed, namespace = run_snippet("logits/monotone.py")
    assert printed == snapshot(
        "Across 999 probabilities from 0.001 to 0.999, in steps of 0.001, 998 of the 998 steps raise the log-odds. The smallest rise, 0.0040, is from p = 0.499 to 0.5, where the slope is lowest: 4.\n"
    )
    assert (namespace["rises"] > 0).all()
    assert namespace["slope"].min() == 4.0


def test_binary_log_odds_gives_back_the_logit(run_snippet):
    printed, namespace = run_snippet("logits/binary_log_odds.py")
    assert printed == snapshot(
        "A yes/no dog detector with logit 4 outputs p = sigmoid(4) = 0.982. The log-odds of that probability, ln(0.982 / 0.018), are 4.000: the logit it started from.\n"
    )
    assert math.isclose(namespace["log_odds"], namespace["z"], rel_tol=1e-12)


def test_pairwise_log_odds_are_differences_of_logits(run_snippet):
    printed, namespace = run_snippet("logits/pairwise_log_odds.py")
    assert printed == snapshot("""\
| classes *i*, *j* | ratio *p*<sub>*i*</sub> / *p*<sub>*j*</sub> | ln(*p*<sub>*i*</sub> / *p*<sub>*j*</sub>) | logit(*p*<sub>*i*</sub> / (*p*<sub>*i*</sub> + *p*<sub>*j*</sub>)) | *z*<sub>*i*</sub> − *z*<sub>*j*</sub> |
|:--|--:|--:|--:|--:|
| dog, cat | 7.389 | 2.000 | 2.000 | 2 |
| dog, rabbit | 403.429 | 6.000 | 6.000 | 6 |
| cat, rabbit | 54.598 | 4.000 | 4.000 | 4 |

To 15 significant digits, ln(*p*<sub>dog</sub> / *p*<sub>cat</sub>) = 2, which is *z*<sub>dog</sub> − *z*<sub>cat</sub> = 2.
""")
    # Computed from the probabilities, the log-odds is the logit difference up to rounding.
    assert math.isclose(namespace["dog_vs_cat"], LOGITS[0] - LOGITS[1], rel_tol=1e-14)
    # The last pair's ratio is also the odds q / (1 - q) of q = p_cat / (p_cat + p_rabbit).
    assert math.isclose(namespace["log_odds"], namespace["log_ratio"], rel_tol=1e-12)


def test_units_rescale_one_log_odds(run_snippet):
    printed, namespace = run_snippet("logits/units.py")
    assert printed == snapshot("""\
The odds of dog against cat, *p*<sub>dog</sub> / *p*<sub>cat</sub>, are 7.389 to 1.

| unit | logarithm | log-odds |
|:--|:--|--:|
| nat | ln | 2.000 |
| bit | log<sub>2</sub> | 2.885 |
| ban (hartley) | log<sub>10</sub> | 0.869 |

In bits the logits are dog 5.771, cat 2.885, rabbit -2.885; a softmax in base 2 turns them into 0.879 / 0.119 / 0.002, the same probabilities as before.
""")
    np.testing.assert_allclose(namespace["same"], softmax(LOGITS), rtol=1e-12)
    assert math.isclose(np.log2(namespace["odds"]), 2 / math.log(2), rel_tol=1e-12)


def test_exercise_shift_leaves_the_probabilities_alone(run_snippet):
    printed, namespace = run_snippet("logits/exercise_shift.py")
    assert printed == snapshot("""\
| class | *z* | *z* + 10 | softmax(*z*) | softmax(*z* + 10) |
|:--|--:|--:|--:|--:|
| dog | 4 | 14 | 0.879 | 0.879 |
| cat | 2 | 12 | 0.119 | 0.119 |
| rabbit | -2 | 8 | 0.002 | 0.002 |

The log-odds of dog against cat are still 2.000.
""")
    np.testing.assert_allclose(namespace["after"], namespace["before"], rtol=1e-12)


def test_exercise_bits_converts_to_odds_probability_and_nats(run_snippet):
    printed, namespace = run_snippet("logits/exercise_bits.py")
    assert printed == snapshot("""\
- Odds: 2<sup>3</sup> = 8 to 1.
- Probability: 8 / (8 + 1) = 0.889.
- In nats: 3 ln 2 = 2.079, and sigmoid(2.079) = 0.889.
""")
    assert namespace["p"] == 8 / 9
    assert math.isclose(namespace["back"], 8 / 9, rel_tol=1e-12)


def test_exercise_edges_the_edge_step_rises_more(run_snippet):
    printed, namespace = run_snippet("logits/exercise_edges.py")
    assert printed == snapshot("""\
| from *p* | to *p* | log-odds from | log-odds to | rise |
|--:|--:|--:|--:|--:|
| 0.5 | 0.6 | 0.000 | 0.405 | 0.405 |
| 0.99 | 0.999 | 4.595 | 6.907 | 2.312 |

The edge step rises 2.312, close to ln 10 = 2.303.
""")
    # The last row is the edge step: odds 99 to 999, a rise of ln(999 / 99).
    assert math.isclose(namespace["zb"] - namespace["za"], math.log(999 / 99), rel_tol=1e-9)
    assert math.isclose(float(sigmoid(namespace["zb"])), 0.999, rel_tol=1e-12)


def test_one_logit_is_the_log_odds_against_the_rest_and_against_a_reference(run_snippet):
    printed, namespace = run_snippet("logits/one_logit_log_odds.py")
    assert printed == snapshot("""\
| class | logit(*p*<sub>*i*</sub>) | *z*<sub>*i*</sub> − LSE(*z*<sub>−*i*</sub>) | *z*<sub>*i*</sub> − *z*<sub>rabbit</sub> | ln(*p*<sub>*i*</sub> / *p*<sub>rabbit</sub>) |
|:--|--:|--:|--:|--:|
| dog | 1.982 | 1.982 | 6.000 | 6.000 |
| cat | -2.002 | -2.002 | 4.000 | 4.000 |
| rabbit | -6.127 | -6.127 | 0.000 | 0.000 |

For the dog: logit(0.879) = 1.982, and 4 − LSE(2, -2) = 1.982. The second and third columns agree: True; so do the last two: True.
""")
    # Published value, kept by hand. Source: issue 12's review, "logit(p_i) = z_i - LSE(z_-i)
    # (1.982 for dog)"; by hand, 4 - ln(e^2 + e^-2) = 4 - 2 - ln(1 + e^-4) = 1.98168...
    assert round(float(namespace["against_the_rest"][0]), 3) == 1.982
    assert math.isclose(namespace["formula"][0], 2 - math.log1p(math.exp(-4)), rel_tol=1e-15)
    np.testing.assert_allclose(namespace["against_the_rest"], namespace["formula"], rtol=1e-12)
    # Against the rabbit, pinned at 0, the logits are 6, 4, 0: the log-odds ln(p_i / p_rabbit).
    np.testing.assert_array_equal(namespace["pinned"], [6, 4, 0])
    np.testing.assert_allclose(namespace["against_reference"], [6, 4, 0], atol=1e-12)
