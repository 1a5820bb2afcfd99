"""The snippets of docs/sigmoid.md."""

# The snapshots hold the page's output verbatim; its lines may be longer than 100.
# ruff: noqa: E501

import math

import numpy as np
import pytest
from inline_snapshot import snapshot

from snippets.activations import sigmoid, softmax
from snippets.running_example import LOGITS


def test_sigmoid_curve_prints_one_described_svg(run_figure):
    # The dots' labels are text, so the figure's numbers match the page's table.
    _, namespace = run_figure(
        "sigmoid/sigmoid_curve.py",
        "sigmoid-curve",
        description=snapshot(
            "An S-shaped curve: the sigmoid of z for z from -8 to 8. It rises from 0.0003 to 0.9997, passes 0.5 at z = 0, and approaches 0 and 1 without reaching them. Dots mark the running example: dog 4 gives 0.982, cat 2 gives 0.881, rabbit -2 gives 0.119."
        ),
        labels=("dog: σ(4) = 0.982", "cat: σ(2) = 0.881", "rabbit: σ(-2) = 0.119"),
    )
    assert namespace["middle"] == 0.5
    assert (np.diff(namespace["p"]) > 0).all()


def test_float64_ends_are_where_sigmoid_rounds_to_one_and_to_zero(run_snippet):
    printed, namespace = run_snippet("sigmoid/float64_ends.py")
    assert printed == snapshot(
        "In float64, sigmoid(*z*) is exactly 1.0 for every *z* from 36.7368 up, and exactly 0.0 for every *z* from -745.133 down. The bounds are −ln 2<sup>-53</sup> = 36.7368 and ln 2<sup>-1075</sup> = -745.133.\n"
    )
    one_from, zero_below = namespace["one_from"], namespace["zero_below"]
    # Each bound is the first float64 where the rounding happens: one step inside, it has not.
    assert sigmoid(one_from) == 1.0 > sigmoid(np.nextafter(one_from, 0.0))
    assert sigmoid(zero_below) == 0.0 < sigmoid(np.nextafter(zero_below, 0.0))
    # The closed forms the sentence gives: the bounds sit on 53 ln 2 and -1075 ln 2.
    assert one_from == pytest.approx(53 * math.log(2), rel=1e-15)
    assert zero_below == pytest.approx(-1075 * math.log(2), rel=1e-15)
    # Published values, kept by hand. Source: issue 12 ("sigma(z) == 1.0 in float64 from
    # z = 36.7 on") and the sigmoid docstring in snippets/activations.py (36.74 and -745.1).
    assert round(one_from, 2) == 36.74
    assert round(zero_below, 1) == -745.1


def test_first_float_where_finds_the_first_float_that_holds(run_snippet):
    _, namespace = run_snippet("sigmoid/float64_ends.py")
    first_float_where = namespace["first_float_where"]
    assert first_float_where(lambda z: z >= 1.5, 0.0, 2.0) == 1.5
    assert first_float_where(lambda z: z > 1.5, 0.0, 2.0) == np.nextafter(1.5, 2.0)


def test_round_trip_gives_the_logits_back(run_snippet):
    printed, namespace = run_snippet("sigmoid/round_trip.py")
    assert printed == snapshot("""\
| class | logit *z* | *p* = &sigma;(*z*) | logit(*p*), to 15 digits |
|:--|--:|--:|--:|
| dog | 4 | 0.982014 | 4 |
| cat | 2 | 0.880797 | 2 |
| rabbit | -2 | 0.119203 | -2 |

Over 161 logits from -8 to 8, every gap |logit(&sigma;(*z*)) − *z*| is below 1e-12; the largest is at *z* = 8.
""")
    np.testing.assert_allclose(namespace["back"], LOGITS, rtol=1e-14)
    assert namespace["gaps"].max() < 1e-12


