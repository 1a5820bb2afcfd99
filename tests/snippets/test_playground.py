"""The snippets of docs/playground.md, the container every embedded playground uses, and the
links into the playground that carry a state and a promise."""

# The snapshots hold the page's output verbatim; its lines may be longer than 100.
# ruff: noqa: E501

import html
import json
import math
import re

import numpy as np
import pytest
import scipy.special
from inline_snapshot import snapshot

from snippets.activations import sigmoid, softmax
from snippets.playground.container import NO_SCRIPT, playground_container
from snippets.playground.links import (
    State,
    claim_link,
    number_text,
    reversed_ranking,
    same_softmax,
    shares,
    undefined,
    uniform,
)
from snippets.running_example import LOGITS


def _attributes(printed: str) -> dict[str, str]:
    opening = re.match(r"<div ([^>]*)>", printed)
    assert opening is not None
    found = re.findall(r'([\w-]+)(?:="([^"]*)")?', opening.group(1))
    return {name: html.unescape(value) for name, value in found}


def test_widget_prints_the_container_with_the_running_example(run_snippet):
    printed, _ = run_snippet("playground/widget.py")
    assert printed == (
        '<div class="softmax-playground" data-softmax-playground'
        ' data-labels="[&quot;dog&quot;, &quot;cat&quot;, &quot;rabbit&quot;]"'
        ' data-logits="[4.0, 2.0, -2.0]" data-temperature="1.0" data-base="e" data-hash-state>\n'
        f"{NO_SCRIPT}\n"
        "</div>\n"
    )


def test_widget_data_attributes_are_the_running_example_and_softmax_defaults(run_snippet):
    printed, _ = run_snippet("playground/widget.py")
    attributes = _attributes(printed)
    assert json.loads(attributes["data-labels"]) == ["dog", "cat", "rabbit"]
    assert json.loads(attributes["data-logits"]) == [4.0, 2.0, -2.0]
    assert json.loads(attributes["data-temperature"]) == 1.0
    assert attributes["data-base"] == "e"
    assert "data-hash-state" in attributes


@pytest.mark.parametrize(
    ("snippet", "base"),
    [("softmax/playground.py", "e"), ("base_and_temperature/playground.py", "2")],
)
def test_embedded_playgrounds_leave_the_url_hash_alone(run_snippet, snippet, base):
    printed, _ = run_snippet(snippet)
    attributes = _attributes(printed)
    assert "data-hash-state" not in attributes
    assert attributes["data-base"] == base
    assert json.loads(attributes["data-logits"]) == [4.0, 2.0, -2.0]


def test_container_escapes_attribute_values():
    printed = playground_container(keep_state_in_hash=False)
    assert 'data-labels="[&quot;dog&quot;, &quot;cat&quot;, &quot;rabbit&quot;]"' in printed
    assert '"dog"' not in printed


def test_container_refuses_a_temperature_that_json_cannot_carry():
    with pytest.raises(ValueError, match="Out of range float values"):
        playground_container(keep_state_in_hash=False, temperature=float("nan"))


@pytest.mark.parametrize(("base", "text"), [(2.0, "2"), (10, "10"), (0.5, "0.5")])
def test_container_spells_the_base_as_the_menu_does(base, text):
    printed = playground_container(keep_state_in_hash=False, base=base)
    assert f'data-base="{text}"' in printed


# ---------------------------------------------------------------------------------------------
# Links into the playground that carry a state and a promise (snippets/playground/links.py)


def test_the_default_state_has_the_hash_the_playground_page_documents():
    # Source: docs/playground.md, "Share what you found", and DEFAULT_HASH in
    # tests/browser/test_playground.py: the hash stateToHash writes for the running example.
    assert State().hash() == "logits=4,2,-2&labels=dog,cat,rabbit&temperature=1&base=e"
    assert State().url() == "../playground/#" + State().hash()


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (2.0, "2"),
        (-2.0, "-2"),
        (math.inf, "inf"),
        (-math.inf, "-inf"),
        (math.log(2), "0.6931471805599453"),
        (1e300, "1e+300"),
        (2.0**53, "9007199254740992.0"),
    ],
)
def test_numbers_are_written_so_that_they_read_back_as_the_same_float(value, text):
    assert number_text(value) == text
    assert float(text) == value


