"""Every promise a page makes about the playground, checked in the playground.

A sentence like "base 2 at T = ln 2 gives the bars of base e" is printed by a page's snippet as a
link to the playground in that state, marked with what it promises (snippets/playground/links.py
writes the link and lists the relations). These tests read every page of the built site, find
every link into the playground that carries a state, load each state it names in the playground,
and check the promise on what the playground shows: on the table as displayed (four decimals),
and on the probabilities its maths module computes, at full precision, from the fields the
widget filled in from the link.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from fractions import Fraction
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import markdown
import numpy as np
import pytest
from playwright.sync_api import Page

from snippets.activations import sigmoid, softmax
from snippets.playground.links import (
    RELATIONS,
    State,
    link_markup,
    reversed_ranking,
    same_softmax,
    undefined,
    uniform,
)
from tests.site_harness import page_paths

STATE_KEYS = ("logits", "labels", "temperature", "base")
# What each relation promises, as a failure message says it.
PROMISES = {
    "data-same-softmax-as": "the same softmax as",
    "data-other-softmax-than": "another softmax than",
    "data-other-sigmoid-than": "other sigmoids than",
    "data-reversed-ranking-of": "the ranking reversed from",
    "data-uniform-softmax": "a uniform softmax, each class",
    "data-undefined-softmax": "no softmax at all, each class",
}
# The pages whose text makes promises about the playground, and how many links each has at least.
EXPECTED = {"base-and-temperature/": 4, "playground/": 13}

# What the playground shows, and what its maths module computes from the fields it filled in.
READ_PLAYGROUND = """async () => {
  const m = await import(new URL("../javascripts/playground-maths.js", location.href));
  const root = document.querySelector("[data-softmax-playground][data-hash-state]");
  const value = (selector) => root.querySelector(selector).value;
  const texts = (selector) => [...root.querySelectorAll(selector)].map((input) => input.value);
  const logitTexts = texts(".spg-logit");
  const temperatureText = value("input[id$='-temperature']");
  const preset = value("select[id$='-base']");
  const baseText = preset === "other" ? value("input[id$='-base-other']") : preset;
  const logits = logitTexts.map((text) => m.parseLogit(text).value);
  const temperature = m.parseKnob(temperatureText, "temperature").value;
  const base = m.parseKnob(baseText, "base").value;
  const rows = [...root.querySelectorAll(".spg-table tbody tr")];
  const column = (name) =>
    rows.map((tr) => tr.querySelector(`td[data-column="${name}"]`).textContent);
  return {
    labels: texts(".spg-label"), logitTexts, temperatureText, baseText,
    invalid: root.querySelectorAll("[aria-invalid='true']").length,
    status: root.querySelector(".spg-status").textContent,
    shownSoftmax: column("softmax"), shownSigmoid: column("sigmoid"),
    softmax: m.softmax(logits, temperature, base), sigmoid: logits.map(m.sigmoid),
  };
}"""


# The widget listens to "hashchange" since it was built, so its listener runs before this one.
CHANGE_HASH = """(hash) => new Promise((resolve) => {
  window.addEventListener("hashchange", resolve, { once: true });
  location.hash = hash;
})"""


class ClaimFailed(AssertionError):
    """A promise that the playground does not keep."""


@dataclass(frozen=True)
class Claim:
    """A link into the playground: where it is, what it says, the state it opens, its promises."""

    page: str  # the page below the site's root: "base-and-temperature/"
    text: str
    target: str  # the state, below the site's root: "playground/#logits=4,2,-2&…"
    relations: tuple[tuple[str, str], ...]  # (attribute, value); a URL value resolved as target
    unknown: tuple[str, ...] = ()  # other data- attributes: a relation misspelt is none


@dataclass(frozen=True)
class Shown:
    """One state as the playground shows it."""

    target: str
    labels: list[str]
    logit_texts: list[str]
    temperature_text: str
    base_text: str
    invalid: int
    status: str
    shown_softmax: list[str]
    shown_sigmoid: list[str]
    softmax: np.ndarray
    sigmoid: np.ndarray

    def table(self, column: str = "softmax") -> str:
        shown = self.shown_softmax if column == "softmax" else self.shown_sigmoid
        return ", ".join(f"{label} {x}" for label, x in zip(self.labels, shown, strict=True))


# ---------------------------------------------------------------------------------------------
# Finding the claims


def is_playground_state(url: str) -> bool:
    """A link to the playground page whose hash holds a state (not a mere anchor)."""
    parts = urlsplit(url)
    keys = {field.split("=", 1)[0] for field in parts.fragment.split("&") if "=" in field}
    return parts.path.rstrip("/").endswith("playground") and bool(keys & set(STATE_KEYS))


class _Links(HTMLParser):
    """Every <a> of a page: its attributes and its text, maths as its TeX annotation."""

    def __init__(self):
        super().__init__()
        self.links: list[tuple[dict[str, str], str]] = []
        self._open: list[tuple[dict[str, str], list[str]]] = []
        self._in = {"math": 0, "annotation": 0}

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self._open.append(({name: value or "" for name, value in attrs}, []))
        elif tag in self._in:
            self._in[tag] += 1

    def handle_endtag(self, tag):
        if tag == "a" and self._open:
            attributes, text = self._open.pop()
            self.links.append((attributes, " ".join("".join(text).split())))
        elif tag in self._in:
            self._in[tag] -= 1

    def handle_data(self, data):
        # In maths, only the TeX annotation: the MathML elements spell it one symbol at a time.
        if self._open and (not self._in["math"] or self._in["annotation"]):
            self._open[-1][1].append(f"${data}$" if self._in["annotation"] else data)


def claims_in(html: str, page: str) -> list[Claim]:
    """The links into a playground state on ``page`` (its path below the site's root)."""
    parser = _Links()
    parser.feed(html)
    here = f"/{page}"

    def resolved(url: str) -> str:
        return urljoin(here, url).lstrip("/")

    claims = []
    for attributes, text in parser.links:
        href = attributes.get("href", "")
        if not is_playground_state(href):
            continue
        relations = tuple(
            (name, resolved(value) if name.endswith(("-as", "-than", "-of")) else value)
            for name, value in attributes.items()
            if name in RELATIONS
        )
        unknown = tuple(
            name for name in attributes if name.startswith("data-") and name not in RELATIONS
        )
        claims.append(Claim(page, text, resolved(href), relations, unknown))
    return claims


def site_claims(site: Path) -> list[Claim]:
    return [
        claim
        for page in page_paths()
        for claim in claims_in((site / page / "index.html").read_text(encoding="utf-8"), page)
    ]


# ---------------------------------------------------------------------------------------------
# Reading a state in the playground


def hash_fields(target: str) -> dict[str, list[str]]:
    """The state a target names, as texts: {"logits": ["4", "2", "-2"], "base": ["e"], …}."""
    fields = dict(field.split("=", 1) for field in urlsplit(target).fragment.split("&"))
    return {key: [unquote(item) for item in fields[key].split(",")] for key in fields}


def read_in_playground(page: Page, site_url: str, target: str) -> Shown:
    """Open ``target``: load the playground the first time, then change the hash, as a link on
    the playground page itself does (the widget has applied it once "hashchange" reaches us)."""
    path, hash_ = target.split("#", 1)
    if page.url.split("#", 1)[0] != f"{site_url}{path}":
        page.goto(f"{site_url}{target}", wait_until="domcontentloaded")
        page.wait_for_selector(".spg-table tbody tr")
    else:
        page.evaluate(CHANGE_HASH, hash_)
    got = page.evaluate(READ_PLAYGROUND)
    return Shown(
        target=target,
        labels=got["labels"],
        logit_texts=got["logitTexts"],
        temperature_text=got["temperatureText"],
        base_text=got["baseText"],
        invalid=got["invalid"],
        status=got["status"],
        shown_softmax=got["shownSoftmax"],
        shown_sigmoid=got["shownSigmoid"],
        softmax=np.array(got["softmax"], dtype=float),
        sigmoid=np.array(got["sigmoid"], dtype=float),
    )


def loaded_as_linked(shown: Shown) -> list[str]:
    """What is wrong with how the playground took the state: [] if it took it as the link says."""
    fields = hash_fields(shown.target)
    problems = [f"the playground has no field {key!r}" for key in fields if key not in STATE_KEYS]
    found = {
        "logits": shown.logit_texts,
        "labels": shown.labels,
        "temperature": [shown.temperature_text],
        "base": [shown.base_text],
    }
    for key, texts in found.items():
        if key in fields and texts != fields[key]:
            problems.append(f"{key} {texts}, where the link says {fields[key]}")
    if shown.invalid or "link" in shown.status:
        problems.append(f"it reports a problem: {shown.status!r}")
    if problems:
        return problems
    # And what it computes is what the site's Python computes for the same numbers.
    z = [float(text) for text in shown.logit_texts]
    base = math.e if shown.base_text == "e" else float(shown.base_text)
    expected = softmax(z, temperature=float(shown.temperature_text), base=base)
    if not same_softmax(shown.softmax, expected):
        problems.append(f"softmax {shown.softmax}, where snippets.activations gives {expected}")
    if not same_softmax(shown.sigmoid, sigmoid(z)):
        problems.append(f"sigmoid {shown.sigmoid}, where snippets.activations gives {sigmoid(z)}")
    return problems


# ---------------------------------------------------------------------------------------------
# Checking a claim


def _holds(relation: str, value: str, shown: Shown, other: Shown | None) -> bool:
    n = len(shown.labels)
    if relation == "data-same-softmax-as":
        return (
            shown.labels == other.labels
            and shown.shown_softmax == other.shown_softmax
            and same_softmax(shown.softmax, other.softmax)
        )
    if relation == "data-other-softmax-than":
        return shown.shown_softmax != other.shown_softmax
    if relation == "data-other-sigmoid-than":
        return shown.shown_sigmoid != other.shown_sigmoid
    if relation == "data-reversed-ranking-of":
        return reversed_ranking(shown.softmax, other.softmax)
    if relation == "data-uniform-softmax":
        share = Fraction(value)
        return (
            share == Fraction(1, n)
            and shown.shown_softmax == [f"{float(share):.4f}"] * n
            and uniform(shown.softmax)
        )
    if relation == "data-undefined-softmax":
        return shown.shown_softmax == ["NaN"] * n and undefined(shown.softmax)
    raise AssertionError(f"no check for the relation {relation}")


def check_claim(claim: Claim, read: Callable[[str], Shown]) -> None:
    """Raise ClaimFailed, saying what the playground shows, unless it keeps every promise."""
    if claim.unknown:
        raise ClaimFailed(
            f"{claim.page}: the link “{claim.text}” has {', '.join(claim.unknown)}, which is "
            f"not a relation; the relations are {', '.join(RELATIONS)}"
        )
    if not claim.relations:
        raise ClaimFailed(
            f"{claim.page}: the link “{claim.text}” opens the playground at {claim.target} but "
            "promises nothing a test can check: print it with claim_link "
            "(snippets/playground/links.py), with the relation its sentence states"
        )
    shown = read(claim.target)
    problems = loaded_as_linked(shown)
    if problems:
        raise ClaimFailed(
            f"{claim.page}: the playground did not load “{claim.text}” as linked, "
            f"{claim.target}: {'; '.join(problems)}"
        )
    for relation, value in claim.relations:
        other = read(value) if value.startswith("playground/") else None
        if other is not None and (problems := loaded_as_linked(other)):
            raise ClaimFailed(f"the playground did not load {value} as linked: {problems}")
        if not _holds(relation, value, shown, other):
            column = "sigmoid" if relation == "data-other-sigmoid-than" else "softmax"
            lines = [f"  {shown.target}: {column} {shown.table(column)}"]
            if other is not None:
                lines.append(f"  {other.target}: {column} {other.table(column)}")
            promise = f"{PROMISES[relation]} {value}"
            raise ClaimFailed(
                f"{claim.page}: the link “{claim.text}” promises {promise}, but the playground "
                "shows\n" + "\n".join(lines)
            )


@pytest.fixture
def reader(page: Page, site_url: str, page_log) -> Iterator[Callable[[str], Shown]]:
    """Read a state in the playground, each one once; the page must log no error meanwhile."""
    cache: dict[str, Shown] = {}

    def read(target: str) -> Shown:
        if target not in cache:
            cache[target] = read_in_playground(page, site_url, target)
        return cache[target]

    yield read
    assert page_log.page_errors == []
    assert page_log.console_errors == []
    assert page_log.failed_requests == []
    assert page_log.blocked_requests == []


def planted(markdown_text: str, page: str = "base-and-temperature/") -> Claim:
    """The claim a page would hold if its snippet printed ``markdown_text``."""
    html = markdown.markdown(markdown_text, extensions=["attr_list"])
    (claim,) = claims_in(html, page)
    return claim


# ---------------------------------------------------------------------------------------------
# The tests


def test_the_pages_link_their_promises_to_the_playground(built_site: Path):
    claims = site_claims(built_site)
    found = {page: sum(claim.page == page for claim in claims) for page in EXPECTED}
    lost = {page: n for page, n in found.items() if n < EXPECTED[page]}
    assert lost == {}, f"pages lost links that carry their promises: {lost}, from {EXPECTED}"
    for claim in claims:
        assert claim.relations, f"{claim.page}: “{claim.text}” promises nothing"
        for relation, value in claim.relations:
            if relation.endswith(("-as", "-than", "-of")):
                assert is_playground_state(value), f"{claim.page}: {relation}={value!r}"


def test_every_promise_holds_in_the_playground(built_site: Path, reader):
    claims = site_claims(built_site)
    failures = []
    for claim in claims:
        try:
            check_claim(claim, reader)
        except ClaimFailed as failure:
            failures.append(str(failure))
    print(f"{len(claims)} claims checked, on {len({c.target for c in claims})} states")
    assert failures == [], "\n\n".join(failures)


def test_a_planted_false_claim_of_the_try_it_kind_fails(reader):
    # The error the review found: base 2 at T = 1/ln 2 scales the logits by (ln 2)^2, not by 1.
    wrong = State(base=2.0, temperature=1 / math.log(2))
    sentence = link_markup(
        "keep base 2 and set the temperature to 1/ln 2",
        wrong,
        {"data-same-softmax-as": State().url()},
    )
    with pytest.raises(ClaimFailed) as failure:
        check_claim(planted(sentence), reader)
    message = str(failure.value)
    print(message)
    assert message.startswith(
        "base-and-temperature/: the link “keep base 2 and set the temperature to 1/ln 2” "
        "promises the same softmax as playground/#logits=4,2,-2&labels=dog,cat,rabbit"
        "&temperature=1&base=e, but the playground shows\n"
    )
    shown = {f"{label} {p:.4f}" for label, p in zip(wrong.labels, wrong.softmax(), strict=True)}
    assert all(text in message for text in shown)
    # The right pair, base 2 at T = ln 2, passes the same check.
    right = link_markup(
        "base 2 at T = ln 2",
        State(base=2.0, temperature=math.log(2)),
        {"data-same-softmax-as": State().url()},
    )
    check_claim(planted(right), reader)


# Each relation, falsely claimed, must fail too: no check passes whatever the playground shows.
FALSE_CLAIMS = {
    "data-same-softmax-as": (State(base=2.0, temperature=1 / math.log(2)), State().url()),
    "data-other-softmax-than": (State(logits=(14, 12, 8)), State().url()),
    "data-other-sigmoid-than": (State(base=2.0), State().url()),
    "data-reversed-ranking-of": (State(base=2.0), State().url()),
    "data-uniform-softmax": (State(), "1/3"),
    "data-undefined-softmax": (State(logits=(-math.inf, -math.inf, 0)), "NaN"),
}


@pytest.mark.parametrize("relation", RELATIONS)
def test_each_relation_claimed_falsely_fails(reader, relation: str):
    state, value = FALSE_CLAIMS[relation]
    with pytest.raises(ClaimFailed, match=re.escape(PROMISES[relation])):
        check_claim(planted(link_markup("a false claim", state, {relation: value})), reader)


def test_a_link_to_a_state_without_a_promise_fails(reader):
    claim = planted(f"[base 2]({State(base=2.0).url()})")
    with pytest.raises(ClaimFailed, match="promises nothing a test can check"):
        check_claim(claim, reader)


def test_a_misspelt_relation_fails(reader):
    sentence = link_markup("base 2", State(base=2.0), {"data-same-softmax": State().url()})
    with pytest.raises(ClaimFailed, match="data-same-softmax, which is not a relation"):
        check_claim(planted(sentence), reader)


def test_a_link_whose_state_the_playground_does_not_take_fails(reader):
    # "temp" is no key of the playground's hash: the widget keeps T = 1, not what the link meant.
    url = State().url().replace("temperature=1", "temp=0.5")
    sentence = f'[T = 0.5]({url}){{ data-same-softmax-as="{State().url()}" }}'
    with pytest.raises(ClaimFailed, match="did not load"):
        check_claim(planted(sentence), reader)
