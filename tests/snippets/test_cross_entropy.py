"""The snippets of docs/cross-entropy.md."""

# The snapshots hold the page's output verbatim; its lines may be longer than 100.
# ruff: noqa: E501

import math

import numpy as np
import pytest
from inline_snapshot import snapshot

from snippets.activations import log_softmax, sigmoid, softmax
from snippets.cross_entropy.gradients import (
    cross_entropy_gradient,
    sigmoid_cross_entropy_gradient,
    sigmoid_squared_error_gradient,
    squared_error_gradient,
)
from snippets.cross_entropy.information import cross_entropy, entropy, kl_divergence
from snippets.cross_entropy.labelled_set import PICTURE_LABELS, PICTURE_LOGITS, TRUE_CLASS
from snippets.running_example import LABELS, LOGITS


def _central_difference(f, x, h=1e-5):
    """The slope of ``f`` along each entry of ``x``: a check that needs no algebra."""
    x = np.asarray(x, dtype=float)
    return np.array([(f(x + step) - f(x - step)) / (2 * h) for step in np.eye(len(x)) * h])


# The module behind the page's numbers.


def test_entropy_of_a_one_hot_target_is_zero_and_of_a_uniform_one_ln_n():
    assert entropy([1.0, 0.0, 0.0]) == 0.0
    assert math.copysign(1, entropy([0.0, 1.0])) == 1  # +0.0, not -0.0
    assert entropy(np.full(4, 0.25)) == pytest.approx(math.log(4))
    np.testing.assert_allclose(entropy([[1.0, 0.0], [0.5, 0.5]]), [0.0, math.log(2)])


def test_cross_entropy_is_minus_y_dot_log_softmax_and_ignores_zero_targets():
    y = np.array([0.7, 0.2, 0.1])
    assert cross_entropy(y, LOGITS) == pytest.approx(-(y * log_softmax(LOGITS)).sum())
    # A -inf logit has probability 0; where the target is 0 too, the term is 0, not NaN.
    assert cross_entropy([1.0, 0.0], [0.0, -np.inf]) == 0.0


def test_kl_divergence_is_zero_at_the_target_and_positive_elsewhere():
    y = np.array([0.9, 0.05, 0.05])
    assert kl_divergence(y, np.log(y)) == pytest.approx(0.0, abs=1e-15)
    assert kl_divergence(y, LOGITS) > 0
    rng = np.random.default_rng(1)
    targets = softmax(rng.normal(size=(50, 3)))
    logits = rng.normal(size=(50, 3))
    divergence = kl_divergence(targets, logits)
    assert np.all(divergence >= 0)
    np.testing.assert_allclose(
        cross_entropy(targets, logits), entropy(targets) + divergence, rtol=1e-12
    )


def test_gradients_match_central_differences_of_their_losses():
    y = np.array([1.0, 0.0, 0.0])
    for z in (LOGITS, np.array([4.0, 9.0, -2.0])):
        np.testing.assert_allclose(
            cross_entropy_gradient(z, y),
            _central_difference(lambda v: cross_entropy(y, v), z),
            atol=1e-9,
        )
        np.testing.assert_allclose(
            squared_error_gradient(z, y),
            _central_difference(lambda v: 0.5 * np.sum((softmax(v) - y) ** 2), z),
            atol=1e-9,
        )
    for z, t in ((-3.0, 1.0), (2.5, 0.0), (0.0, 1.0)):
        ce = _central_difference(
            lambda v, t=t: -(t * np.log(sigmoid(v)) + (1 - t) * np.log(1 - sigmoid(v))).sum(),
            [z],
        )
        mse = _central_difference(lambda v, t=t: 0.5 * ((sigmoid(v) - t) ** 2).sum(), [z])
        assert sigmoid_cross_entropy_gradient(z, t) == pytest.approx(ce[0], abs=1e-9)
        assert sigmoid_squared_error_gradient(z, t) == pytest.approx(mse[0], abs=1e-9)


