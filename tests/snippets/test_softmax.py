"""The snippets of docs/softmax.md."""

# The snapshots hold the page's output verbatim; its lines may be longer than 100.
# ruff: noqa: E501

import math

import numpy as np
from inline_snapshot import snapshot

from snippets.activations import softmax
from snippets.running_example import LOGITS


def test_worked_table_prints_exponentials_sum_and_probabilities(run_snippet):
    printed, namespace = run_snippet("softmax/worked_table.py")
    assert printed == snapshot("""\
| class | logit *z* | e<sup>*z*</sup> | softmax *p* = e<sup>*z*</sup> / sum |
|:--|--:|--:|--:|
| dog | 4 | 54.598 | 0.879 |
| cat | 2 | 7.389 | 0.119 |
| rabbit | -2 | 0.135 | 0.002 |
| **sum** | | **62.123** | **1.000** |

The model gives the dog a probability of 87.9%.
""")
    # The printed table is rounded; the values behind it are the exact softmax.
    np.testing.assert_allclose(namespace["probs"], namespace["exps"] / namespace["total"])
    # Published values, kept by hand. Source: the running example's softmax, as docs/index.md and
    # this page show it and tests/test_activations.py pins it; by hand, e^4, e^2, e^-2 = 54.598,
    # 7.389, 0.135 over their sum 62.123.
    np.testing.assert_array_equal(np.round(namespace["probs"], 3), [0.879, 0.119, 0.002])


def test_logits_vs_probabilities_prints_one_described_svg(run_figure):
    # Bar labels are drawn as text, so the figure's numbers match the table's.
    run_figure(
        "softmax/logits_vs_probabilities.py",
        "softmax-logits-vs-probabilities",
        description=snapshot(
            "Two bar charts. Left: the logits dog 4, cat 2, rabbit -2. Right: their softmax probabilities dog 0.879, cat 0.119, rabbit 0.002. The dog's logit leads the cat's by 2, and the dog gets 87.9% of the probability."
        ),
        labels=("0.879", "0.119", "0.002"),
    )


def test_sums_to_one_for_several_logit_vectors(run_snippet):
    printed, namespace = run_snippet("softmax/sums_to_one.py")
    assert printed == snapshot("""\
| logits *z* | softmax *p* | smallest *p* | largest *p* | sum |
|:--|:--|--:|--:|--:|
| the running example | 0.879, 0.119, 0.002 | 0.002 | 0.879 | 1.000 |
| the running example, negated | 0.002, 0.018, 0.980 | 0.002 | 0.980 | 1.000 |
| three equal logits | 0.333, 0.333, 0.333 | 0.333 | 0.333 | 1.000 |
| five seeded random logits | 0.178, 0.106, 0.498, 0.171, 0.047 | 0.047 | 0.498 | 1.000 |
""")
    assert len(namespace["examples"]) == 4
    for z in namespace["examples"].values():
        p = softmax(z)
        assert math.isclose(p.sum(), 1.0, rel_tol=1e-15)
        assert np.all((p > 0) & (p < 1))


def test_order_preserved_ranks_by_logit_and_by_probability_alike(run_snippet):
    printed, namespace = run_snippet("softmax/order_preserved.py")
    assert printed == snapshot("""\
| rank | by logit | by probability |
|--:|:--|:--|
| 1 | dog (4) | dog (0.879) |
| 2 | cat (2) | cat (0.119) |
| 3 | rabbit (-2) | rabbit (0.002) |

Same order: True.
""")
    np.testing.assert_array_equal(namespace["by_logit"], [0, 1, 2])
    np.testing.assert_array_equal(namespace["by_probability"], [0, 1, 2])


def test_shift_invariance_gives_the_same_probabilities(run_snippet):
    printed, namespace = run_snippet("softmax/shift_invariance.py")
    assert printed == snapshot("""\
| class | softmax(*z*) | softmax(*z* + 100) | softmax(*z* − 100) | softmax(*z* − max *z*) |
|:--|--:|--:|--:|--:|
| dog | 0.879 | 0.879 | 0.879 | 0.879 |
| cat | 0.119 | 0.119 | 0.119 | 0.119 |
| rabbit | 0.002 | 0.002 | 0.002 | 0.002 |

All four columns are the same distribution: True.
""")
    np.testing.assert_array_equal(namespace["shifted"]["*z* + 100"], [104, 102, 98])
    np.testing.assert_array_equal(namespace["shifted"]["*z* − max *z*"], [0, -2, -6])
    for p in namespace["probs"].values():
        np.testing.assert_allclose(p, softmax(LOGITS), rtol=1e-12)


