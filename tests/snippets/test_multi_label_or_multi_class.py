"""The snippets of docs/multi-label-or-multi-class.md."""

# The snapshots hold the page's output verbatim; its lines may be longer than 100.
# ruff: noqa: E501

import numpy as np
import pytest
from inline_snapshot import snapshot

from snippets.activations import log_softmax, sigmoid, softmax

FOLDER = "multi_label_or_multi_class"


def test_double_softmax_table_loss_and_gradient(run_snippet):
    printed, namespace = run_snippet(f"{FOLDER}/double_softmax.py")
    assert printed == snapshot("""\
| softmax | dog | cat | rabbit |
|:--|--:|--:|--:|
| once: *p* | 0.879 | 0.119 | 0.002 |
| twice: softmax(*p*) | 0.531 | 0.248 | 0.221 |

| true class *c* | loss, once | loss, twice | −∂*L*/∂*z*<sub>*c*</sub>, once | −∂*L*/∂*z*<sub>*c*</sub>, twice |
|:--|--:|--:|--:|--:|
| dog | 0.129 | 0.633 | 0.121 | 0.076 |
| rabbit | 6.129 | 1.510 | 0.998 | 0.003 |

When the true class is rabbit, minus the gradient on its logit, the rate at which descent raises it, is 0.9978 with one softmax and 0.002774 with two: 360 times smaller.
""")
    (loss_once, _), (loss_twice, _) = namespace["results"]["dog"]
    assert loss_once == pytest.approx(-np.log(softmax([4.0, 2.0, -2.0])[0]))
    assert loss_twice == pytest.approx(-np.log(namespace["q"][0]))
    # The ratio is computed from the unrounded gradients, and the digits printed next to it
    # give the same ratio: a reader can check it by dividing.
    once, twice = namespace["once"], namespace["twice"]
    assert round(once / twice) == round(round(once, 4) / round(twice, 6)) == 360


@pytest.mark.parametrize("twice", [False, True])
@pytest.mark.parametrize("true_class", [0, 1, 2])
def test_double_softmax_minus_gradient_matches_finite_differences(run_snippet, true_class, twice):
    """The analytic -dL/dz_c matches a central finite difference of the loss."""
    _, namespace = run_snippet(f"{FOLDER}/double_softmax.py")
    loss_and_minus_gradient = namespace["loss_and_minus_gradient"]
    z = np.array([4.0, 2.0, -2.0])
    h = 1e-6
    step = np.eye(3)[true_class] * h
    up = loss_and_minus_gradient(z + step, true_class, twice=twice)[0]
    down = loss_and_minus_gradient(z - step, true_class, twice=twice)[0]
    minus_gradient = loss_and_minus_gradient(z, true_class, twice=twice)[1]
    assert minus_gradient == pytest.approx(-(up - down) / (2 * h), abs=1e-8)


def test_double_softmax_band_sentence(run_snippet):
    printed, namespace = run_snippet(f"{FOLDER}/double_softmax_band.py")
    assert printed == snapshot(
        "Even when the model puts all its probability on the true class, the second softmax gives that class only 0.576, so the loss never drops below 0.551; and when it puts all of it on a wrong class, the loss is only 1.551. Whatever the model does, the loss moves in a band 1.000 wide.\n"
    )
    # The closed forms: ln(1 + 2/e) and ln(e + 2), exactly one apart.
    assert namespace["floor"] == pytest.approx(np.log1p(2 / np.e))
    assert namespace["ceiling"] == pytest.approx(np.log(np.e + 2))


def test_double_softmax_curves_prints_one_described_svg(run_figure):
    _, namespace = run_figure(
        f"{FOLDER}/double_softmax_curves.py",
        "multi-label-or-multi-class-double-softmax",
        description=snapshot(
            "Two line charts against dog's logit, with cat 2, rabbit -2 fixed and dog the true class. Left: with one softmax the loss falls towards 0 (0.129 at 4); with two it stays above a floor of 0.551 (0.633 at 4). Right: minus the gradient on dog's logit. While dog loses, it is near 1 with one softmax (0.998 at -4) but only 0.003 with two."
        ),
        labels=("0.129", "0.633", "floor 0.551", "0.121", "0.076", "softmax twice"),
    )
    # The marked point is the running example, and the curves agree with the table.
    assert namespace["dog"][namespace["at"]] == 4
    assert namespace["loss_twice"].min() > namespace["floor"]
    np.testing.assert_allclose(namespace["minus_gradient_once"], 1 - namespace["p"][:, 0])


