"""The snippets of docs/calibration.md."""

# The snapshots hold the page's output verbatim; its lines may be longer than 100.
# ruff: noqa: E501

import math

import numpy as np
import pytest
from inline_snapshot import snapshot
from scipy.optimize import minimize_scalar

from snippets.activations import log_softmax, softmax
from snippets.calibration.digits_model import (
    CHECKPOINTS,
    CLASSES,
    PER_DIGIT,
    STEPS,
    VALIDATION,
    load_splits,
    overconfident_model,
    train,
)
from snippets.calibration.metrics import expected_calibration_error, nll, reliability_bins
from snippets.calibration.temperature_scaling import fit_temperature
from snippets.running_example import LOGITS


@pytest.fixture(scope="module")
def model():
    return overconfident_model()


def fitted_temperature(model):
    return fit_temperature(model.logits(model.validation), model.validation.labels)


# The model and its data


def test_splits_are_disjoint_balanced_and_standardised_on_training_only():
    train_split, validation, test = load_splits()
    # Published: load_digits has 1,797 images of 8 x 8 pixels (scikit-learn's dataset description).
    assert len(train_split.labels) + len(validation.labels) + len(test.labels) == 1797
    assert train_split.features.shape == (CLASSES * PER_DIGIT, 65)
    assert len(validation.labels) == VALIDATION
    assert np.bincount(train_split.labels).tolist() == [PER_DIGIT] * CLASSES
    rows = np.concatenate([s.features for s in (train_split, validation, test)])
    assert len(np.unique(rows, axis=0)) <= len(rows)
    # The bias column, and zero-mean pixels on the training split (a constant pixel stays 0).
    np.testing.assert_array_equal(train_split.features[:, -1], 1)
    np.testing.assert_allclose(train_split.features[:, :-1].mean(axis=0), 0, atol=1e-12)
    # The same seed gives the same splits, a different one others.
    np.testing.assert_array_equal(load_splits()[2].labels, test.labels)
    assert not np.array_equal(load_splits(seed=1)[2].labels, test.labels)


def test_train_steps_along_the_gradient_of_the_mean_cross_entropy():
    split = load_splits()[0]
    one_step = train(split, steps=1, learning_rate=0.5, checkpoints=(1,))[1]

    def loss(weights):
        return -log_softmax(split.features @ weights)[
            np.arange(len(split.labels)), split.labels
        ].mean()

    # From zero weights, one step is -rate times the gradient; check one entry by differences.
    h, entry = 1e-6, (3, 7)
    bump = np.zeros_like(one_step)
    bump[entry] = h
    numerical = (loss(bump) - loss(-bump)) / (2 * h)
    assert one_step[entry] == pytest.approx(-0.5 * numerical, rel=1e-6)
    assert set(train(split, steps=5, checkpoints=(2, 5, 9))) == {2, 5}


def test_the_model_fits_its_training_split_exactly(model):
    assert sorted(model.weights) == sorted(CHECKPOINTS)
    assert max(CHECKPOINTS) == STEPS
    assert (model.logits(model.train).argmax(axis=1) == model.train.labels).all()
    # Trained once per process: the blocks of the page share it.
    assert overconfident_model() is model


# The metrics


def test_nll_is_the_mean_cross_entropy_at_a_temperature():
    z = np.array([[2.0, 0.0, -1.0], [0.5, 1.5, 0.0]])
    y = np.array([0, 1])
    by_hand = -np.mean([math.log(softmax(z[0] / 2)[0]), math.log(softmax(z[1] / 2)[1])])
    assert nll(z, y, temperature=2) == pytest.approx(by_hand, rel=1e-14)


def test_reliability_bins_include_their_upper_edge_and_skip_empty_bins():
    probs = np.array([[0.5, 0.5], [0.9, 0.1], [0.95, 0.05], [0.2, 0.8]])
    labels = np.array([0, 1, 0, 1])
    rows = reliability_bins(probs, labels, bins=10)
    # Confidences 0.5, 0.9, 0.95, 0.8: bins (0.4, 0.5], (0.7, 0.8], (0.8, 0.9], (0.9, 1].
    assert [(round(lo, 1), round(hi, 1), n) for lo, hi, n, _, _ in rows] == [
        (0.4, 0.5, 1),
        (0.7, 0.8, 1),
        (0.8, 0.9, 1),
        (0.9, 1.0, 1),
    ]
    assert [acc for *_, acc in rows] == [1.0, 1.0, 0.0, 1.0]


