"""The snippets of docs/sampling.md."""

# The snapshots hold the page's output verbatim; its lines may be longer than 100.
# ruff: noqa: E501

import numpy as np
import pytest
from inline_snapshot import snapshot
from scipy.stats import chi2, chisquare

from snippets.activations import log_softmax, logsumexp, softmax
from snippets.running_example import LABELS, LOGITS
from snippets.sampling.decoding import greedy, gumbel_max, sample, top_k, top_p
from snippets.sampling.goodness_of_fit import chi_squared_sf, pearson, pool_rare
from snippets.sampling.next_token import DRAWS, NEXT_LOGITS, TOKENS, shown

# The example


def test_next_tokens_carry_the_running_example_most_likely_first():
    for label, z in zip(LABELS, LOGITS, strict=True):
        assert NEXT_LOGITS[TOKENS.index(f" {label}")] == z
    assert np.all(np.diff(NEXT_LOGITS) < 0)
    assert shown(" dog") == '`" dog"`'


# The decoders


def test_sample_draws_each_token_with_its_probability():
    rng = np.random.default_rng(0)
    p = np.array([0.5, 0.0, 0.3, 0.2])
    draws = sample(p, 100_000, rng)
    counts = np.bincount(draws, minlength=len(p))
    assert counts[1] == 0  # an empty interval is never hit
    assert chisquare(counts[p > 0], 100_000 * p[p > 0]).pvalue > 1e-3


def test_sample_stays_in_range_when_the_probabilities_sum_below_one():
    # The last edge is set to 1, so even a uniform number just below 1 finds a token.
    class AlmostOne:
        def random(self, size):
            return np.full(size, np.nextafter(1.0, 0.0))

    assert sample(np.array([0.3, 0.3, 0.3]), 4, AlmostOne()).tolist() == [2, 2, 2, 2]


def test_greedy_is_the_argmax_and_top_1():
    assert greedy(NEXT_LOGITS) == 0
    assert greedy(np.array([1.0, 3.0, 3.0])) == 1  # the first of a tie, as np.argmax
    kept = top_k(NEXT_LOGITS, 1)
    assert np.isfinite(kept).sum() == 1
    assert np.isfinite(kept[greedy(NEXT_LOGITS)])


def test_top_k_keeps_the_k_largest_logits_unchanged():
    z = np.array([0.5, 3.0, -1.0, 2.0])
    np.testing.assert_array_equal(top_k(z, 2), [-np.inf, 3.0, -np.inf, 2.0])
    np.testing.assert_array_equal(top_k(z, 10), z)  # k beyond the vocabulary keeps all
    np.testing.assert_array_equal(z, [0.5, 3.0, -1.0, 2.0])  # the input is not changed


def brute_force_nucleus(logits, p):
    """The smallest set of most likely tokens whose probabilities sum to at least p."""
    probs = softmax(logits)
    order = np.argsort(-probs, kind="stable")
    for size in range(1, len(order) + 1):
        if probs[order[:size]].sum() >= p:
            return set(order[:size].tolist())
    return set(order.tolist())  # pragma: no cover - sums reach 1


@pytest.mark.parametrize("p", [0.05, 0.5, 0.63, 0.7, 0.86, 0.9, 0.95, 0.99])
@pytest.mark.parametrize("temperature", [0.5, 1.0, 2.0])
def test_top_p_keeps_the_smallest_set_that_reaches_p(p, temperature):
    z = NEXT_LOGITS / temperature
    kept = top_p(z, p)
    assert set(np.flatnonzero(np.isfinite(kept)).tolist()) == brute_force_nucleus(z, p)
    np.testing.assert_array_equal(kept[np.isfinite(kept)], z[np.isfinite(kept)])


def test_gumbel_max_follows_the_softmax():
    rng = np.random.default_rng(1)
    z = np.array([1.0, 0.0, -1.0, 2.0])
    counts = np.bincount(gumbel_max(z, 100_000, rng), minlength=len(z))
    assert chisquare(counts, 100_000 * softmax(z)).pvalue > 1e-3
    # A -inf logit, as top-k leaves it, never wins.
    assert (gumbel_max(top_k(z, 2), 1_000, rng) >= 0).all()
    assert set(gumbel_max(top_k(z, 2), 1_000, rng).tolist()) == {0, 3}


