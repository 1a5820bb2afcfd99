"""The snippets of docs/softmax-regression.md."""

# The snapshots hold the page's output verbatim; its lines may be longer than 100.
# ruff: noqa: E501

import numpy as np
import pytest
from inline_snapshot import snapshot
from scipy.optimize import linprog

from snippets.activations import sigmoid, softmax
from snippets.softmax_regression.iris import (
    CLASS,
    FEATURES,
    INPUTS,
    MEASUREMENTS,
    ONE_HOT,
    SPECIES,
    standardise,
)
from snippets.softmax_regression.iris_fit import iris_history
from snippets.softmax_regression.model import (
    LEARNING_RATE,
    STEPS,
    C,
    descend,
    gradients,
    logits,
    loss,
)

# The modules behind the page's numbers.


def test_iris_is_the_classic_dataset_standardised():
    # Published values, kept by hand. Source: Fisher (1936), as scikit-learn's load_iris
    # documents it: 150 flowers, 50 per species, 4 measurements in cm.
    assert MEASUREMENTS.shape == (150, 4)
    assert SPECIES == ("setosa", "versicolor", "virginica")
    assert FEATURES == ("sepal length", "sepal width", "petal length", "petal width")
    np.testing.assert_array_equal(np.bincount(CLASS), [50, 50, 50])
    np.testing.assert_allclose(INPUTS.mean(axis=0), 0, atol=1e-14)
    np.testing.assert_allclose(INPUTS.std(axis=0), 1, rtol=1e-15)
    np.testing.assert_array_equal(ONE_HOT.argmax(axis=1), CLASS)
    np.testing.assert_allclose(standardise(np.array([[1.0], [3.0]])), [[-1.0], [1.0]])


def test_loss_and_gradients_of_a_tiny_problem_by_hand():
    # One example, two classes, one feature; W = 0 and b = 0 give p = (1/2, 1/2).
    W, b = np.zeros((2, 1)), np.zeros(2)
    H, Y = np.array([[2.0]]), np.array([[1.0, 0.0]])
    assert loss(W, b, H, Y) == pytest.approx(np.log(2))
    dW, db = gradients(W, b, H, Y)
    np.testing.assert_allclose(dW, [[-1.0], [1.0]])  # (p - y) h^T = (-1/2, 1/2) * 2
    np.testing.assert_allclose(db, [-0.5, 0.5])
    # The penalty adds ||W||^2 / (2 C n) to the loss and W / (C n) to the gradient.
    W = np.array([[3.0], [-1.0]])
    assert loss(W, b, H, Y, C=2.0) - loss(W, b, H, Y, C=np.inf) == pytest.approx(10 / 4)
    with_penalty, _ = gradients(W, b, H, Y, C=2.0)
    without, _ = gradients(W, b, H, Y, C=np.inf)
    np.testing.assert_allclose(with_penalty - without, W / 2)


def test_descend_starts_at_zero_and_follows_the_gradient():
    history = descend(INPUTS, ONE_HOT, steps=2)
    assert len(history) == 3
    W0, b0 = history[0]
    assert not W0.any()
    assert not b0.any()
    dW, db = gradients(W0, b0, INPUTS, ONE_HOT)
    np.testing.assert_allclose(history[1][0], -LEARNING_RATE * dW)
    np.testing.assert_allclose(history[1][1], -LEARNING_RATE * db)
    assert logits(W0, b0, INPUTS).shape == (150, 3)


def _linearly_separable(inside, outside):
    """Whether some hyperplane w.x = c has every row of ``inside`` above it, of ``outside`` below.

    A feasibility problem: find (w, c) with w.x - c >= 1 inside and <= -1 outside.
    """
    points = np.vstack([inside, outside])
    sides = np.r_[np.ones(len(inside)), -np.ones(len(outside))]
    constraints = -sides[:, None] * np.hstack([points, -np.ones((len(points), 1))])
    bounds = [(None, None)] * (points.shape[1] + 1)
    result = linprog(
        np.zeros(points.shape[1] + 1), A_ub=constraints, b_ub=-np.ones(len(points)), bounds=bounds
    )
    return result.status == 0


def test_the_pages_claims_about_separability():
    # Exercise 2: setosa can be split from the two others by a hyperplane, so without a penalty
    # the loss has no minimum at finite weights.
    setosa = CLASS == 0
    assert _linearly_separable(MEASUREMENTS[setosa], MEASUREMENTS[~setosa])
    # The figure: no straight line splits versicolor from virginica on the petals; one flower
    # of each even has the same petal measurements.
    petals = MEASUREMENTS[:, 2:]
    assert not _linearly_separable(petals[CLASS == 1], petals[CLASS == 2])


