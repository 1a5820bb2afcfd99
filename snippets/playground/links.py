"""Links into the playground that carry a state, marked with what the page promises about it.

A sentence like "base 2 at T = ln 2 gives the bars of base e" is printed by a page's snippet as a
link whose address holds that state, with the promise in the link's attributes (attr_list):

    [Base 2 at T = ln 2](../playground/#logits=4,2,-2&…&base=2){ data-same-softmax-as="…" }

:func:`claim_link` checks each promise with ``snippets.activations`` before it writes the link, so
a false one fails the build; tests/browser/test_claims.py finds every such link on the built site,
loads each state it names in the playground and checks the promise again, on what the playground
shows. The relations, one attribute each (a link may carry several):

* ``data-same-softmax-as="URL"``: both states give the same probabilities, class by class.
* ``data-other-softmax-than="URL"``: they do not.
* ``data-other-sigmoid-than="URL"``: their sigmoid columns differ.
* ``data-reversed-ranking-of="URL"``: the softmax ranks the classes in the opposite order.
* ``data-uniform-softmax="1/n"``: every class gets 1/n.
* ``data-undefined-softmax="NaN"``: the softmax has no value: every class shows NaN.

The hash is the one docs/javascripts/playground-maths.js reads (``stateFromHash``):
``logits=4,2,-2&labels=dog,cat,rabbit&temperature=1&base=e``. A number is written as Python's
``repr``, the shortest text that reads back as the same float, so the playground computes with the
very numbers the snippet chose.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction
from urllib.parse import quote

import numpy as np

from snippets.activations import sigmoid, softmax
from snippets.running_example import LABELS, LOGITS

# The playground page as a link from any other page of the built site (from the home page it
# would be "playground/"): Markdown that a snippet prints is not rewritten by MkDocs.
PLAYGROUND = "../playground/"
# The same probabilities: a few roundings apart at most. The playground shows four decimals.
RTOL, ATOL = 1e-12, 1e-15
_UNRESERVED = "-_.!~*'()"  # the characters JavaScript's encodeURIComponent leaves as they are
RELATIONS = (
    "data-same-softmax-as",
    "data-other-softmax-than",
    "data-other-sigmoid-than",
    "data-reversed-ranking-of",
    "data-uniform-softmax",
    "data-undefined-softmax",
)


def number_text(x: float) -> str:
    """A number as the playground reads it: ``2``, ``-2``, ``inf``, ``0.6931471805599453``."""
    x = float(x)
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    if x.is_integer() and abs(x) < 2**53:
        return str(int(x))
    return repr(x)


def _encoded(values) -> str:
    return ",".join(quote(value, safe=_UNRESERVED) for value in values)


@dataclass(frozen=True)
class State:
    """One state of the playground: the running example at T = 1 in base e, unless told."""

    logits: tuple[float, ...] = tuple(LOGITS.tolist())
    temperature: float = 1.0
    base: float = math.e
    labels: tuple[str, ...] = LABELS

    def __post_init__(self):
        if len(self.labels) != len(self.logits):
            raise ValueError(f"{len(self.labels)} labels for {len(self.logits)} logits")

    def hash(self) -> str:
        """The URL hash, without "#", in the order stateToHash writes it."""
        base = "e" if self.base == math.e else number_text(self.base)
        return "&".join(
            [
                f"logits={_encoded(number_text(z) for z in self.logits)}",
                f"labels={_encoded(self.labels)}",
                f"temperature={number_text(self.temperature)}",
                f"base={base}",
            ]
        )

    def url(self) -> str:
        return f"{PLAYGROUND}#{self.hash()}"

    def softmax(self) -> np.ndarray:
        return softmax(self.logits, temperature=self.temperature, base=self.base)

    def sigmoid(self) -> np.ndarray:
        return sigmoid(self.logits)


def shares(p, labels=LABELS) -> str:
    """``dog 0.879, cat 0.119, rabbit 0.002``: each class with its probability."""
    return ", ".join(f"{label} {x:.3f}" for label, x in zip(labels, p, strict=True))


# The relations, on the probabilities (or sigmoids) of the two states: the browser test uses them
# too, on what the playground computed.


def same_softmax(p, q) -> bool:
    """The same probabilities, class by class, to within a few roundings (NaN equals NaN)."""
    p, q = np.asarray(p, dtype=float), np.asarray(q, dtype=float)
    return p.shape == q.shape and bool(np.allclose(p, q, rtol=RTOL, atol=ATOL, equal_nan=True))


def reversed_ranking(p, q) -> bool:
    """``p`` ranks the classes strictly in the opposite order to ``q``; a tie breaks the claim."""
    p, q = np.asarray(p, dtype=float), np.asarray(q, dtype=float)
    distinct = len(set(p.tolist())) == p.size and len(set(q.tolist())) == q.size
    return p.shape == q.shape and distinct and bool(np.array_equal(np.argsort(p), np.argsort(-q)))


def uniform(p) -> bool:
    """Every class gets 1/n."""
    p = np.asarray(p, dtype=float)
    return same_softmax(p, np.full(p.shape, 1 / p.size))


def undefined(p) -> bool:
    """No class has a probability: the softmax has no value (NaN)."""
    return bool(np.isnan(np.asarray(p, dtype=float)).all())


def link_markup(text: str, state: State, attributes: dict[str, str]) -> str:
    """The Markdown of a link to ``state`` with ``attributes`` (attr_list), unchecked."""
    marks = " ".join(f'{name}="{value}"' for name, value in attributes.items())
    return f"[{text}]({state.url()}){{ {marks} }}"


def claim_link(
    text: str,
    state: State,
    *,
    same_softmax_as: State | None = None,
    other_softmax_than: State | None = None,
    other_sigmoid_than: State | None = None,
    reversed_ranking_of: State | None = None,
    uniform_softmax: bool = False,
    undefined_softmax: bool = False,
) -> str:
    """The Markdown of a link to ``state`` in the playground that promises each relation given.

    Raises ``ValueError`` when ``snippets.activations`` finds a promise false, or when the link
    promises nothing: a link to a state must say what to see there, so that a test can check it.
    """
    p, s = state.softmax(), state.sigmoid()
    compared = {
        "data-same-softmax-as": (same_softmax_as, lambda o: same_softmax(p, o.softmax())),
        "data-other-softmax-than": (other_softmax_than, lambda o: not same_softmax(p, o.softmax())),
        "data-other-sigmoid-than": (other_sigmoid_than, lambda o: not same_softmax(s, o.sigmoid())),
        "data-reversed-ranking-of": (
            reversed_ranking_of,
            lambda o: reversed_ranking(p, o.softmax()),
        ),
    }
    attributes, false = {}, []
    for name, (other, holds) in compared.items():
        if other is not None:
            attributes[name] = other.url()
            if not holds(other):
                false.append(f"{name} {other.hash()}")
    if uniform_softmax:
        attributes["data-uniform-softmax"] = str(Fraction(1, len(p)))
        if not uniform(p):
            false.append("data-uniform-softmax")
    if undefined_softmax:
        attributes["data-undefined-softmax"] = "NaN"
        if not undefined(p):
            false.append("data-undefined-softmax")
    if not attributes:
        raise ValueError(f"the link {text!r} promises nothing: give it a relation to check")
    if false:
        shown = "; ".join(false)
        raise ValueError(f"false claim: the link {text!r} to {state.hash()} says {shown}")
    return link_markup(text, state, attributes)