# The goodness-of-fit test, against SciPy


@pytest.mark.parametrize("dof", [1, 2, 3, 4, 5, 6, 7, 10, 25, 50])
def test_chi_squared_sf_matches_scipy(dof):
    for x in [0.0, 1e-6, 0.3, 1.0, 2.5, dof, 2 * dof + 7, 60.0, 150.0]:
        assert chi_squared_sf(x, dof) == pytest.approx(chi2.sf(x, dof), rel=1e-12, abs=1e-300)


@pytest.mark.parametrize("dof", [0, -1, 1.5, True, "3"])
def test_chi_squared_sf_needs_a_positive_whole_dof(dof):
    with pytest.raises(ValueError, match="dof must be a positive integer"):
        chi_squared_sf(1.0, dof)


def test_chi_squared_sf_takes_numpy_integers():
    assert chi_squared_sf(3.0, np.int64(4)) == pytest.approx(chi2.sf(3.0, 4), rel=1e-12)


def test_pool_rare_merges_the_rarest_cells():
    observed = np.array([50, 3, 2, 30, 15])
    expected = np.array([48.0, 2.0, 4.0, 31.0, 15.0])
    o, e = pool_rare(observed, expected)
    # 2 + 4 = 6 >= 5 makes one cell; the others stand alone.
    np.testing.assert_array_equal(e, [6.0, 15.0, 31.0, 48.0])
    np.testing.assert_array_equal(o, [5, 15, 30, 50])


def test_pool_rare_adds_a_remainder_to_the_last_cell():
    o, e = pool_rare(np.array([3, 2, 5]), np.array([3.0, 3.0, 4.0]))
    # 3 + 3 = 6 is a cell; 4 alone is too few, so it joins it.
    np.testing.assert_array_equal(e, [10.0])
    np.testing.assert_array_equal(o, [10])


def test_pool_rare_refuses_too_few_expected():
    with pytest.raises(ValueError, match="fewer than 5"):
        pool_rare(np.array([1, 2]), np.array([1.5, 1.5]))


def test_pearson_matches_scipy_after_pooling():
    counts = np.array([620, 240, 90, 35, 12, 3])
    expected = 1000 * softmax(NEXT_LOGITS)
    statistic, dof, p_value = pearson(counts, expected)
    o, e = pool_rare(counts, expected)
    reference = chisquare(o, e)
    assert statistic == pytest.approx(reference.statistic, rel=1e-12)
    assert dof == len(o) - 1
    assert p_value == pytest.approx(reference.pvalue, rel=1e-10)


# The page's blocks


def test_next_token_table(run_snippet):
    printed, namespace = run_snippet("sampling/next_token_table.py")
    assert printed == snapshot("""\
| token | logit *z* | softmax *p* |
|:--|--:|--:|
| `" dog"` | 4 | 0.631 |
| `" puppy"` | 3 | 0.232 |
| `" cat"` | 2 | 0.085 |
| `" small"` | 1 | 0.031 |
| `" cute"` | 0.5 | 0.019 |
| `" rabbit"` | -2 | 0.002 |
| **sum** | | **1.000** |
""")
    np.testing.assert_allclose(namespace["probs"], softmax(NEXT_LOGITS))