def test_labelled_set_starts_with_the_running_example():
    np.testing.assert_array_equal(PICTURE_LOGITS[0], LOGITS)
    assert PICTURE_LABELS[0] == "dog"
    assert [LABELS[k] for k in TRUE_CLASS] == list(PICTURE_LABELS)


# The page's blocks, in the order they appear.


def test_likelihood_is_a_product_and_its_negative_log_the_sum_of_losses(run_snippet):
    printed, namespace = run_snippet("cross_entropy/likelihood.py")
    assert printed == snapshot("""\
| picture | logits (dog, cat, rabbit) | label | *p*(label) | −ln *p*(label) |
|--:|:--|:--|--:|--:|
| 1 | (4, 2, -2) | dog | 0.879 | 0.129 |
| 2 | (1, 3, -1) | cat | 0.867 | 0.143 |
| 3 | (-1, 0.5, 2.5) | rabbit | 0.858 | 0.153 |
| 4 | (3, 2, 0) | cat | 0.259 | 1.349 |
| **product, sum** | | | **0.1696** | **1.774** |

The likelihood is 0.1696, and −ln 0.1696 = 1.774: the sum of the 4 losses. Their mean, 0.444, is the loss a training loop reports for this batch.
""")
    assert namespace["nll"] == pytest.approx(namespace["losses"].sum(), rel=1e-14)
    # The page says: the mistaken cat costs more than the three good pictures together.
    losses = namespace["losses"]
    assert losses[3] > losses[:3].sum()
    assert np.argmax(PICTURE_LOGITS[3]) != TRUE_CLASS[3]
    # Published value, kept by hand. Source: the running example, -ln 0.879 = 0.129 (training.md).
    assert round(namespace["losses"][0], 3) == 0.129


def test_decomposition_adds_up_for_both_targets(run_snippet):
    printed, namespace = run_snippet("cross_entropy/decomposition.py")
    assert printed == snapshot("""\
| target | *y* | *H*(*y*) | KL(*y* ‖ *p*) | sum | *H*(*y*, *p*) |
|:--|:--|--:|--:|--:|--:|
| one-hot | (1, 0, 0) | 0.000 | 0.129 | 0.129 | 0.129 |
| smoothed | (0.9, 0.05, 0.05) | 0.394 | 0.135 | 0.529 | 0.529 |

In both rows, *H*(*y*, *p*) and *H*(*y*) + KL agree within 1e-12: True.
""")
    assert max(namespace["gaps"]) < 1e-15
    # One-hot: no entropy, so the whole loss is the KL divergence.
    assert entropy(namespace["targets"]["one-hot"]) == 0.0


def test_loss_floor_is_the_entropy_of_the_target(run_snippet):
    printed, namespace = run_snippet("cross_entropy/loss_floor.py")
    assert printed == snapshot("""\
| step | loss *H*(*y*, *p*) | KL(*y* ‖ *p*) | *H*(*y*) |
|--:|--:|--:|--:|
| 0 | 0.5291 | 0.1347 | 0.3944 |
| 1 | 0.5220 | 0.1276 | 0.3944 |
| 10 | 0.4849 | 0.0905 | 0.3944 |
| 30 | 0.4295 | 0.0351 | 0.3944 |
| 100 | 0.3945 | 0.0001 | 0.3944 |
| 300 | 0.3944 | 0.0000 | 0.3944 |

After 300 steps the loss is 0.3944, the entropy of the target 0.3944 plus a KL divergence of 7e-14, and *p* = (0.900, 0.050, 0.050) is the target itself.
""")
    loss, kl, floor = namespace["loss"], namespace["kl"], namespace["floor"]
    assert np.all(loss >= floor)  # Gibbs' inequality, at every step
    assert np.all(np.diff(kl) < 0)
    assert loss[-1] == pytest.approx(floor, abs=1e-12)
    # Published value, kept by hand. Source: docs/training.md, label smoothing with epsilon 0.1:
    # "the loss has settled at 0.394: not 0, but the entropy of the target".
    assert round(floor, 3) == 0.394