def test_ece_against_an_independent_histogram(model):
    probs, labels = softmax(model.logits(model.test)), model.test.labels
    confidence = probs.max(axis=1)
    correct = probs.argmax(axis=1) == labels
    # np.histogram's bins are [low, high), the last [0.9, 1]: the same as (low, high] as long
    # as no confidence sits on an inner edge.
    edges = np.linspace(0, 1, 11)
    assert not np.isin(confidence, edges[1:-1]).any()
    conf_sums, _ = np.histogram(confidence, edges, weights=confidence)
    right_sums, _ = np.histogram(confidence, edges, weights=correct.astype(float))
    gaps = np.abs(right_sums - conf_sums)  # n_b |acc_b - conf_b|
    assert expected_calibration_error(probs, labels) == pytest.approx(
        gaps.sum() / len(labels), rel=1e-12
    )


def test_a_calibrated_toy_has_zero_ece():
    # Confidence 0.75 on four answers, three of them right.
    probs = np.tile([0.75, 0.25], (4, 1))
    assert expected_calibration_error(probs, np.array([0, 0, 0, 1])) == pytest.approx(0, abs=1e-15)
    assert expected_calibration_error(probs, np.array([0, 1, 1, 1])) == pytest.approx(0.5)


# Temperature scaling


def test_fit_temperature_agrees_with_scipy(model):
    z, y = model.logits(model.validation), model.validation.labels
    t = fit_temperature(z, y)
    best = minimize_scalar(
        lambda s: nll(z, y, math.exp(s)),
        bounds=(math.log(0.05), math.log(20)),
        method="bounded",
        options={"xatol": 1e-10},
    )
    assert t == pytest.approx(math.exp(best.x), rel=1e-6)
    # The minimum: a small step either way raises the NLL.
    assert nll(z, y, t) < min(nll(z, y, t * 1.001), nll(z, y, t / 1.001))


def test_fit_temperature_recovers_a_known_temperature():
    # Labels drawn from softmax(z / 3) make T = 3 the best fit, up to sampling noise.
    rng = np.random.default_rng(0)
    z = rng.normal(0, 4, size=(20_000, 5))
    p = softmax(z, temperature=3.0)
    y = (p.cumsum(axis=1) < rng.random((len(z), 1))).sum(axis=1)
    assert fit_temperature(z, y) == pytest.approx(3.0, rel=0.05)


def test_fit_temperature_returns_the_nearer_end_when_the_minimum_is_outside():
    z = np.array([[5.0, 0.0], [0.0, 5.0]])
    assert fit_temperature(z, np.array([0, 1]), low=0.1, high=10) == pytest.approx(0.1, rel=1e-6)
    assert fit_temperature(z, np.array([1, 0]), low=0.1, high=10) == pytest.approx(10, rel=1e-6)


# The page's blocks


def test_what_calibrated_means_prints_the_running_example(run_snippet):
    printed, namespace = run_snippet("calibration/what_calibrated_means.py")
    assert printed == snapshot(
        "softmax(*z*) gives the dog *p* = 0.879. Calibrated would mean: of all the pictures to which the model gives 0.879, a fraction 0.879 (87.9%) really show its top class.\n"
    )
    # Published: softmax(4, 2, -2) puts 0.879 on dog (the Softmax page's worked table).
    assert round(namespace["p"][0], 3) == 0.879


def test_overconfident_model_is_surer_than_it_is_right(run_snippet):
    printed, namespace = run_snippet("calibration/overconfident.py")
    assert printed == snapshot("""\
| split | images | accuracy | mean confidence | NLL |
|:--|--:|--:|--:|--:|
| train | 100 | 1.000 | 1.000 | 0.000 |
| validation | 500 | 0.864 | 0.952 | 0.572 |
| test | 1197 | 0.875 | 0.954 | 0.626 |

On the test split the model is 95.4% sure on average and right 87.5% of the time: overconfident by 8.0 percentage points.
""")
    assert namespace["accuracy"]["train"] == 1
    for split in ("validation", "test"):
        assert namespace["confidence"][split] > namespace["accuracy"][split] + 0.05


def test_training_length_grows_confidence_not_accuracy(run_snippet):
    printed, _ = run_snippet("calibration/training_length.py")
    assert printed == snapshot("""\
| step | training NLL | ‖*W*‖ | test accuracy | test mean confidence |
|--:|--:|--:|--:|--:|
| 10 | 0.02481 | 6.61 | 0.889 | 0.904 |
| 30 | 0.01046 | 7.37 | 0.882 | 0.918 |
| 100 | 0.00381 | 8.50 | 0.876 | 0.931 |
| 300 | 0.00141 | 9.72 | 0.872 | 0.940 |
| 1000 | 0.00045 | 11.19 | 0.873 | 0.949 |
| 3000 | 0.00015 | 12.59 | 0.875 | 0.954 |
""")


