"""The snippets of docs/base-and-temperature.md."""

# The snapshots hold the page's output verbatim; its lines may be longer than 100.
# ruff: noqa: E501

import math
from fractions import Fraction

import numpy as np
from inline_snapshot import snapshot

from snippets.activations import softmax
from snippets.running_example import LOGITS


def test_base_is_temperature_for_bases_two_e_and_ten(run_snippet):
    printed, namespace = run_snippet("base_and_temperature/base_is_temperature.py")
    assert printed == snapshot("""\
| base *b* | *T* = 1 / ln *b* | base *b*, *T* = 1 | base e, *T* = 1 / ln *b* |
|:--|--:|:--|:--|
| 2 | 1.443 | 0.790, 0.198, 0.012 | 0.790, 0.198, 0.012 |
| e | 1.000 | 0.879, 0.119, 0.002 | 0.879, 0.119, 0.002 |
| 10 | 0.434 | 0.990, 0.010, 0.000 | 0.990, 0.010, 0.000 |

Each row's two distributions agree to within rounding: True.
""")
    assert namespace["same"] is True
    assert math.isclose(namespace["temperatures"]["2"], 1 / math.log(2), rel_tol=1e-15)
    # Base 10 on [4, 2, -2]: 10^6, 10^4, 1 over their sum.
    np.testing.assert_allclose(
        namespace["by_temperature"]["10"], np.array([1e6, 1e4, 1]) / 1010001, rtol=1e-12
    )


def test_base_two_fractions_are_exact(run_snippet):
    printed, namespace = run_snippet("base_and_temperature/base_two_fractions.py")
    assert printed == snapshot("""\
| class | logit *z* | 2<sup>*z*</sup> | exact *p* | softmax(*z*, base=2) |
|:--|--:|--:|--:|--:|
| dog | 4 | 16 | 64/81 | 0.790 |
| cat | 2 | 4 | 16/81 | 0.198 |
| rabbit | -2 | 1/4 | 1/81 | 0.012 |
| **sum** | | **81/4** | **1** | **1.000** |

softmax(*z*, base=2) is 64/81, 16/81, 1/81, correctly rounded: True.
The dog gets 0.790 in base 2, less than its 0.879 in base e: True.
""")
    # Published values, kept by hand. Source: the docstring of snippets.activations.softmax
    # ("base 2 on [4, 2, -2] gives 64/81, 16/81, 1/81 correctly rounded"); by hand, 2^4, 2^2,
    # 2^-2 = 16, 4, 1/4 over their sum 81/4.
    assert namespace["exact"] == [Fraction(64, 81), Fraction(16, 81), Fraction(1, 81)]
    np.testing.assert_array_equal(namespace["computed"], np.array([64, 16, 1]) / 81)
    assert namespace["computed"][0] < namespace["in_base_e"][0]


def test_reversal_and_uniform_for_bases_half_one_and_two(run_snippet):
    printed, namespace = run_snippet("base_and_temperature/reversal_and_uniform.py")
    assert printed == snapshot("""\
| class | logit *z* | base 1/2 | base 1 | base 2 |
|:--|--:|--:|--:|--:|
| dog | 4 | 0.014 | 0.333 | 0.790 |
| cat | 2 | 0.058 | 0.333 | 0.198 |
| rabbit | -2 | 0.928 | 0.333 | 0.012 |

In base 1/2 the most likely class is the rabbit, whose logit (-2) is the smallest. Base 1/2 on *z* is base 2 on −*z*: True. Base 1 gives every class 1/3: True.
As a temperature, base 1/2 is refused: `temperature must be a finite number > 0, got -1.4426950408889634`.
""")
    # Base 1/2 on [4, 2, -2] is 2^-4, 2^-2, 2^2 over their sum: 1/69, 4/69, 64/69.
    np.testing.assert_allclose(namespace["probs"]["1/2"], np.array([1, 4, 64]) / 69, rtol=1e-14)
    np.testing.assert_array_equal(namespace["probs"]["1"], [1 / 3] * 3)
    assert namespace["as_temperature"] < 0  # which softmax refuses, as the last line says
    assert namespace["top"] == int(np.argmin(LOGITS))


def test_why_e_slope_divided_by_value_is_ln_b(run_snippet):
    printed, namespace = run_snippet("base_and_temperature/why_e_slope.py")
    assert printed == snapshot("""\
| base *b* | slope of *b*<sup>*z*</sup> | value of *b*<sup>*z*</sup> | slope / value | ln *b* |
|:--|--:|--:|--:|--:|
| 2 | 1.386 | 2.000 | 0.693 | 0.693 |
| e | 2.718 | 2.718 | 1.000 | 1.000 |
| 10 | 23.026 | 10.000 | 2.303 | 2.303 |
""")
    # The last row's slope: 10 ln 10 at z = 1.
    assert math.isclose(namespace["slope"], 10 * math.log(10), rel_tol=1e-8)