def test_labels_are_encoded_as_encode_uri_component_does():
    state = State(logits=(1, 2), labels=("a,b", "é & (x)"))
    assert state.hash().split("&")[1] == "labels=a%2Cb,%C3%A9%20%26%20(x)"
    with pytest.raises(ValueError, match="1 labels for 2 logits"):
        State(logits=(1, 2), labels=("one",))


def test_shares_lists_each_class_with_its_probability():
    assert shares(State().softmax()) == "dog 0.879, cat 0.119, rabbit 0.002"


def test_the_relations_on_probabilities():
    p = State().softmax()
    assert same_softmax(p, State(base=2.0, temperature=math.log(2)).softmax())
    assert not same_softmax(p, State(base=2.0, temperature=1 / math.log(2)).softmax())
    assert not same_softmax(p, p[:2])
    assert same_softmax([math.nan], [math.nan])
    assert reversed_ranking(State(base=0.5).softmax(), p)
    assert not reversed_ranking(p, p)
    assert not reversed_ranking([0.5, 0.5, 0], [0.5, 0.5, 0])  # a tie has no reversed order
    assert uniform(State(base=1.0).softmax())
    assert not uniform(p)
    assert undefined(State(logits=(-math.inf,) * 3).softmax())
    assert not undefined(p)


def test_claim_link_writes_the_state_and_its_promises():
    link = claim_link(
        "base 2 at T = ln 2", State(base=2.0, temperature=math.log(2)), same_softmax_as=State()
    )
    assert link == (
        "[base 2 at T = ln 2](../playground/#logits=4,2,-2&labels=dog,cat,rabbit"
        "&temperature=0.6931471805599453&base=2)"
        '{ data-same-softmax-as="../playground/#logits=4,2,-2&labels=dog,cat,rabbit'
        '&temperature=1&base=e" }'
    )
    assert 'data-uniform-softmax="1/3"' in claim_link(
        "b = 1", State(base=1.0), uniform_softmax=True
    )
    nan = claim_link("all -inf", State(logits=(-math.inf,) * 3), undefined_softmax=True)
    assert 'data-undefined-softmax="NaN"' in nan


def test_claim_link_refuses_the_false_claim_the_review_found():
    # "keep base 2 and set the temperature to 1/ln 2: the bars come out the same" (as base e).
    with pytest.raises(ValueError, match="false claim") as refused:
        claim_link(
            "keep base 2 and set the temperature to 1/ln 2",
            State(base=2.0, temperature=1 / math.log(2)),
            same_softmax_as=State(),
        )
    assert str(refused.value) == (
        "false claim: the link 'keep base 2 and set the temperature to 1/ln 2' to "
        "logits=4,2,-2&labels=dog,cat,rabbit&temperature=1.4426950408889634&base=2 says "
        "data-same-softmax-as logits=4,2,-2&labels=dog,cat,rabbit&temperature=1&base=e"
    )


@pytest.mark.parametrize(
    "promise",
    [
        {"other_softmax_than": State()},
        {"other_sigmoid_than": State(base=2.0)},
        {"reversed_ranking_of": State(base=2.0)},
        {"uniform_softmax": True},
        {"undefined_softmax": True},
    ],
    ids=["other-softmax", "other-sigmoid", "reversed-ranking", "uniform", "undefined"],
)
def test_claim_link_refuses_every_kind_of_false_claim(promise):
    with pytest.raises(ValueError, match="false claim"):
        claim_link("the running example", State(), **promise)


def test_claim_link_refuses_a_link_that_promises_nothing():
    with pytest.raises(ValueError, match="promises nothing"):
        claim_link("base 2", State(base=2.0))


# ---------------------------------------------------------------------------------------------
# The page's "What to try"