def test_scaling_sharpens_when_doubled_and_flattens_when_halved(run_snippet):
    printed, namespace = run_snippet("softmax/scaling_sharpens.py")
    assert printed == snapshot("""\
| class | *z* / 2 | softmax(*z* / 2) | *z* | softmax(*z*) | 2*z* | softmax(2*z*) |
|:--|--:|--:|--:|--:|--:|--:|
| dog | 2 | 0.705 | 4 | 0.879 | 8 | 0.982 |
| cat | 1 | 0.259 | 2 | 0.119 | 4 | 0.018 |
| rabbit | -1 | 0.035 | -2 | 0.002 | -4 | 0.000 |

Doubling the logits raises the dog's probability from 0.879 to 0.982; halving them lowers it to 0.705. The ratio *p*<sub>dog</sub> / *p*<sub>cat</sub> is 7.389; doubled, 54.598, its square: True; halved, 2.718, its square root: True.
""")
    assert namespace["halved"] < namespace["plain"] < namespace["doubled"]
    assert namespace["squared"]
    assert namespace["rooted"]
    # Doubling squares every ratio of probabilities: p_dog / p_cat goes from e^2 to e^4.
    doubled = namespace["probs"]["2*z*"]
    assert math.isclose(doubled[0] / doubled[1], math.exp(4), rel_tol=1e-12)


def test_two_classes_softmax_is_the_sigmoid_of_the_gap(run_snippet):
    printed, namespace = run_snippet("softmax/two_classes_sigmoid.py")
    assert printed == snapshot("""\
| pair | *a* | *b* | softmax([*a*, *b*])[0] | sigmoid(*a* − *b*) |
|:--|--:|--:|--:|--:|
| dog vs cat | 4 | 2 | 0.881 | 0.881 |
| cat vs rabbit | 2 | -2 | 0.982 | 0.982 |
| dog vs rabbit | 4 | -2 | 0.998 | 0.998 |

The two columns agree: True.
""")
    # Independently: 1 / (1 + e^-(a - b)) for the gaps 2, 4 and 6.
    expected = [1 / (1 + math.exp(-gap)) for gap in (2, 4, 6)]
    np.testing.assert_allclose(namespace["two_way"], expected, rtol=1e-14)


def test_towards_argmax_table_approaches_one_hot(run_snippet):
    printed, namespace = run_snippet("softmax/towards_argmax.py")
    assert printed == snapshot("""\
| scale *s* | *p*<sub>dog</sub> | *p*<sub>cat</sub> | *p*<sub>rabbit</sub> | left for cat and rabbit |
|--:|--:|--:|--:|--:|
| 1 | 0.879 | 0.119 | 0.002 | 1.2e-01 |
| 2 | 0.982 | 0.018 | 0.000 | 1.8e-02 |
| 5 | 1.000 | 0.000 | 0.000 | 4.5e-05 |
| 10 | 1.000 | 0.000 | 0.000 | 2.1e-09 |
| 100 | 1.000 | 0.000 | 0.000 | 1.4e-87 |
| argmax (one-hot) | 1 | 0 | 0 | 0 |
""")
    np.testing.assert_array_equal(namespace["one_hot"], [1, 0, 0])
    # At scale 100 what is left is e^-200 + e^-600 (over a sum that rounds to 1): tiny, not 0.
    assert namespace["rest"] > 0
    assert math.isclose(namespace["rest"], math.exp(-200) + math.exp(-600), rel_tol=1e-12)