def test_iris_history_is_computed_once_and_read_only():
    history = iris_history()
    assert history is iris_history()
    assert len(history) == STEPS + 1
    W, _ = history[-1]
    with pytest.raises(ValueError, match="read-only"):
        W[0, 0] = 1.0
    np.testing.assert_array_equal(W, descend(INPUTS, ONE_HOT, steps=STEPS)[-1][0])


# The page's blocks, in the order they appear.


def test_dataset_counts_the_species(run_snippet):
    printed, _ = run_snippet("softmax_regression/dataset.py")
    assert printed == snapshot("""\
| species | flowers | mean sepal length, cm | mean sepal width, cm | mean petal length, cm | mean petal width, cm |
|:--|--:|--:|--:|--:|--:|
| setosa | 50 | 5.01 | 3.43 | 1.46 | 0.25 |
| versicolor | 50 | 5.94 | 2.77 | 4.26 | 1.33 |
| virginica | 50 | 6.59 | 2.97 | 5.55 | 2.03 |

150 flowers, 4 measurements each, 3 species: *h* has 4 entries.
""")


def test_train_lowers_the_loss_and_the_step_is_safe(run_snippet):
    printed, namespace = run_snippet("softmax_regression/train.py")
    assert printed == snapshot("""\
| step | loss | training accuracy |
|--:|--:|--:|
| 0 | 1.0986 | 33.3% |
| 1 | 0.5426 | 80.7% |
| 10 | 0.3387 | 90.7% |
| 100 | 0.2148 | 96.0% |
| 1000 | 0.2092 | 97.3% |
| 3000 | 0.2092 | 97.3% |

The learning rate 1 is below 2 / *L* = 1.364, and in 3000 steps the loss never rises by more than a rounding error: True.
""")
    assert namespace["never_rises"]
    assert 2 / namespace["curvature"] > LEARNING_RATE
    losses = namespace["losses"]
    assert losses[0] == pytest.approx(np.log(3))  # all-zero weights: p is uniform
    assert np.all(np.diff(losses[:1000]) < 0)  # strictly, until rounding takes over


def test_gradient_check_supports_p_minus_y_times_h(run_snippet):
    printed, namespace = run_snippet("softmax_regression/gradient_check.py")
    assert printed == snapshot("""\
| class | ∂*L*/∂*W*, sepal length | ∂*L*/∂*W*, sepal width | ∂*L*/∂*W*, petal length | ∂*L*/∂*W*, petal width | ∂*L*/∂*b* |
|:--|--:|--:|--:|--:|--:|
| setosa | 0.3490 | -0.2762 | 0.4395 | 0.4158 | -0.2752 |
| versicolor | 0.2362 | 0.2460 | 0.1905 | 0.2340 | 0.2342 |
| virginica | -0.5926 | 0.0233 | -0.6211 | -0.6426 | 0.0410 |

Over all 15 parameters, with *h* = 0.0001, the formula and the central differences differ by at most 1.3e-10, for entries as large as 0.643.
""")
    # The central difference errs by O(h^2); a wrong formula would err by O(the gradient).
    assert namespace["difference"] < namespace["h"] ** 2
    assert namespace["largest"] > 0.1


def test_decision_boundaries_figure_is_described(run_figure):
    _, namespace = run_figure(
        "softmax_regression/decision_boundaries.py",
        "softmax-regression-decision-boundaries",
        description=snapshot(
            "A scatter plot of the 150 iris flowers by petal length and petal width, in cm, each species with its own marker and shaded region. Softmax regression on these two measurements classifies 95.3% of them correctly, and its regions are split by straight lines: setosa from versicolor where petal width is 2.52 minus 0.64 times petal length; versicolor from virginica where petal width is 3.16 minus 0.31 times petal length."
        ),
        labels=(*SPECIES, "petal length (cm)", "petal width (cm)"),
    )
    assert namespace["accuracy"] > 0.9
    # The lines in cm are where the standardised logits tie: check one point on each.
    for a, c, slope, intercept in namespace["lines"]:
        i, j = SPECIES.index(a), SPECIES.index(c)
        x = np.array([[4.0, intercept + slope * 4.0]])
        z = logits(namespace["W"], namespace["b"], (x - namespace["mean"]) / namespace["spread"])
        assert z[0, i] == pytest.approx(z[0, j], abs=1e-9)