def test_why_e_gradient_is_ln_b_times_p_minus_y(run_snippet):
    printed, namespace = run_snippet("base_and_temperature/why_e_gradient.py")
    assert printed == snapshot("""\
| base *b* | measured gradient | *p* − *y* | ln *b* · (*p* − *y*) |
|:--|:--|:--|:--|
| 2 | -0.145, 0.137, 0.009 | -0.210, 0.198, 0.012 | -0.145, 0.137, 0.009 |
| e | -0.121, 0.119, 0.002 | -0.121, 0.119, 0.002 | -0.121, 0.119, 0.002 |
| 10 | -0.023, 0.023, 0.000 | -0.010, 0.010, 0.000 | -0.023, 0.023, 0.000 |

The target *y* is one-hot on the dog. The measured gradients match ln *b* · (*p* − *y*): True.
""")
    # In base 2 the gradient is exactly ln 2 * ([64, 16, 1] / 81 - [1, 0, 0]).
    expected = math.log(2) * (np.array([64, 16, 1]) / 81 - [1, 0, 0])
    np.testing.assert_allclose(namespace["gradients"]["2"], expected, atol=1e-8)
    np.testing.assert_allclose(namespace["gradients"]["e"], softmax(LOGITS) - [1, 0, 0], atol=1e-8)


def test_temperature_curves_figure_marks_the_three_bases(run_figure):
    _, namespace = run_figure(
        "base_and_temperature/temperature_curves.py",
        "base-and-temperature-curves",
        description=snapshot(
            "The softmax probabilities of the running example against the temperature T, on a log scale from 0.1 to 100. At T = 0.1: dog 1.000, cat 0.000, rabbit 0.000. At T = 100: dog 0.342, cat 0.335, rabbit 0.322, close to the dotted line at 1/3. Dashed lines mark three bases: base 10 (T = 0.434): dog 0.990, cat 0.010, rabbit 0.000; base e (T = 1.000): dog 0.879, cat 0.119, rabbit 0.002; base 2 (T = 1.443): dog 0.790, cat 0.198, rabbit 0.012."
        ),
        labels=("base 10", "base e", "base 2", "uniform, 1/3", "0.1", "100"),
    )
    # Every curve point is a distribution, and the base-e mark is the plain softmax.
    np.testing.assert_allclose(namespace["curves"].sum(axis=1), 1, rtol=1e-14)
    np.testing.assert_allclose(namespace["at_base"]["e"], softmax(LOGITS), rtol=1e-14)


def test_temperature_limits_go_from_one_hot_to_uniform(run_snippet):
    printed, namespace = run_snippet("base_and_temperature/temperature_limits.py")
    assert printed == snapshot("""\
| temperature *T* | *p*<sub>dog</sub> | *p*<sub>cat</sub> | *p*<sub>rabbit</sub> |
|--:|--:|--:|--:|
| *T* → 0: one-hot argmax | 1.000 | 0.000 | 0.000 |
| 0.01 | 1.000 | 0.000 | 0.000 |
| 0.1 | 1.000 | 0.000 | 0.000 |
| 0.5 | 0.982 | 0.018 | 0.000 |
| 1 | 0.879 | 0.119 | 0.002 |
| 2 | 0.705 | 0.259 | 0.035 |
| 10 | 0.422 | 0.346 | 0.232 |
| 100 | 0.342 | 0.335 | 0.322 |
| 1000 | 0.334 | 0.334 | 0.332 |
| *T* → ∞: uniform | 0.333 | 0.333 | 0.333 |

At *T* = 0 itself the division is undefined: `temperature must be a finite number > 0, got 0`.
""")
    np.testing.assert_array_equal(namespace["one_hot"], [1, 0, 0])
    np.testing.assert_array_equal(namespace["uniform"], [1 / 3] * 3)


def test_exercise_base_three_fractions(run_snippet):
    printed, namespace = run_snippet("base_and_temperature/exercise_base_three.py")
    assert printed == snapshot("""\
| class | 3<sup>*z*</sup> | exact *p* | softmax(*z*, base=3) |
|:--|--:|--:|--:|
| dog | 81 | 729/811 | 0.899 |
| cat | 9 | 81/811 | 0.100 |
| rabbit | 1/9 | 1/811 | 0.001 |

The floats match the fractions: True.
""")
    assert namespace["exact"] == [Fraction(729, 811), Fraction(81, 811), Fraction(1, 811)]
    # Colder than base e: the dog is surer.
    assert namespace["computed"][0] > softmax(LOGITS)[0]


