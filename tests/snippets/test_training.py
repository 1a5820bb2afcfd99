"""The snippets of docs/training.md."""

# The snapshots hold the page's output verbatim; its lines may be longer than 100.
# ruff: noqa: E501

import numpy as np
import pytest
from inline_snapshot import snapshot

from snippets.activations import softmax
from snippets.running_example import LOGITS
from snippets.training.descent import LEARNING_RATE, STEPS, descend


def test_cross_entropy_keeps_only_the_true_class(run_snippet):
    printed, namespace = run_snippet("training/cross_entropy.py")
    assert printed == snapshot("""\
| class | logit *z* | softmax *p* | target *y* | −*y* ln *p* |
|:--|--:|--:|--:|--:|
| dog | 4 | 0.879 | 1 | 0.129 |
| cat | 2 | 0.119 | 0 | 0.000 |
| rabbit | -2 | 0.002 | 0 | 0.000 |
| **sum** | | | | **0.129** |

The loss is *L* = −ln *p*<sub>dog</sub> = −ln 0.879 = 0.129.

For other probabilities of the true class: −ln 1 = 0.000, −ln 0.1 = 2.303, −ln 0.001 = 6.908, −ln 1e-09 = 20.723.
""")
    assert namespace["loss"] == pytest.approx(-np.log(softmax(LOGITS)[0]), rel=1e-15)
    np.testing.assert_array_equal(namespace["terms"][1:], [0.0, 0.0])
    # The limits the page states: 0 at certainty, and no bound as the probability falls.
    assert namespace["losses"][0] == 0.0
    assert np.all(np.diff(namespace["losses"]) > 0)


def test_gradient_check_agrees_with_p_minus_y(run_snippet):
    printed, namespace = run_snippet("training/gradient_check.py")
    assert printed == snapshot("""\
| class | *p* − *y* | finite difference |
|:--|--:|--:|
| dog | -0.121 | -0.121 |
| cat | 0.119 | 0.119 |
| rabbit | 0.002 | 0.002 |

The largest difference is 1.3e-06 with *h* = 0.01, 1.3e-08 with *h* = 0.001, 1.3e-10 with *h* = 0.0001. From one *h* to the next it falls by a factor of 100.0, then 100.0, as *h*<sup>2</sup> does: (10)<sup>2</sup> = 100.
""")
    np.testing.assert_allclose(namespace["analytic"], softmax(LOGITS) - [1, 0, 0])
    # The central difference errs by O(h^2): the shown difference is that error, not a bug.
    differences = namespace["differences"]
    assert 1e-11 < differences[-1] < namespace["h"] ** 2
    assert np.abs(namespace["numeric"] - namespace["analytic"]).max() == differences[-1]
    # Each tenfold smaller h divides it by about 100, as h^2: the page quotes the ratios.
    np.testing.assert_allclose(namespace["shrink"], 100, rtol=1e-3)
    assert namespace["analytic"].sum() == pytest.approx(0.0, abs=1e-15)


def test_descend_follows_p_minus_y_step_by_step():
    history = descend(LOGITS, [1.0, 0.0, 0.0], steps=2)
    assert history.shape == (3, 3)
    np.testing.assert_array_equal(history[0], LOGITS)
    first = LOGITS - LEARNING_RATE * (softmax(LOGITS) - [1.0, 0.0, 0.0])
    np.testing.assert_allclose(history[1], first)
    assert descend(LOGITS, [1.0, 0.0, 0.0]).shape == (STEPS + 1, 3)
    # The start is copied, never changed in place.
    np.testing.assert_array_equal(LOGITS, [4.0, 2.0, -2.0])


def test_descent_one_hot_never_reaches_certainty(run_snippet):
    printed, namespace = run_snippet("training/descent_one_hot.py")
    assert printed == snapshot("""\
| step | *z*<sub>dog</sub> | *z*<sub>cat</sub> | *z*<sub>rabbit</sub> | loss *L* | *p*<sub>dog</sub> |
|--:|--:|--:|--:|--:|--:|
| 0 | 4.000 | 2.000 | -2.000 | 0.129 | 0.879 |
| 1 | 4.121 | 1.881 | -2.002 | 0.103 | 0.902 |
| 10 | 4.667 | 1.349 | -2.016 | 0.037 | 0.964 |
| 30 | 5.131 | 0.904 | -2.035 | 0.015 | 0.985 |
| 100 | 5.718 | 0.355 | -2.073 | 0.005 | 0.995 |
| 300 | 6.294 | -0.163 | -2.131 | 0.002 | 0.998 |

After 300 steps, 1 − *p*<sub>dog</sub> = 1.8e-03 and the loss is 1.8e-03: both still above zero.
""")
    p_dog, loss = namespace["p_dog"], namespace["loss"]
    assert np.all(np.diff(p_dog) > 0)  # every step helps...
    assert np.all(np.diff(loss) < 0)
    assert p_dog[-1] < 1  # ...but certainty is never reached
    assert loss[-1] > 0
    gaps = namespace["history"][:, 0] - namespace["history"][:, 1]
    assert np.all(np.diff(gaps) > 0)  # the logits keep drifting apart