def test_jacobian_has_its_four_properties(run_snippet):
    printed, namespace = run_snippet("softmax_regression/jacobian.py")
    assert printed == snapshot("""\
| ∂*p*<sub>*i*</sub> / ∂*z*<sub>*j*</sub> | *j* = dog | *j* = cat | *j* = rabbit |
|:--|--:|--:|--:|
| *i* = dog | 0.1065 | -0.1045 | -0.0019 |
| *i* = cat | -0.1045 | 0.1048 | -0.0003 |
| *i* = rabbit | -0.0019 | -0.0003 | 0.0022 |

| property | holds |
|:--|:--|
| symmetric, *J* = *J*<sup>T</sup> | True |
| positive semidefinite, every eigenvalue ≥ 0 | True |
| the all-ones vector is a null vector, *J* **1** = **0** | True |
| rank *n* − 1 = 2 | True |

The eigenvalues are 0.0000, 0.0033, 0.2102; the checks allow 1e-15 for rounding.
""")
    assert all(namespace["checks"].values())
    J, p = namespace["J"], namespace["p"]
    # The Jacobian is the slope of the softmax: check it against central differences.
    h = 1e-6
    numeric = np.column_stack(
        [
            (softmax(namespace["LOGITS"] + s) - softmax(namespace["LOGITS"] - s)) / (2 * h)
            for s in np.eye(3) * h
        ]
    )
    np.testing.assert_allclose(J, numeric, atol=1e-9)
    assert p.sum() == pytest.approx(1)


@pytest.mark.parametrize("n", [2, 3, 5, 10])
def test_jacobian_properties_hold_for_other_logits(n):
    rng = np.random.default_rng(n)
    for z in rng.normal(scale=3, size=(20, n)):
        p = softmax(z)
        J = np.diag(p) - np.outer(p, p)
        eigenvalues = np.linalg.eigvalsh(J)
        assert np.array_equal(J, J.T)
        assert eigenvalues.min() > -1e-15
        assert eigenvalues.max() <= 0.5  # the bound behind the learning rate's curvature L
        np.testing.assert_allclose(J @ np.ones(n), 0, atol=1e-15)
        assert np.linalg.matrix_rank(J, tol=1e-15) == n - 1


def test_sklearn_parity_within_the_stated_tolerance(run_snippet):
    printed, namespace = run_snippet("softmax_regression/sklearn_parity.py")
    assert printed == snapshot("""\
| solver | steps | objective | largest \\|Δ*p*\\| | same class |
|:--|--:|--:|--:|--:|
| ours: gradient descent | 3000 | 0.2091917884 | | |
| newton-cholesky | 8 | 0.2091917884 | 1.5e-11 | 100% |
| lbfgs (the default) | 17 | 0.2091920198 | 8.6e-04 | 100% |

Over all 450 probabilities (150 flowers, 3 species), ours and Newton's differ by at most 1.5e-11; within the tolerance 1e-10: True.
""")
    gap = namespace["differences"]["newton-cholesky"]
    assert gap < namespace["tolerance"] == 1e-10
    # The objectives agree, and so the weights and intercepts, which the objective pins down.
    reference = namespace["solvers"]["newton-cholesky"]
    np.testing.assert_allclose(reference.coef_, namespace["W"], atol=1e-9)
    np.testing.assert_allclose(reference.intercept_, namespace["b"], atol=1e-9)
    assert namespace["same_class"]["newton-cholesky"] == 1.0


def test_exercise_shift_weights(run_snippet):
    printed, namespace = run_snippet("softmax_regression/exercise_shift_weights.py")
    assert printed == snapshot("""\
The probabilities move by less than 1e-12: True.

The rows of our *W* add up to **0**, within 1e-12: True.

So do the rows of sklearn's `coef_`: True.
""")
    assert namespace["moved"] < 1e-12


def test_exercise_no_penalty_lets_the_weights_grow(run_snippet):
    printed, namespace = run_snippet("softmax_regression/exercise_no_penalty.py")
    assert printed == snapshot("""\
| step | ‖*W*‖, C = 1 | ‖*W*‖, no penalty | cross-entropy, C = 1 | cross-entropy, no penalty |
|--:|--:|--:|--:|--:|
| 100 | 4.241 | 5.220 | 0.155 | 0.123 |
| 1000 | 4.888 | 10.714 | 0.130 | 0.054 |
| 3000 | 4.888 | 14.034 | 0.130 | 0.044 |
""")
    penalised, free = namespace["runs"].values()
    norms_free = [np.linalg.norm(free[s][0]) for s in (100, 1000, STEPS)]
    assert np.all(np.diff(norms_free) > 1)
    # With the penalty, the weights settle: the last two thousand steps barely move them.
    assert np.linalg.norm(penalised[-1][0]) == pytest.approx(
        np.linalg.norm(penalised[1000][0]), rel=1e-4
    )
    assert C == 1.0


def test_exercise_two_classes_is_the_sigmoid_slope(run_snippet):
    printed, namespace = run_snippet("softmax_regression/exercise_two_classes.py")
    assert printed == snapshot("""\
The sigmoid's slope at the gap 2 is 0.1050, and *J* is 0.1050 times [[1, −1], [−1, 1]] within 1e-15: True.

Its eigenvalues are 0.2100, twice that slope, and 0 (within 1e-15: True).
""")
    assert namespace["matches"]
    assert namespace["slope"] == pytest.approx(sigmoid(2.0) * sigmoid(-2.0))