def test_training_length_values(model):
    confidence, size, loss = [], [], []
    for step in CHECKPOINTS:
        confidence.append(softmax(model.logits(model.test, step)).max(axis=1).mean())
        size.append(np.linalg.norm(model.weights[step]))
        loss.append(nll(model.logits(model.train, step), model.train.labels))
    assert np.all(np.diff(confidence) > 0)
    assert np.all(np.diff(size) > 0)
    assert np.all(np.diff(loss) < 0)


def test_reliability_table_sums_to_the_ece(run_snippet):
    printed, namespace = run_snippet("calibration/reliability_table.py")
    assert printed == snapshot("""\
| confidence bin | images | mean confidence | accuracy | gap | share · gap |
|:--|--:|--:|--:|--:|--:|
| (0.4, 0.5] | 16 | 0.464 | 0.375 | 0.089 | 0.001 |
| (0.5, 0.6] | 25 | 0.554 | 0.440 | 0.114 | 0.002 |
| (0.6, 0.7] | 32 | 0.656 | 0.344 | 0.313 | 0.008 |
| (0.7, 0.8] | 41 | 0.751 | 0.561 | 0.190 | 0.007 |
| (0.8, 0.9] | 44 | 0.862 | 0.705 | 0.157 | 0.006 |
| (0.9, 1.0] | 1039 | 0.993 | 0.929 | 0.064 | 0.056 |
| **all** | **1197** | | | | **0.080** |

ECE = 0.080, and `expected_calibration_error` agrees: True.
""")
    assert namespace["same"]


def test_reliability_before_figure(run_figure):
    _, namespace = run_figure(
        "calibration/reliability_before.py",
        "calibration-reliability-before",
        description=snapshot(
            "Reliability diagram of the 1197 test images before temperature scaling: the accuracy of each confidence bin against the diagonal where accuracy equals confidence. 6 of the 6 bars are below it. (0.4, 0.5]: 16 images, confidence 0.464, accuracy 0.375; (0.5, 0.6]: 25 images, confidence 0.554, accuracy 0.440; (0.6, 0.7]: 32 images, confidence 0.656, accuracy 0.344; (0.7, 0.8]: 41 images, confidence 0.751, accuracy 0.561; (0.8, 0.9]: 44 images, confidence 0.862, accuracy 0.705; (0.9, 1.0]: 1039 images, confidence 0.993, accuracy 0.929. ECE = 0.080."
        ),
        labels=("accuracy of the bin", "mean confidence", "calibrated", "accuracy"),
    )
    assert namespace["below"] == len(namespace["rows"])


def test_fit_temperature_snippet(run_snippet, model):
    printed, namespace = run_snippet("calibration/fit_temperature.py")
    assert printed == snapshot(
        "On the 500 validation images the NLL is 0.572 at *T* = 1, and its minimum is 0.405, at *T* = 2.110.\n"
    )
    assert namespace["t"] == fitted_temperature(model)
    assert namespace["t"] > 1  # an overconfident model is cooled by heating: T above 1


def test_validation_nll_figure(run_figure):
    _, namespace = run_figure(
        "calibration/validation_nll.py",
        "calibration-validation-nll",
        description=snapshot(
            "The mean negative log-likelihood of the validation and test splits against the temperature T, on a log scale from 0.5 to 10. Both curves fall, then rise. Validation: 0.572 at T = 1, lowest (0.405) at the fitted T = 2.110, marked by a dashed line. Test: 0.626 at T = 1, 0.422 at the fitted T, and lowest (0.421) at T = 2.228."
        ),
        labels=("validation split", "test split", "T = 1", "mean NLL"),
    )
    # Each curve falls, then rises: one minimum inside the plotted range.
    for curve in namespace["curves"].values():
        lowest = int(curve.argmin())
        assert 0 < lowest < len(curve) - 1
        assert np.all(np.diff(curve[: lowest + 1]) < 0)
        assert np.all(np.diff(curve[lowest:]) > 0)


def test_before_after_keeps_every_answer_and_lowers_the_ece(run_snippet):
    printed, namespace = run_snippet("calibration/before_after.py")
    assert printed == snapshot("""\
| on the test split | *T* = 1 | *T* = 2.110 |
|:--|--:|--:|
| accuracy | 0.875 | 0.875 |
| mean confidence | 0.954 | 0.880 |
| NLL | 0.626 | 0.422 |
| ECE | 0.080 | 0.011 |

The argmax of each of the 1197 test images is the same at both temperatures: True. The ECE falls from 0.080 to 0.011.
""")
    before, after = namespace["metrics"]["before"], namespace["metrics"]["after"]
    assert namespace["same_answers"]
    assert after["accuracy"] == before["accuracy"]
    assert after["ECE"] < before["ECE"] / 2
    assert after["NLL"] < before["NLL"]