def test_exaggeration_figure_puts_the_pairs_on_e_to_the_gap(run_figure):
    _, namespace = run_figure(
        "softmax/exaggeration.py",
        "softmax-exaggeration",
        description=snapshot(
            "The ratio of two softmax probabilities against the gap between their logits, on a log scale: a straight line, since the ratio is e to the power of the gap. The running example's pairs lie on it (dog/cat: gap 2, ratio 7.4; cat/rabbit: gap 4, ratio 54.6; dog/rabbit: gap 6, ratio 403.4): a gap of 2 in logits already makes one class 7.4 times as likely as the other."
        ),
        labels=("dog/cat: 7.4", "cat/rabbit: 54.6", "dog/rabbit: 403.4"),
    )
    np.testing.assert_array_equal(namespace["gaps"], [2, 4, 6])
    np.testing.assert_allclose(namespace["ratios"], np.exp([2, 4, 6]), rtol=1e-12)


def test_exercise_tie_splits_the_mass_between_the_tied_classes(run_snippet):
    printed, namespace = run_snippet("softmax/exercise_tie.py")
    assert printed == snapshot("""\
| scale *s* | softmax(*s* *z*) |
|--:|:--|
| 1 | 0.495, 0.495, 0.009 |
| 10 | 0.500, 0.500, 0.000 |
| 100 | 0.500, 0.500, 0.000 |
""")
    p = softmax(100 * namespace["z"])
    assert p[0] == p[1]
    np.testing.assert_allclose(p, [0.5, 0.5, 0], atol=1e-15)


def test_exercise_dog_to_ninety_finds_the_logit(run_snippet):
    printed, namespace = run_snippet("softmax/exercise_dog_to_ninety.py")
    assert printed == snapshot(
        "The dog logit must rise from 4 to 4.215, by just 0.215; then *p*<sub>dog</sub> = 0.900.\n"
    )
    # Closed form: z_dog = ln 9 + ln(e^2 + e^-2).
    assert math.isclose(
        namespace["z_dog"], math.log(9) + math.log(math.exp(2) + math.exp(-2)), rel_tol=1e-14
    )
    assert math.isclose(namespace["probs"][0], 0.9, rel_tol=1e-14)


def test_exercise_softmax_twice_is_nearly_flat(run_snippet):
    printed, namespace = run_snippet("softmax/exercise_softmax_twice.py")
    assert printed == snapshot("""\
| class | softmax(*z*) | softmax(softmax(*z*)) |
|:--|--:|--:|
| dog | 0.879 | 0.531 |
| cat | 0.119 | 0.248 |
| rabbit | 0.002 | 0.221 |

The largest ratio is now 2.403, below e = 2.718: True.
""")
    twice = namespace["twice"]
    assert namespace["largest"] == twice.max() / twice.min()
    # Inputs in (0, 1) differ by less than 1, so no output is e times another.
    assert twice.max() / twice.min() < math.e


def test_log_sum_exp_is_a_smooth_max_whose_gradient_is_the_softmax(run_snippet):
    printed, namespace = run_snippet("softmax/log_sum_exp.py")
    assert printed == snapshot("""\
max *z* = 4 ≤ LSE(*z*) = 4.129 ≤ max *z* + ln 3 = 5.099: True.

| class | ∂ LSE / ∂ *z*<sub>*i*</sub>, measured | softmax *p*<sub>*i*</sub> |
|:--|--:|--:|
| dog | 0.879 | 0.879 |
| cat | 0.119 | 0.119 |
| rabbit | 0.002 | 0.002 |

The gradient of LSE is the softmax: True.

LSE(*s* *z*) / *s* − max *z* is 1.3e-01, 2.1e-10, 1.4e-89 for *s* = 1, 10, 100: the smooth max tends to the max.
""")
    # By hand: LSE(4, 2, -2) = 4 + ln(1 + e^-2 + e^-6), between 4 and 4 + ln 3.
    lse = 4 + math.log1p(math.exp(-2) + math.exp(-6))
    assert math.isclose(namespace["lse"], lse, rel_tol=1e-15)
    assert namespace["within"]
    np.testing.assert_allclose(namespace["gradient"], softmax(LOGITS), atol=1e-8)
    # LSE(s z) / s - max z = ln(1 + e^(-2s) + e^(-6s)) / s: at s = 100, e^-200 / 100.
    assert math.isclose(namespace["above_max"][-1], math.exp(-200) / 100, rel_tol=1e-12)