def test_exercise_half_for_dog_finds_the_temperature(run_snippet):
    printed, namespace = run_snippet("base_and_temperature/exercise_half_for_dog.py")
    assert printed == snapshot(
        "At *T* = 5.232, *p*<sub>dog</sub> = 0.500; as a base, that is *b* = e<sup>1/*T*</sup> = 1.211.\n"
    )
    t = namespace["t_half"]
    assert math.isclose(softmax(LOGITS, temperature=t)[0], 0.5, rel_tol=1e-12)
    assert math.isclose(softmax(LOGITS, base=math.exp(1 / t))[0], 0.5, rel_tol=1e-12)


def test_exercise_loss_in_bits_gives_p_minus_y(run_snippet):
    printed, namespace = run_snippet("base_and_temperature/exercise_loss_in_bits.py")
    assert printed == snapshot("""\
| quantity | dog | cat | rabbit |
|:--|--:|--:|--:|
| measured gradient | -0.210 | 0.198 | 0.012 |
| *p* − *y* | -0.210 | 0.198 | 0.012 |
""")
    expected = np.array([64, 16, 1]) / 81 - [1, 0, 0]
    np.testing.assert_allclose(namespace["gradient"], expected, atol=1e-8)


def test_exercise_base_one_over_e_is_softmax_of_minus_z(run_snippet):
    printed, namespace = run_snippet("base_and_temperature/exercise_base_one_over_e.py")
    assert printed == snapshot("""\
| class | *z* | −*z* | softmax(*z*, base=1/e) | softmax(*z*) |
|:--|--:|--:|--:|--:|
| dog | 4 | -4 | 0.002 | 0.879 |
| cat | 2 | -2 | 0.018 | 0.119 |
| rabbit | -2 | 2 | 0.980 | 0.002 |
""")
    np.testing.assert_allclose(namespace["flipped"], softmax(-LOGITS), rtol=1e-12)
    assert namespace["flipped"][2] > softmax(LOGITS)[0]


def test_try_it_links_the_right_pairs_and_flags_the_slip(run_snippet):
    printed, namespace = run_snippet("base_and_temperature/try_it.py")
    assert printed == snapshot("""\
- [Base 2 at $T = \\ln 2$](../playground/#logits=4,2,-2&labels=dog,cat,rabbit&temperature=0.6931471805599453&base=2){ data-same-softmax-as="../playground/#logits=4,2,-2&labels=dog,cat,rabbit&temperature=1&base=e" } scales the logits by ln 2 / ln 2 = 1.000, as base e at $T = 1$ does: the same bars, dog 0.879, cat 0.119, rabbit 0.002.
- [Base e at $T = 1/\\ln 2$](../playground/#logits=4,2,-2&labels=dog,cat,rabbit&temperature=1.4426950408889634&base=e){ data-same-softmax-as="../playground/#logits=4,2,-2&labels=dog,cat,rabbit&temperature=1&base=2" } scales them by ln e / (1/ln 2) = ln 2 = 0.693, as base 2 at $T = 1$ does: the same bars, dog 0.790, cat 0.198, rabbit 0.012.
- [Base 2 at $T = 1/\\ln 2$](../playground/#logits=4,2,-2&labels=dog,cat,rabbit&temperature=1.4426950408889634&base=2){ data-other-softmax-than="../playground/#logits=4,2,-2&labels=dog,cat,rabbit&temperature=1&base=e" } is not base e: it scales by $(\\ln 2)^2$ = 0.480, and the bars are flatter, dog 0.695, cat 0.266, rabbit 0.039.
- [Base 1/2](../playground/#logits=4,2,-2&labels=dog,cat,rabbit&temperature=1&base=0.5){ data-reversed-ranking-of="../playground/#logits=4,2,-2&labels=dog,cat,rabbit&temperature=1&base=2" } scales by ln(1/2) = −0.693: the ranking of base 2 turned upside down, dog 0.014, cat 0.058, rabbit 0.928.
""")
    scale = list(namespace["scale"].values())
    # Base 2 at T = ln 2 scales by 1; base e at T = 1/ln 2 by ln 2; base 2 at T = 1/ln 2 by
    # (ln 2)^2 = 0.48, the error the review found; base 1/2 by -ln 2.
    expected = [1, math.log(2), math.log(2) ** 2, -math.log(2)]
    np.testing.assert_allclose(scale, expected, rtol=1e-15)
    probs = list(namespace["probs"].values())
    np.testing.assert_allclose(probs[0], softmax(LOGITS), rtol=1e-12)
    np.testing.assert_allclose(probs[1], np.array([64, 16, 1]) / 81, rtol=1e-12)
    assert not np.allclose(probs[2], softmax(LOGITS), atol=0.05)
    # Every sentence is a link into the playground that says what it promises.
    assert printed.count("](../playground/#") == 4
    assert printed.count("data-same-softmax-as=") == 2
    assert printed.count("data-other-softmax-than=") == 1
    assert printed.count("data-reversed-ranking-of=") == 1