def test_example_table_sums_to_more_than_one(run_snippet):
    printed, namespace = run_snippet("sigmoid/example_table.py")
    assert printed == snapshot("""\
| class | logit *z* | &sigma;(*z*) |
|:--|--:|--:|
| dog | 4 | 0.982 |
| cat | 2 | 0.881 |
| rabbit | -2 | 0.119 |
| **sum** | | **1.982** |

The three probabilities add up to 1.982, not 1. Dog and cat alone add up to 1.863.
""")
    # Each output is the probability whose log-odds is its logit.
    np.testing.assert_allclose(np.log(namespace["probs"] / (1 - namespace["probs"])), LOGITS)
    # Published values, kept by hand. Source: the running example's sigmoids, as docs/index.md and
    # this page show them and tests/test_activations.py pins them; by hand, 1 / (1 + e^-z).
    np.testing.assert_array_equal(np.round(namespace["probs"], 3), [0.982, 0.881, 0.119])
    # The page's argument against mutually exclusive classes: two outputs alone exceed one.
    assert namespace["dog_and_cat"] > 1


def test_multi_label_tags_dog_and_cat(run_snippet):
    printed, namespace = run_snippet("sigmoid/multi_label.py")
    assert printed == snapshot("""\
- Is there a dog? **yes**, with probability 0.982.
- Is there a cat? **yes**, with probability 0.881.
- Is there a rabbit? no, with probability 0.119.

With a threshold of 0.5, the photo is tagged: dog, cat.
""")
    assert namespace["tags"] == ["dog", "cat"]


def test_independence_only_the_cat_moves_under_the_sigmoid(run_snippet):
    printed, namespace = run_snippet("sigmoid/independence.py")
    assert printed == snapshot("""\
| function, class | cat's logit 2 | cat's logit 6 |
|:--|--:|--:|
| sigmoid, dog | 0.982 | 0.982 |
| sigmoid, cat | 0.881 | 0.998 |
| sigmoid, rabbit | 0.119 | 0.119 |
| softmax, dog | 0.879 | 0.119 |
| softmax, cat | 0.119 | 0.881 |
| softmax, rabbit | 0.002 | 0.000 |

The sigmoid probabilities of dog and rabbit do not move; every softmax probability does.
""")
    assert namespace["unchanged"].tolist() == [0, 2]
    assert (softmax(namespace["raised"]) != softmax(LOGITS)).all()


def test_sigmoid_vs_softmax_prints_one_described_svg(run_figure):
    _, namespace = run_figure(
        "sigmoid/sigmoid_vs_softmax.py",
        "sigmoid-vs-softmax",
        description=snapshot(
            "Grouped bar chart of the running example's probabilities, class by class. Sigmoid: dog 0.982, cat 0.881, rabbit 0.119 (sum 1.982). Softmax: dog 0.879, cat 0.119, rabbit 0.002 (sum 1.000)."
        ),
        # The bars' values, then the legend's sums.
        labels=(
            "0.982",
            "0.881",
            "0.119",
            "0.879",
            "0.002",
            "sigmoid (sum 1.982)",
            "softmax (sum 1.000)",
        ),
    )
    np.testing.assert_allclose(namespace["outputs"]["sigmoid"], sigmoid(LOGITS))
    np.testing.assert_allclose(namespace["outputs"]["softmax"], softmax(LOGITS))


def test_exercise_symmetry_sums_to_one(run_snippet):
    printed, namespace = run_snippet("sigmoid/exercise_symmetry.py")
    assert printed == snapshot("""\
&sigma;(2) + &sigma;(-2) = 0.881 + 0.119 = 1.000.

Over 161 logits from -8 to 8, &sigma;(−*z*) and 1 − &sigma;(*z*) differ by at most 2 float64 steps of 1.1e-16.
""")
    assert math.isclose(namespace["cat"] + namespace["rabbit"], 1.0, rel_tol=1e-15)
    assert namespace["gap"] <= 2 * namespace["spacing"]


def test_exercise_derivative_peaks_at_zero(run_snippet):
    printed, namespace = run_snippet("sigmoid/exercise_derivative.py")
    assert printed == snapshot("""\
The formula and finite differences with a step of 0.01 agree to 2.1e-06. The slope peaks at z = 0, where it is 0.25.

| class | logit *z* | &sigma;(*z*) | slope &sigma;(1 − &sigma;) |
|:--|--:|--:|--:|
| dog | 4 | 0.982 | 0.018 |
| cat | 2 | 0.881 | 0.105 |
| rabbit | -2 | 0.119 | 0.105 |
""")
    assert namespace["slope"][namespace["peak"]] == 0.25
    np.testing.assert_allclose(namespace["numeric"], namespace["slope"], atol=3e-6)