def test_multi_label_loss_from_probabilities_and_from_logits(run_snippet):
    printed, namespace = run_snippet(f"{FOLDER}/multi_label_loss.py")
    assert printed == snapshot("""\
| class | logit *z* | target *y* | sigmoid *p* | loss from *p* | loss from *z* | gradient *p* − *y* |
|:--|--:|--:|--:|--:|--:|--:|
| dog | 4 | 1 | 0.982 | 0.018 | 0.018 | -0.018 |
| cat | 2 | 1 | 0.881 | 0.127 | 0.127 | -0.119 |
| rabbit | -2 | 0 | 0.119 | 0.127 | 0.127 | 0.119 |

The loss is the mean over the classes: 0.091.
""")
    np.testing.assert_allclose(namespace["from_z"], namespace["from_p"], rtol=1e-12)
    # Binary cross-entropy of class i is minus the log-probability of its target under
    # a two-class softmax over (z, 0): the two-class equivalence, once more.
    z, y = namespace["LOGITS"], namespace["targets"]
    two_class = log_softmax(np.column_stack([z, np.zeros_like(z)]))
    np.testing.assert_allclose(
        namespace["from_z"], -np.where(y == 1, two_class[:, 0], two_class[:, 1])
    )


def test_exercise_argmax(run_snippet):
    printed, namespace = run_snippet(f"{FOLDER}/exercise_argmax.py")
    assert printed == snapshot(
        "The predicted class agrees on 10,000 of 10,000 logit vectors (and so does the whole ranking: True).\n"
    )
    assert namespace["twice"].shape == (10_000, 3)


def test_exercise_band(run_snippet):
    printed, _ = run_snippet(f"{FOLDER}/exercise_band.py")
    assert printed == snapshot("""\
| classes *n* | lowest loss | highest loss | width |
|--:|--:|--:|--:|
| 2 | 0.313 | 1.313 | 1.000 |
| 3 | 0.551 | 1.551 | 1.000 |
| 10 | 1.461 | 2.461 | 1.000 |
| 1000 | 5.909 | 6.909 | 1.000 |
""")


def test_exercise_one_logit(run_snippet):
    printed, namespace = run_snippet(f"{FOLDER}/exercise_one_logit.py")
    assert printed == snapshot("""\
*z*<sub>1</sub> − *z*<sub>2</sub> = 0.5 − (-1.5) = 2.

softmax(*z*)<sub>1</sub> = 0.881; &sigma;(2) = 0.881; both logits raised by 10: softmax(*z* + 10)<sub>1</sub> = 0.881.
""")
    # The text's z_1 - z_2 is the code's z[0] - z[1]: the first logit minus the second.
    z = namespace["z"]
    assert namespace["difference"] == z[0] - z[1] == 2
    assert printed.startswith("*z*<sub>1</sub> − *z*<sub>2</sub> = 0.5 − (-1.5) = 2.")
    assert softmax(namespace["z"])[0] == pytest.approx(sigmoid(2.0))


def test_exercise_naive_bce(run_snippet):
    printed, namespace = run_snippet(f"{FOLDER}/exercise_naive_bce.py")
    assert printed == snapshot("""\
In float64, sigmoid(40) is exactly 1.0.

Loss from the probability: inf. Loss from the logit: 40.000.

From the logit *z* = inf, the same formula gives nan.
""")
    assert namespace["from_p"] == np.inf
    assert namespace["from_z"] == 40.0
    # Finite for finite logits only: at an infinite logit the formula gives nan.
    assert np.isnan(namespace["at_infinity"])