def test_draws_match_softmax(run_snippet):
    printed, namespace = run_snippet("sampling/draws_match_softmax.py")
    assert printed == snapshot("""\
| token | *T* = 0.5: *p* / drawn | *T* = 1: *p* / drawn | *T* = 2: *p* / drawn |
|:--|--:|--:|--:|
| `" dog"` | 0.864/0.862 | 0.631/0.632 | 0.413/0.417 |
| `" puppy"` | 0.117/0.119 | 0.232/0.234 | 0.251/0.249 |
| `" cat"` | 0.016/0.015 | 0.085/0.082 | 0.152/0.157 |
| `" small"` | 0.002/0.003 | 0.031/0.032 | 0.092/0.091 |
| `" cute"` | 0.001/0.001 | 0.019/0.018 | 0.072/0.065 |
| `" rabbit"` | 0.000/0.000 | 0.002/0.003 | 0.021/0.021 |

| *T* | cells | χ² | degrees of freedom | *p*-value |
|--:|--:|--:|--:|--:|
| 0.5 | 5 | 1.77 | 4 | 0.778 |
| 1 | 6 | 7.91 | 5 | 0.161 |
| 2 | 6 | 8.51 | 5 | 0.130 |

The same draws at *T* = 1, tested against the softmax at *T* = 1.1 instead: χ² = 78.4 with 5 degrees of freedom, *p*-value 1.8e-15.
""")
    for t, (statistic, dof, p_value) in namespace["fits"].items():
        o, e = pool_rare(namespace["frequencies"][t] * DRAWS, DRAWS * namespace["probs"][t])
        reference = chisquare(o, e)
        assert statistic == pytest.approx(reference.statistic, rel=1e-9)
        assert p_value == pytest.approx(reference.pvalue, rel=1e-9)
        assert dof == len(o) - 1
        assert p_value > 0.01
    assert namespace["wrong"][2] < 1e-6


def test_frequencies_figure_shows_the_same_draws(run_figure, run_snippet):
    _, namespace = run_figure(
        "sampling/frequencies_figure.py",
        "sampling-frequencies",
        description=snapshot(
            'Bar chart of the frequency of each of 6 tokens in 10,000 seeded draws at the temperatures 0.5, 1, 2, each bar topped by a tick at its softmax probability, which it meets. T = 0.5: " dog" 0.862, " puppy" 0.119, " cat" 0.015, " small" 0.003, " cute" 0.001, " rabbit" 0.000. T = 1: " dog" 0.632, " puppy" 0.234, " cat" 0.082, " small" 0.032, " cute" 0.018, " rabbit" 0.003. T = 2: " dog" 0.417, " puppy" 0.249, " cat" 0.157, " small" 0.091, " cute" 0.065, " rabbit" 0.021.'
        ),
        labels=("drawn, T = 0.5", "drawn, T = 1", "drawn, T = 2", "softmax"),
    )
    _, table = run_snippet("sampling/draws_match_softmax.py")
    for t, frequencies in namespace["frequencies"].items():
        np.testing.assert_array_equal(frequencies, table["frequencies"][t])
    assert max(namespace["gaps"]) < 0.01


def test_greedy_limit(run_snippet):
    printed, namespace = run_snippet("sampling/greedy_limit.py")
    assert printed == snapshot("""\
| *T* | other tokens expected | other tokens drawn |
|--:|--:|--:|
| 2 | 5869.6 | 5864 |
| 1 | 3693.5 | 3677 |
| 0.5 | 1357.3 | 1269 |
| 0.25 | 183.2 | 195 |
| 0.1 | 0.5 | 1 |
| 0.05 | 0.0 | 0 |

At *T* = 0 the softmax is undefined (`temperature must be a finite number > 0, got 0`); its limit is greedy decoding, which picks `" dog"`, the argmax, every time, with no random number.
""")
    assert namespace["others"][0.05][1] == 0
    expected = [e for e, _ in namespace["others"].values()]
    assert np.all(np.diff(expected) < 0)


def test_top_k_table(run_snippet):
    printed, namespace = run_snippet("sampling/top_k_table.py")
    assert printed == snapshot("""\
| token | logit | *p* | logit after top-4 | renormalised *p* | drawn |
|:--|--:|--:|--:|--:|--:|
| `" dog"` | 4 | 0.631 | 4 | 0.644 | 0.645 |
| `" puppy"` | 3 | 0.232 | 3 | 0.237 | 0.235 |
| `" cat"` | 2 | 0.085 | 2 | 0.087 | 0.086 |
| `" small"` | 1 | 0.031 | 1 | 0.032 | 0.033 |
| `" cute"` | 0.5 | 0.019 | −∞ | 0.000 | 0.000 |
| `" rabbit"` | -2 | 0.002 | −∞ | 0.000 | 0.000 |

The 4 kept tokens held 0.979 of the probability; each is divided by that.
""")
    k, before, after = namespace["k"], namespace["before"], namespace["after"]
    np.testing.assert_allclose(after[:k], before[:k] / before[:k].sum(), rtol=1e-12)
    assert (namespace["drawn"][k:] == 0).all()