def test_try_shift_keeps_the_softmax_and_moves_the_sigmoids(run_snippet):
    printed, namespace = run_snippet("playground/try_shift.py")
    assert printed == snapshot(
        '[Add 10 to every logit](../playground/#logits=14,12,8&labels=dog,cat,rabbit&temperature=1&base=e){ data-same-softmax-as="../playground/#logits=4,2,-2&labels=dog,cat,rabbit&temperature=1&base=e" data-other-sigmoid-than="../playground/#logits=4,2,-2&labels=dog,cat,rabbit&temperature=1&base=e" }: the softmax column does not move, and the sigmoid column does. Only the differences between logits matter to the softmax; each sigmoid reads one logit as it is.\n'
    )
    shifted = namespace["shifted"]
    assert shifted.logits == (14, 12, 8)
    np.testing.assert_allclose(shifted.softmax(), softmax(LOGITS), rtol=1e-12)
    assert (shifted.sigmoid() > sigmoid(LOGITS)).all()


def test_try_base_links_base_ten_to_its_temperature_and_the_special_bases(run_snippet):
    printed, namespace = run_snippet("playground/try_base.py")
    assert printed == snapshot(
        'The logits are scaled by $\\ln b / T$, so [base 10](../playground/#logits=4,2,-2&labels=dog,cat,rabbit&temperature=1&base=10){ data-same-softmax-as="../playground/#logits=4,2,-2&labels=dog,cat,rabbit&temperature=0.43429448190325176&base=e" } gives the same bars as [base e at $T = 1/\\ln 10$ = 0.434](../playground/#logits=4,2,-2&labels=dog,cat,rabbit&temperature=0.43429448190325176&base=e){ data-same-softmax-as="../playground/#logits=4,2,-2&labels=dog,cat,rabbit&temperature=1&base=10" }. [Base 1](../playground/#logits=4,2,-2&labels=dog,cat,rabbit&temperature=1&base=1){ data-uniform-softmax="1/3" } gives every class 0.333, whatever the logits, and [base 1/2](../playground/#logits=4,2,-2&labels=dog,cat,rabbit&temperature=1&base=0.5){ data-reversed-ranking-of="../playground/#logits=4,2,-2&labels=dog,cat,rabbit&temperature=1&base=2" } ranks the classes in the opposite order to base 2.\n'
    )
    assert math.isclose(namespace["cooled"].temperature, 1 / math.log(10), rel_tol=1e-15)
    # Base 10 on [4, 2, -2]: 10^6, 10^4, 1 over their sum.
    expected = np.array([1e6, 1e4, 1]) / 1010001
    np.testing.assert_allclose(namespace["base_10"].softmax(), expected, rtol=1e-12)
    np.testing.assert_allclose(namespace["cooled"].softmax(), expected, rtol=1e-12)
    np.testing.assert_array_equal(namespace["base_1"].softmax(), [1 / 3] * 3)


def test_try_extremes_shows_huge_logits_give_the_running_example(run_snippet):
    printed, namespace = run_snippet("playground/try_extremes.py")
    assert printed == snapshot(
        '[Logits 1004, 1002, 998](../playground/#logits=1004,1002,998&labels=dog,cat,rabbit&temperature=1&base=e){ data-same-softmax-as="../playground/#logits=4,2,-2&labels=dog,cat,rabbit&temperature=1&base=e" } give the same probabilities as the running example, though even e<sup>998</sup> overflows a float64: True.\n'
    )
    assert namespace["huge"].logits == (1004, 1002, 998)
    assert namespace["overflows"] is True
    np.testing.assert_array_equal(namespace["huge"].softmax(), softmax(LOGITS))


def test_infinite_logits_have_two_limits_and_one_convention(run_snippet):
    printed, namespace = run_snippet("playground/infinite_logits.py")
    assert printed == snapshot("""\
| | softmax(*t*, *t*, 0) | softmax(2*t*, *t*, 0) |
|:--|:--|:--|
| *t* = 1 | 0.422, 0.422, 0.155 | 0.665, 0.245, 0.090 |
| *t* = 10 | 0.500, 0.500, 0.000 | 1.000, 0.000, 0.000 |
| *t* = 100 | 0.500, 0.500, 0.000 | 1.000, 0.000, 0.000 |

softmax(∞, ∞, 0) is 0.500, 0.500, 0.000 on this site, by convention; the textbook formula gives nan, nan, nan.
""")
    np.testing.assert_allclose(namespace["even"][-1], [0.5, 0.5, 0], atol=1e-40)
    np.testing.assert_allclose(namespace["uneven"][-1], [1, 0, 0], atol=1e-40)
    np.testing.assert_array_equal(namespace["convention"], [0.5, 0.5, 0])
    assert np.isnan(namespace["textbook"]).all()
    # What the page says SciPy does there: the textbook formula, NaN everywhere.
    with np.errstate(invalid="ignore"):
        assert np.isnan(scipy.special.softmax([math.inf, math.inf, 0])).all()