def test_descent_one_hot_figure_is_described(run_figure):
    # The end of the curve is labelled with the table's value, 0.998.
    _, namespace = run_figure(
        "training/descent_one_hot_figure.py",
        "training-one-hot-descent",
        description=snapshot(
            "Two line charts over 300 steps of gradient descent towards the one-hot target dog. Left: the logits drift apart, dog from 4 to 6.29, cat from 2 to -0.16, rabbit from -2 to -2.13. Right: p_dog rises from 0.879 to 0.998, approaching the dashed line at 1 without reaching it."
        ),
        labels=("0.998", "dog", "cat", "rabbit"),
    )
    assert namespace["p_dog"][-1] < 1


def test_label_smoothing_settles_at_the_analytic_gap(run_snippet):
    printed, namespace = run_snippet("training/label_smoothing.py")
    assert printed == snapshot("""\
| step | *z*<sub>dog</sub> − *z*<sub>cat</sub> | *z*<sub>dog</sub> − *z*<sub>rabbit</sub> | loss *L* |
|--:|--:|--:|--:|
| 0 | 2.000 | 6.000 | 0.529 |
| 1 | 2.090 | 5.973 | 0.522 |
| 10 | 2.430 | 5.506 | 0.485 |
| 30 | 2.562 | 4.287 | 0.429 |
| 100 | 2.860 | 2.925 | 0.394 |
| 300 | 2.890 | 2.890 | 0.394 |

The analytic gap is ln(0.9 / 0.05) = 2.890. After 300 steps the gaps are 2.890 (cat) and 2.890 (rabbit), the largest gradient component is 6e-08, and the loss has settled at 0.394: not 0, but the entropy of the target, −Σ *y* ln *y* = 0.394.

The dog logit rises from 4 to 4.039 at step 4, then falls to 3.260; the rabbit logit rises from -2 to 0.370.
""")
    assert namespace["limit"] == pytest.approx(np.log(18))
    assert namespace["gap_cat"][-1] == pytest.approx(np.log(18), abs=1e-5)
    assert namespace["gap_rabbit"][-1] == pytest.approx(np.log(18), abs=1e-5)
    # At the limit p = y, so the loss is the target's entropy.
    np.testing.assert_allclose(softmax(namespace["history"][-1]), namespace["target"], atol=1e-7)
    assert namespace["loss"][-1] == pytest.approx(namespace["entropy"], abs=1e-12)
    # "After a brief rise, lowers the dog logit": up to the peak, then down at every step.
    dog, peak = namespace["dog"], namespace["peak"]
    assert 0 < peak < 10
    assert np.all(np.diff(dog[: peak + 1]) > 0)
    assert np.all(np.diff(dog[peak:]) < 0)
    assert np.all(np.diff(namespace["history"][:, 2]) > 0)  # the rabbit logit only rises


def test_label_smoothing_figure_is_described(run_figure):
    _, namespace = run_figure(
        "training/label_smoothing_figure.py",
        "training-label-smoothing",
        description=snapshot(
            "Two line charts over 300 steps of gradient descent. Left: with the smoothed target (epsilon 0.1) the logits settle, dog from 4 to 3.26, cat from 2 to 0.37, rabbit from -2 to 0.37. Right: the gap between the dog and cat logits; with the one-hot target it keeps growing, to 6.46, while with the smoothed target it levels off at the dashed line, ln 18 = 2.890."
        ),
        labels=("2.890", "one-hot", "smoothed"),
    )
    assert namespace["ratio"] == pytest.approx(18)


def test_exercise_rabbit_gradient_is_bounded(run_snippet):
    printed, namespace = run_snippet("training/exercise_rabbit.py")
    assert printed == snapshot("""\
| class | *p* − *y* |
|:--|--:|
| dog | 0.879 |
| cat | 0.119 |
| rabbit | -0.998 |

The loss is −ln *p*<sub>rabbit</sub> = 6.129.
""")
    assert np.all(np.abs(namespace["gradient"]) < 1)
    assert namespace["loss"] == pytest.approx(-np.log(softmax(LOGITS)[2]), rel=1e-15)


def test_exercise_sum_of_logits_is_conserved(run_snippet):
    printed, namespace = run_snippet("training/exercise_sum_of_logits.py")
    assert printed == snapshot("""\
| step | sum, one-hot | sum, smoothed |
|--:|--:|--:|
| 0 | 4.000 | 4.000 |
| 1 | 4.000 | 4.000 |
| 10 | 4.000 | 4.000 |
| 100 | 4.000 | 4.000 |
| 300 | 4.000 | 4.000 |

Both sums stay within 1e-12 of 4 at every step: True.
""")
    assert namespace["drift"] < 1e-12


def test_exercise_more_smoothing_shrinks_the_gap(run_snippet):
    printed, _ = run_snippet("training/exercise_more_smoothing.py")
    assert printed == snapshot("""\
| ε | target | ln((1 − ε) / (ε / 2)) | gap after descent |
|--:|:--|--:|--:|
| 0.1 | (0.9, 0.05, 0.05) | 2.890 | 2.890 |
| 0.2 | (0.8, 0.1, 0.1) | 2.079 | 2.079 |

Both runs take 300 steps.
""")