def test_top_p_table(run_snippet):
    printed, namespace = run_snippet("sampling/top_p_table.py")
    assert printed == snapshot("""\
| token | *p* | running sum | logit after top-p 0.9 | renormalised *p* | drawn |
|:--|--:|--:|--:|--:|--:|
| `" dog"` | 0.631 | 0.631 | 4 | 0.665 | 0.667 |
| `" puppy"` | 0.232 | 0.863 | 3 | 0.245 | 0.244 |
| `" cat"` | 0.085 | 0.948 | 2 | 0.090 | 0.089 |
| `" small"` | 0.031 | 0.979 | −∞ | 0.000 | 0.000 |
| `" cute"` | 0.019 | 0.998 | −∞ | 0.000 | 0.000 |
| `" rabbit"` | 0.002 | 1.000 | −∞ | 0.000 | 0.000 |

The nucleus is the first 3 tokens: the smallest set whose sum reaches 0.9.
""")
    kept = namespace["kept"]
    running = namespace["running"]
    assert running[kept - 2] < namespace["p_min"] <= running[kept - 1]
    assert (namespace["drawn"][kept:] == 0).all()


def test_nucleus_by_temperature(run_snippet):
    printed, namespace = run_snippet("sampling/nucleus_by_temperature.py")
    assert printed == snapshot("""\
| *T* | tokens kept by top-4 | tokens kept by top-p 0.9 |
|--:|--:|--:|
| 0.25 | 4 | 1 |
| 0.5 | 4 | 2 |
| 1 | 4 | 3 |
| 2 | 4 | 4 |
| 4 | 4 | 5 |
""")
    sizes = [b for _, b in namespace["kept"].values()]
    assert np.all(np.diff(sizes) >= 0)
    assert {a for a, _ in namespace["kept"].values()} == {namespace["k"]}


def test_gumbel_max_snippet(run_snippet):
    printed, namespace = run_snippet("sampling/gumbel_max.py")
    assert printed == snapshot("""\
| token | *T* = 1: *p* / drawn | *T* = 2: *p* / drawn |
|:--|--:|--:|
| `" dog"` | 0.631/0.635 | 0.413/0.416 |
| `" puppy"` | 0.232/0.230 | 0.251/0.251 |
| `" cat"` | 0.085/0.084 | 0.152/0.153 |
| `" small"` | 0.031/0.033 | 0.092/0.092 |
| `" cute"` | 0.019/0.017 | 0.072/0.070 |
| `" rabbit"` | 0.002/0.001 | 0.021/0.019 |

| *T* | χ² | degrees of freedom | *p*-value |
|--:|--:|--:|--:|
| 1 | 4.93 | 5 | 0.424 |
| 2 | 2.35 | 5 | 0.799 |
""")
    for t, (_, _, p_value) in namespace["fits"].items():
        assert p_value > 0.01, t


def test_logprobs(run_snippet):
    printed, namespace = run_snippet("sampling/logprobs.py")
    assert printed == snapshot("""\
| token | logit *z* | logprob | e<sup>logprob</sup> | *z* − logprob |
|:--|--:|--:|--:|--:|
| `" dog"` | 4 | -0.461 | 0.631 | 4.461 |
| `" puppy"` | 3 | -1.461 | 0.232 | 4.461 |
| `" cat"` | 2 | -2.461 | 0.085 | 4.461 |
| `" small"` | 1 | -3.461 | 0.031 | 4.461 |
| `" cute"` | 0.5 | -3.961 | 0.019 | 4.461 |
| `" rabbit"` | -2 | -6.461 | 0.002 | 4.461 |

The last column is logsumexp(*z*) = 4.461 in every row: True. So a gap between logprobs is the gap between logits: `" dog"` minus `" puppy"` is 1.000 either way.
""")
    np.testing.assert_allclose(np.exp(namespace["logprobs"]).sum(), 1, rtol=1e-14)
    np.testing.assert_allclose(namespace["shift"], logsumexp(NEXT_LOGITS), rtol=1e-14)