def test_try_infinite_links_the_limits_and_nan(run_snippet):
    printed, namespace = run_snippet("playground/try_infinite.py")
    assert printed == snapshot("""\
A class at −∞ gets probability 0, and a single class at +∞ gets 1: both are limits, reached as that one logit falls or grows. [The rabbit at −∞](../playground/#logits=4,2,-inf&labels=dog,cat,rabbit&temperature=1&base=e){ data-same-softmax-as="../playground/#logits=4,2,-1000&labels=dog,cat,rabbit&temperature=1&base=e" } gives the same bars as [the rabbit at −1000](../playground/#logits=4,2,-1000&labels=dog,cat,rabbit&temperature=1&base=e){ data-same-softmax-as="../playground/#logits=4,2,-inf&labels=dog,cat,rabbit&temperature=1&base=e" }; [the dog at +∞](../playground/#logits=inf,2,-2&labels=dog,cat,rabbit&temperature=1&base=e){ data-same-softmax-as="../playground/#logits=1000,2,-2&labels=dog,cat,rabbit&temperature=1&base=e" } the same as [the dog at 1000](../playground/#logits=1000,2,-2&labels=dog,cat,rabbit&temperature=1&base=e){ data-same-softmax-as="../playground/#logits=inf,2,-2&labels=dog,cat,rabbit&temperature=1&base=e" }.

When every logit is −∞ once scaled by $\\ln b / T$, nothing is left to share, and every class shows NaN: [three classes at −∞](../playground/#logits=-inf,-inf,-inf&labels=dog,cat,rabbit&temperature=1&base=e){ data-undefined-softmax="NaN" }, or [three at +∞ in base 1/2](../playground/#logits=inf,inf,inf&labels=dog,cat,rabbit&temperature=1&base=0.5){ data-undefined-softmax="NaN" }, where a base below one turns +∞ into −∞.
""")
    assert namespace["far"] == 1000
    np.testing.assert_array_equal(namespace["dog_inf"].softmax(), [1, 0, 0])
    np.testing.assert_array_equal(namespace["dog_far"].softmax(), [1, 0, 0])
    np.testing.assert_array_equal(namespace["rabbit_inf"].softmax(), [*softmax([4, 2]), 0])
    assert np.isnan(namespace["all_minus_inf"].softmax()).all()
    assert np.isnan(namespace["flipped"].softmax()).all()
    assert printed.count("](../playground/#") == 6


def test_try_convention_links_two_infinite_logits_to_one_limit_and_not_the_other(run_snippet):
    printed, namespace = run_snippet("playground/try_convention.py")
    assert printed == snapshot(
        'With [two classes at +∞](../playground/#logits=inf,inf,0&labels=dog,cat,rabbit&temperature=1&base=e){ data-same-softmax-as="../playground/#logits=1000,1000,0&labels=dog,cat,rabbit&temperature=1&base=e" data-other-softmax-than="../playground/#logits=2000,1000,0&labels=dog,cat,rabbit&temperature=1&base=e" }, the playground shares the probability equally between them, as the site\'s Python does: the bars of softmax(*t*, *t*, 0) at *t* = 1000, and not those of softmax(2*t*, *t*, 0).\n'
    )
    np.testing.assert_array_equal(namespace["two_inf"].softmax(), [0.5, 0.5, 0])
    np.testing.assert_array_equal(namespace["even"].softmax(), [0.5, 0.5, 0])
    np.testing.assert_array_equal(namespace["uneven"].softmax(), [1, 0, 0])