def test_reliability_after_figure(run_figure):
    _, namespace = run_figure(
        "calibration/reliability_after.py",
        "calibration-reliability-after",
        description=snapshot(
            "Reliability diagram of the 1197 test images after dividing every logit by the fitted temperature T = 2.110. 4 of the 7 bars are below the diagonal, the others above it. (0.3, 0.4]: 23 images, confidence 0.359, accuracy 0.261; (0.4, 0.5]: 42 images, confidence 0.455, accuracy 0.500; (0.5, 0.6]: 60 images, confidence 0.549, accuracy 0.533; (0.6, 0.7]: 56 images, confidence 0.653, accuracy 0.661; (0.7, 0.8]: 78 images, confidence 0.745, accuracy 0.718; (0.8, 0.9]: 128 images, confidence 0.861, accuracy 0.867; (0.9, 1.0]: 810 images, confidence 0.973, accuracy 0.968. ECE = 0.011."
        ),
        labels=("accuracy of the bin", "mean confidence", "calibrated"),
    )
    assert 0 < namespace["below"] < len(namespace["rows"])


def test_the_same_knob_is_a_base(run_snippet, model):
    printed, namespace = run_snippet("calibration/the_same_knob.py")
    assert printed == snapshot("""\
| class | logit *z* | *T* = 1 | *T* = 2.110 | base 1.606 |
|:--|--:|--:|--:|--:|
| dog | 4 | 0.879 | 0.692 | 0.692 |
| cat | 2 | 0.119 | 0.268 | 0.268 |
| rabbit | -2 | 0.002 | 0.040 | 0.040 |

Temperature 2.110 is base e<sup>1/*T*</sup> = 1.606; the two columns agree: True.
""")
    t = fitted_temperature(model)
    np.testing.assert_allclose(namespace["scaled"], softmax(LOGITS / t), rtol=1e-12)
    assert namespace["scaled"][0] < softmax(LOGITS)[0]


# Exercises


def test_exercise_fit_on_training_runs_to_the_bracket(run_snippet):
    printed, namespace = run_snippet("calibration/exercise_fit_on_training.py")
    assert printed == snapshot("""\
| *T* | training NLL |
|--:|--:|
| 4 | 2.35e-01 |
| 2 | 1.69e-02 |
| 1 | 1.54e-04 |
| 0.5 | 3.86e-08 |
| 0.25 | 9.17e-15 |
| 0.1 | 4.11e-34 |

The model is right on 100% of its training images. The fitted *T* is 0.050, the lower end of the search bracket.
""")
    assert np.all(np.diff(namespace["losses"]) < 0)  # T falls down the list, and so does the NLL
    assert namespace["t"] == pytest.approx(0.05, rel=1e-6)


def test_exercise_bins(run_snippet):
    printed, namespace = run_snippet("calibration/exercise_bins.py")
    assert printed == snapshot("""\
| bins | ECE at *T* = 1 | ECE at *T* = 2.110 |
|--:|--:|--:|
| 5 | 0.080 | 0.007 |
| 10 | 0.080 | 0.011 |
| 15 | 0.080 | 0.024 |
| 20 | 0.082 | 0.025 |
| 50 | 0.087 | 0.043 |

At every bin count the ECE after scaling is below the ECE before: True.
""")
    assert namespace["always_lower"] is True


def test_exercise_derivative_zero(run_snippet, model):
    printed, namespace = run_snippet("calibration/exercise_derivative_zero.py")
    assert printed == snapshot("""\
| *T* | mean of Σ *p*<sub>*i*</sub> *z*<sub>*i*</sub> | mean of *z*<sub>*y*</sub> | slope |
|--:|--:|--:|--:|
| 1.000 | 13.424 | 12.983 | 0.442 |
| 2.110 | 12.983 | 12.983 | 0.000 |
""")
    # The slope is the derivative of the NLL with respect to 1/T, measured by differences.
    z, y = model.logits(model.validation), model.validation.labels
    beta, h = 1.0, 1e-5
    measured = (nll(z, y, 1 / (beta + h)) - nll(z, y, 1 / (beta - h))) / (2 * h)
    p = softmax(z)
    formula = ((p * z).sum(axis=1) - z[np.arange(len(y)), y]).mean()
    assert measured == pytest.approx(formula, rel=1e-6)
    # The loop ends at the fitted T, where the slope vanishes.
    assert namespace["temperature"] == namespace["t"]
    assert abs(namespace["slope"]) < 1e-6