def test_logit_bias(run_snippet):
    printed, namespace = run_snippet("sampling/logit_bias.py")
    assert printed == snapshot("""\
| token | logit | bias | biased logit | *p* before | *p* after |
|:--|--:|--:|--:|--:|--:|
| `" dog"` | 4 | -100 | -96 | 0.631 | 0.000 |
| `" puppy"` | 3 | | 3 | 0.232 | 0.387 |
| `" cat"` | 2 | | 2 | 0.085 | 0.142 |
| `" small"` | 1 | | 1 | 0.031 | 0.052 |
| `" cute"` | 0.5 | | 0.5 | 0.019 | 0.032 |
| `" rabbit"` | -2 | +5 | 3 | 0.002 | 0.387 |

The banned token's probability is 3.9e-44. Among the 4 tokens without a bias, every ratio of probabilities is unchanged: True.
""")
    assert namespace["ratios_kept"]
    # The favoured token's odds against an untouched one grow by e^bias.
    rabbit, cat = TOKENS.index(" rabbit"), TOKENS.index(" cat")
    before, after = namespace["before"], namespace["after"]
    ratio = (after[rabbit] / after[cat]) / (before[rabbit] / before[cat])
    assert ratio == pytest.approx(np.exp(namespace["bias"][" rabbit"]), rel=1e-12)


# Exercises


def test_exercise_commute(run_snippet):
    printed, namespace = run_snippet("sampling/exercise_commute.py")
    assert printed == snapshot("""\
| rule | order | `" dog"` | `" puppy"` | `" cat"` | `" small"` | `" cute"` | `" rabbit"` |
|:--|:--|--:|--:|--:|--:|--:|--:|
| top-4 | *T* first | 0.455 | 0.276 | 0.167 | 0.102 | 0.000 | 0.000 |
| top-4 | *T* last | 0.455 | 0.276 | 0.167 | 0.102 | 0.000 | 0.000 |
| top-p 0.9 | *T* first | 0.455 | 0.276 | 0.167 | 0.102 | 0.000 | 0.000 |
| top-p 0.9 | *T* last | 0.506 | 0.307 | 0.186 | 0.000 | 0.000 | 0.000 |

At *T* = 2, the order makes no difference to top-4: True; top-p 0.9: False.
""")
    assert namespace["same"] == {"top-4": True, "top-p 0.9": False}


def test_exercise_bias_tie(run_snippet):
    printed, namespace = run_snippet("sampling/exercise_bias_tie.py")
    assert printed == snapshot('A bias of +2 on `" cat"` gives both tokens *p* = 0.408: True.\n')
    assert namespace["bias"] == LOGITS[0] - LOGITS[1]


def test_exercise_logprobs_softmax(run_snippet):
    printed, namespace = run_snippet("sampling/exercise_logprobs_softmax.py")
    assert printed == snapshot(
        "softmax(logprobs) = softmax(*z*): True. log_softmax(logprobs) = logprobs: True. Logits shifted by 7.5 give the same logprobs: True.\n"
    )
    assert namespace["same_probs"]
    assert namespace["fixed_point"]
    assert namespace["shifted"]
    np.testing.assert_allclose(namespace["logprobs"], log_softmax(NEXT_LOGITS))


def test_exercise_one_token_nucleus(run_snippet):
    printed, namespace = run_snippet("sampling/exercise_one_token_nucleus.py")
    assert printed == snapshot(
        'Up to *T* = 0.434, `" dog"` has *p* ≥ 0.9 and the nucleus keeps 1 token; one percent warmer, it keeps 2.\n'
    )
    t = namespace["low"]
    assert softmax(NEXT_LOGITS, temperature=t)[0] == pytest.approx(0.9, rel=1e-12)
    assert (namespace["alone"], namespace["more"]) == (1, 2)