def test_mse_gradient_table_shows_cross_entropy_keeps_pushing(run_snippet):
    printed, namespace = run_snippet("cross_entropy/mse_gradient.py")
    assert printed == snapshot("""\
| *z*<sub>cat</sub> | *p*<sub>dog</sub> | ∂*L*/∂*z*<sub>dog</sub>, cross-entropy | ∂*L*/∂*z*<sub>dog</sub>, squared error |
|--:|--:|--:|--:|
| 2 | 0.8789 | -0.1211 | -0.0253 |
| 4 | 0.4994 | -0.5006 | -0.2497 |
| 6 | 0.1192 | -0.8808 | -0.1849 |
| 8 | 0.0180 | -0.9820 | -0.0347 |
| 10 | 0.0025 | -0.9975 | -0.0049 |
| 12 | 0.0003 | -0.9997 | -0.0007 |

At *z*<sub>cat</sub> = 12, the network is wrong and sure of it: cross-entropy still pushes the dog logit with 0.9997, squared error with 6.7e-04, 1,491 times less.
""")
    ce, mse = np.abs(namespace["ce_push"]), np.abs(namespace["mse_push"])
    assert np.all(np.diff(ce) > 0)  # the more wrong, the harder cross-entropy pushes
    assert np.all(np.diff(mse[1:]) < 0)  # past the tie, squared error pushes less and less
    np.testing.assert_allclose(namespace["ce_push"], namespace["p_dog"] - 1)


def test_mse_gradient_figure_is_described(run_figure):
    _, namespace = run_figure(
        "cross_entropy/mse_gradient_figure.py",
        "cross-entropy-saturation",
        description=snapshot(
            "Two line charts of the size of the gradient on a logit, for cross-entropy (solid) and squared error (dashed). Left: a sigmoid whose target is 0 while its logit z grows from -4 to 12; cross-entropy's slope sigma(z) rises to 1.0000, squared error's peaks at 0.148 and falls back to 6.1e-06. Right: the softmax of the running example with target dog, as the cat logit grows from -2 to 14; on the dog logit, cross-entropy's slope rises to 1.0000, squared error's peaks at 0.296 (cat logit 4.70) and falls to 9.1e-05."
        ),
        labels=("cross-entropy", "squared error", "running"),
    )
    assert namespace["softmax_ce"][-1] > 0.99
    assert namespace["softmax_mse"][-1] < 1e-3
    assert namespace["sigmoid_mse"][-1] < 1e-4


def test_exercise_underflow_product_is_zero_but_the_sum_is_not(run_snippet):
    printed, namespace = run_snippet("cross_entropy/exercise_underflow.py")
    assert printed == snapshot("""\
For 4,000 pictures, the product of the probabilities is 0 in float64, while the negative log-likelihood is 1,774.2.

The likelihood is e<sup>−1,774.2</sup>, about 10<sup>−771</sup>.
""")
    assert namespace["likelihood"] == 0.0
    assert math.isfinite(namespace["nll"])


def test_exercise_kl_asymmetry_is_infinite_one_way_for_one_hot(run_snippet):
    printed, namespace = run_snippet("cross_entropy/exercise_kl_asymmetry.py")
    assert printed == snapshot("""\
| target | KL(*y* ‖ *p*) | KL(*p* ‖ *y*) |
|:--|--:|--:|
| one-hot | 0.129 | inf |
| smoothed | 0.135 | 0.075 |
""")
    # The loop's last target is the smoothed one, where both directions are finite but differ.
    assert math.isfinite(namespace["backward"])
    assert namespace["forward"] == pytest.approx(kl_divergence(namespace["y"], LOGITS))
    assert namespace["forward"] != pytest.approx(namespace["backward"], rel=0.1)


def test_exercise_uniform_is_ln_n_for_every_picture(run_snippet):
    printed, namespace = run_snippet("cross_entropy/exercise_uniform.py")
    assert printed == snapshot("""\
With equal logits, each of the 4 pictures costs ln 3 = 1.099, whatever its label: True. That is the entropy of the uniform distribution, 1.099.

The network's logits do better: a mean loss of 0.444.
""")
    np.testing.assert_allclose(namespace["uniform_losses"], math.log(3), rtol=1e-15)
