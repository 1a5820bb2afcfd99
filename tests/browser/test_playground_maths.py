"""docs/javascripts/playground-maths.js, the playground's maths without a DOM, tested from Python.

Each test imports the module from the built site into Chromium and runs all its cases in one
``page.evaluate``. Python makes the cases (seeded) and derives what to expect: the numbers from
snippets/activations.py at full precision, the texts from Python's own formatting, exact decimal
arithmetic (``Decimal``, ``mpmath``) and URL quoting. The page itself is tested in
test_playground.py.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

import mpmath
import numpy as np
import pytest
from playwright.sync_api import Page

from snippets.activations import sigmoid, softmax
from snippets.running_example import LABELS, LOGITS

MODULE = "javascripts/playground-maths.js"
SOURCE = Path(__file__).resolve().parents[2] / "docs" / MODULE

EPS = float(np.finfo(float).eps)  # 2**-52, an ulp of 1
TINY = float(np.finfo(float).smallest_subnormal)  # 5e-324
HUGE = float(np.finfo(float).max)  # 1.8e308
INF, NAN = math.inf, math.nan
ULPS = 4  # powers at most an ulp apart, then the same sums and division (seen: 1; old V8: 2.7)
LOG2_SLACK = 2  # old V8's Math.log2 may be an ulp off: b^d then moves by up to 2 |ln p| eps

EXPORTS = [
    "MAX_CLASSES",
    "MIN_CLASSES",
    "SLIDER_MAX",
    "SLIDER_MIN",
    "formatFromLog10",
    "formatLogit",
    "formatPower",
    "formatPowerSum",
    "formatProbability",
    "parseKnob",
    "parseLogit",
    "sigmoid",
    "sliderPosition",
    "sliderTemperatureText",
    "softmax",
    "stateFromHash",
    "stateToHash",
]


@pytest.fixture
def maths(page: Page, site_url: str) -> Callable[[str, Any], Any]:
    """``run(body, arg)``: run ``body`` in Chromium, with the module as ``m`` and ``arg``."""
    # Any page of the site's origin will do for a same-origin import; the module's own text is
    # the cheapest one, as nothing on it runs or loads.
    page.goto(site_url + MODULE)

    def run(body: str, arg: Any = None) -> Any:
        script = f"async ([url, arg]) => {{ const m = await import(url); {body} }}"
        return page.evaluate(script, [site_url + MODULE, arg])

    return run


def running_example_defaults() -> dict:
    """The widget's defaults, as softmax-playground.js reads them from the running example."""
    return {
        "labels": list(LABELS),
        "logitTexts": [js_string(float(z)) for z in LOGITS],
        "temperatureText": "1",
        "baseText": "e",
    }


# ---------------------------------------------------------------------------------------------
# Numerics at full precision


def softmax_cases() -> list[list]:
    """``[logits, T, b]`` cases: every extreme row with every extreme knob, then random ones."""
    rows = [
        list(map(float, LOGITS)),
        [INF, 0.0, -INF],
        [INF, INF, 0.0],
        [INF, INF, INF],
        [-INF, -INF],  # no limit: NaN
        [-INF],
        [INF],
        [NAN, 1.0],
        [NAN, INF, -INF],
        [-0.0],
        [-0.0, 0.0, -0.0],
        [TINY, -TINY, 0.0],
        [1e308, -1e308],  # z - max overflows to -inf
        [HUGE, -HUGE, 0.0],
        [HUGE, HUGE],
        [1e308] * 12,
        [5.0] * 4,
        [0.0] * 12,
        [INF, -INF, 1e308, -1e308],
        [1000.0, -1000.0, 745.0, 0.0],
        [1e-300, 2e-300, -1e-300],
        [1e15, 1e15 + 0.125, 1e15 - 0.5],  # large logits, small differences
    ]
    knobs = [
        (1.0, math.e),
        (1.0, 2.0),
        (1.0, 10.0),
        (1.0, 0.5),
        (1.0, 1.0),
        (1e-3, math.e),
        (1e3, math.e),
        (TINY, math.e),
        (HUGE, math.e),
        (1.0, TINY),
        (1.0, HUGE),
        (1.0, float(np.nextafter(1.0, 2.0))),
        (1.0, float(np.nextafter(1.0, 0.0))),
        (TINY, TINY),
        (HUGE, HUGE),
        (0.5, 1e-3),
    ]
    cases = [[row, t, b] for row in rows for t, b in knobs]
    rng = np.random.default_rng(20240229)
    specials = [INF, -INF, -0.0, TINY, -TINY, 1e308, -1e308, HUGE, -HUGE]
    for _ in range(4000):
        n = int(rng.integers(1, 13))
        z = rng.normal(0.0, 10 ** rng.uniform(-3, 4), n)
        if rng.random() < 0.2:  # offset far from 0: z - max cancels most digits
            z += rng.choice([-1, 1]) * 10 ** rng.uniform(0, 15)
        if rng.random() < 0.05:  # some rows at scales where only the argmax survives
            z *= 10 ** rng.uniform(5, 300)
        if rng.random() < 0.1:  # ties
            z = rng.choice(z[: max(1, n // 2)], n)
        mask = rng.random(n) < 0.08
        z[mask] = rng.choice(specials, int(mask.sum()))
        if rng.random() < 0.01:
            z[rng.integers(n)] = NAN
        cases.append([[float(v) for v in z], random_knob(rng, 1.0), random_knob(rng, math.e)])
    return cases


def random_knob(rng: np.random.Generator, default: float) -> float:
    """A temperature or base: the default, a usual value, any magnitude, or an extreme."""
    r = rng.random()
    if r < 0.3:
        return default
    if r < 0.7:
        return float(10 ** rng.uniform(-3, 3))
    if r < 0.9:
        return float(10 ** rng.uniform(-300, 300))
    extremes = [TINY, HUGE, 1.0, 2.0, 10.0, 0.5, np.nextafter(1.0, 2.0), np.nextafter(1.0, 0.0)]
    return float(rng.choice(extremes))


def allowed_error(got: np.ndarray, want: np.ndarray, extra: np.ndarray | float = 0.0):
    """|got - want| allowed: ``ULPS`` eps plus ``extra`` relative, and ``ULPS`` subnormal steps."""
    scale = np.maximum(np.abs(got), np.abs(want))
    return (ULPS * EPS + extra) * scale + ULPS * TINY


def differences(got: np.ndarray, want: np.ndarray, allowed: np.ndarray) -> dict[int, str]:
    """Where ``got`` differs beyond ``allowed``: NaN against a number, a zero's sign, the value."""
    problems = {}
    for i, (g, w, a) in enumerate(zip(got, want, allowed, strict=True)):
        if math.isnan(g) or math.isnan(w):
            same = math.isnan(g) and math.isnan(w)
        elif g == 0 and w == 0:
            same = math.copysign(1, g) == math.copysign(1, w)
        else:
            same = abs(g - w) <= a
        if not same:
            problems[i] = f"JS {g!r}, Python {w!r}"
    return problems


def relative_error(got: np.ndarray, want: np.ndarray) -> float:
    """The largest |got - want| in eps of the larger, over the normal numbers of both."""
    scale = np.maximum(np.abs(got), np.abs(want))
    normal = np.isfinite(scale) & (scale >= np.finfo(float).tiny)
    return float(np.max(np.abs(got - want)[normal] / scale[normal], initial=0.0) / EPS)


def test_softmax_agrees_with_the_python_reference(maths):
    cases = softmax_cases()
    # Math.log2(b) comes back too: where it differs from NumPy's, the exponents may differ.
    results = maths("return arg.map(([z, t, b]) => [Math.log2(b), m.softmax(z, t, b)]);", cases)
    problems, outputs, worst, worst_same_exponents = [], [], 0.0, 0.0
    for (z, t, b), (js_log2, js_p) in zip(cases, results, strict=True):
        got, want = np.array(js_p, dtype=float), softmax(z, temperature=t, base=b)
        outputs.append(want)
        extra = np.zeros(len(z))
        log2_b = float(np.log2(b))
        plain = t == 1.0 and b == math.e  # exp(d): no log2 involved
        if not plain and js_log2 != log2_b:
            assert abs(js_log2 - log2_b) <= abs(np.spacing(log2_b)), f"log2({b!r})"
            scale = np.maximum(np.abs(got), np.abs(want))
            with np.errstate(divide="ignore"):
                ln_p = np.where(scale > 0, np.abs(np.log(scale)), 0.0)
            # ln p bounds the exponent d ln 2 of each power; each power moves the sum by 1/e at most
            extra = LOG2_SLACK * EPS * (ln_p + len(z))
        found = differences(got, want, allowed_error(got, want, extra))
        if found:
            shown = "; ".join(f"[{i}] {text}" for i, text in found.items())
            problems.append(f"softmax({z}, T={t!r}, b={b!r}): {shown}")
        error = relative_error(got, want)
        worst = max(worst, error)
        if plain or js_log2 == log2_b:
            worst_same_exponents = max(worst_same_exponents, error)
    print(
        f"softmax: {len(cases)} cases, largest error {worst:.3g} eps "
        f"({worst_same_exponents:.3g} where both sides have the same log2 b)"
    )
    assert problems == [], f"{len(problems)} cases differ:\n" + "\n".join(problems[:5])
    assert worst_same_exponents <= ULPS
    # The extremes really were exercised: every special outcome, and one class and twelve.
    assert sum(np.isnan(p).all() for p in outputs) >= 50
    assert any(((p > 0) & (p < np.finfo(float).tiny)).any() for p in outputs)  # subnormal
    assert any(np.count_nonzero(p == 0.5) == 2 for p in outputs)  # two +inf share
    assert {1, 12} <= {len(z) for z, _, _ in cases}
    assert {TINY, HUGE, 1.0} <= {b for _, _, b in cases} & {t for _, t, _ in cases}
    assert any(b < 1 for _, _, b in cases)


def test_sigmoid_agrees_with_the_python_reference(maths):
    rng = np.random.default_rng(20240301)
    # Where the result rounds to 1, underflows to 0, and turns subnormal.
    thresholds = [53 * math.log(2), math.log(TINY), math.log(np.finfo(float).tiny)]
    values = [INF, -INF, NAN, 0.0, -0.0, TINY, -TINY, 1e308, -1e308, HUGE, -HUGE, *thresholds]
    values += [t + k * EPS * abs(t) for t in thresholds for k in (-4, -1, 1, 4)]
    values += list(rng.normal(0, 1, 3000) * 10 ** rng.uniform(-12, 3, 3000))
    values = [float(v) for v in values]
    got = np.array(maths("return arg.map(m.sigmoid);", values), dtype=float)
    want = sigmoid(np.array(values))
    found = differences(got, want, allowed_error(got, want))
    print(f"sigmoid: {len(values)} values, largest error {relative_error(got, want):.3g} eps")
    shown = [f"sigmoid({values[i]!r}): {text}" for i, text in found.items()]
    assert shown == [], f"{len(shown)} values differ:\n" + "\n".join(shown[:5])


# ---------------------------------------------------------------------------------------------
# Parsing


EMPTY_LOGIT = "Enter a logit: a number such as 1.5, or inf."
NAN_LOGIT = "NaN is not a logit: enter a number, or inf."
NOT_A_LOGIT = "Not a number: enter one such as 1.5, -2 or inf."
HUGE_LOGIT = "Out of range: the largest logit is about 1.8e308; type inf for infinity."

# Accepted as typed (after trimming, − for -): the value is Python's float() of that text.
NUMBERS = ["4", "-2", "−2", " 1.5\t", "+3", "1.", ".5", "-.5", "1e5", "1E-5", "1e+5", "-0", "0"]
NUMBERS += ["0.1", "1e-400", "5e-324", "1.7976931348623157e308", "123456789012345678901234567890"]
INFINITIES = ["inf", "-inf", "+inf", "Infinity", "-Infinity", "INF", "∞", "+∞", "-∞", "−∞", "−inf"]


def js_number(text: str) -> float:
    """What JavaScript's Number() makes of a text the parsers accept."""
    t = text.strip()
    t = "-" + t[1:] if t.startswith("\u2212") else t
    return float(t.replace("∞", "inf"))


def test_parse_logit(maths):
    refused = {
        "": EMPTY_LOGIT,
        "   ": EMPTY_LOGIT,
        "NaN": NAN_LOGIT,
        "-nan": NAN_LOGIT,
        "1e400": HUGE_LOGIT,
        "-1e400": HUGE_LOGIT,
        "1.8e308": HUGE_LOGIT,
    }
    # Python's float() takes "1_000" and "\u0661" (Arabic-Indic 1): the widget's grammar does not.
    for text in ["abc", "0x10", "1_000", "1,5", "e5", "1e", "--1", "2−1", "½", "\u0661", "∞∞"]:
        refused[text] = NOT_A_LOGIT
    texts = NUMBERS + INFINITIES + list(refused)
    parsed = dict(zip(texts, maths("return arg.map(m.parseLogit);", texts), strict=True))
    for text in NUMBERS:
        want = {
            "value": js_number(text),
            "text": "-" + text[1:] if text[0] == "−" else text.strip(),
        }
        assert parsed[text] == want, text
        assert math.copysign(1, parsed[text]["value"]) == math.copysign(1, want["value"]), text
    for text in INFINITIES:
        value = js_number(text)
        assert parsed[text] == {"value": value, "text": "inf" if value > 0 else "-inf"}, text
    for text, message in refused.items():
        assert parsed[text] == {"error": message}, text


def test_parse_knob(maths):
    accepted = ["1", "0.5", " 2 ", "+3", "1e-3", "5e-324", "1.7976931348623157e308", "1e+2"]
    zero_or_less = ["0", "-0", "0.0", "-1", "−1", "-1e-3", "1e-400"]
    cases = [(text, name) for name in ("temperature", "base") for text in accepted + zero_or_less]
    refusals = {
        "": "Enter a {} greater than 0.",
        "inf": "The {} must be finite.",
        "∞": "The {} must be finite.",
        "-Infinity": "The {} must be finite.",
        "NaN": "Not a number: enter a {} greater than 0.",
        "abc": "Not a number: enter a {} greater than 0.",
        "0x10": "Not a number: enter a {} greater than 0.",
        "1e400": "Out of range: enter a {} below 1.8e308.",
    }
    cases += [(text, name) for name in ("temperature", "base") for text in refusals]
    cases += [("e", "base"), (" E ", "base"), ("e", "temperature")]
    results = maths("return arg.map(([text, name]) => m.parseKnob(text, name));", cases)
    parsed = {case: result for case, result in zip(map(tuple, cases), results, strict=True)}
    for name in ("temperature", "base"):
        for text in accepted:
            assert parsed[text, name] == {"value": js_number(text), "text": text.strip()}
        for text in zero_or_less:
            assert js_number(text) <= 0  # 1e-400 underflows to 0
            assert parsed[text, name] == {"error": f"The {name} must be greater than 0."}, text
        for text, message in refusals.items():
            assert parsed[text, name] == {"error": message.format(name)}, text
    assert parsed["e", "base"] == parsed[" E ", "base"] == {"value": math.e, "text": "e"}
    assert parsed["e", "temperature"] == {"error": refusals["abc"].format("temperature")}


# ---------------------------------------------------------------------------------------------
# Formatting


def js_string(x: float) -> str:
    """ECMAScript's Number::toString(x), built from Python's shortest round-trip digits."""
    if x == 0 or not math.isfinite(x):
        return {math.inf: "Infinity", -math.inf: "-Infinity"}.get(x, "0" if x == 0 else "NaN")
    if x < 0:
        return "-" + js_string(-x)
    _, digit_tuple, exponent = Decimal(repr(x)).normalize().as_tuple()
    digits = "".join(map(str, digit_tuple))
    k, n = len(digits), len(digits) + int(exponent)  # x = 0.digits * 10**n
    if k <= n <= 21:
        return digits + "0" * (n - k)
    if 0 < n <= 21:
        return f"{digits[:n]}.{digits[n:]}"
    if -6 < n <= 0:
        return "0." + "0" * -n + digits
    mantissa = digits if k == 1 else f"{digits[0]}.{digits[1:]}"
    return f"{mantissa}e{'+' if n >= 1 else '-'}{abs(n - 1)}"


def to_fixed(x: float, decimals: int) -> str:
    """JavaScript's x.toFixed(decimals): the exact binary value, ties away from zero."""
    return str(Decimal(x).quantize(Decimal(10) ** -decimals, rounding=ROUND_HALF_UP))


def five_digits(value: mpmath.mpf) -> str:
    """What formatFromLog10 prints for a positive value: 5 significant digits, plain from 1e-4 to
    below 1e5, else m.mmmme±x. Exact, from mpmath; the test values are far from rounding ties."""
    with mpmath.workdps(60):
        exponent = int(mpmath.floor(mpmath.log10(value)))
        # log10 of an exact power of ten may land just below it: correct the floor
        exponent += (value >= mpmath.mpf(10) ** (exponent + 1)) - (
            value < mpmath.mpf(10) ** exponent
        )
        digits = str(int(mpmath.nint(value / mpmath.mpf(10) ** (exponent - 4))))
        if digits == "100000":  # 9.99996 rounds up to 10.000: 1.0000 of the next power
            digits, exponent = "10000", exponent + 1
        if -4 <= exponent <= 4:
            return str(Decimal(digits).scaleb(exponent - 4))
        return f"{digits[0]}.{digits[1:]}e{'+' if exponent >= 0 else '-'}{abs(exponent)}"


def expected_power(z: float, temperature: float, base: float) -> str:
    """b^(z/T) as the table's power column prints it, from the exact value."""
    if base == 1:
        return "1.0000"
    with mpmath.workdps(60):
        log10 = mpmath.mpf(z) / mpmath.mpf(temperature) * mpmath.log10(mpmath.mpf(base))
        if math.isinf(z):
            return "∞" if log10 > 0 else "0"
        if abs(log10) < 1e9:
            return five_digits(mpmath.power(10, log10))
        return f"10^({'-' if log10 < 0 else ''}{five_digits(abs(log10))})"


def expected_power_sum(logits: list[float], temperature: float, base: float) -> str:
    """sum_j b^(z_j/T), as the table's footer prints it."""
    if base == 1:
        return five_digits(mpmath.mpf(len(logits)))
    with mpmath.workdps(60):
        logs = [mpmath.mpf(z) / mpmath.mpf(temperature) * mpmath.log10(base) for z in logits]
        top = max(logs)
        if mpmath.isinf(top) or abs(top) >= 1e9:  # the largest term is all that shows
            return expected_power(logits[logs.index(top)], temperature, base)
        return five_digits(sum(mpmath.power(10, log10) for log10 in logs))


def test_format_probability_and_logit(maths):
    p = softmax(LOGITS)
    probabilities = [*map(float, p), float(p.sum()), 0.0, 1.0, 0.5, 1 / 3, 2 / 3, 1 / 32]
    probabilities += [5e-5, 1.5e-4, 0.99995, 1.00005, TINY, 1 - EPS / 2, 1 + EPS, NAN]
    logits = [*map(float, LOGITS), -0.0, 0.1, 1 / 3, 1e21, 1e-7, 1.5e-6, 1e-6, 1e16, 2.0**53 + 2]
    logits += [123456789012345680000.0, -1e308, HUGE, TINY, -TINY, INF, -INF]
    got = maths(
        "return [arg[0].map(m.formatProbability), arg[1].map(m.formatLogit)];",
        [probabilities, logits],
    )
    assert to_fixed(1 / 32, 4) == "0.0313"  # an exact tie: JavaScript rounds it up
    assert got[0] == ["NaN" if math.isnan(x) else to_fixed(x, 4) for x in probabilities]
    want = [{INF: "∞", -INF: "−∞"}.get(z) or re.sub("^-", "−", js_string(z)) for z in logits]
    assert got[1] == want
    assert got[1][:4] == ["4", "2", "−2", "0"]  # -0 prints as 0, as String(-0) does


POWER_CASES = [  # (z, T, b): every branch of the power column
    *[(float(z), 1.0, math.e) for z in LOGITS],
    (0.0, 1.0, math.e),
    (1000.0, 1.0, math.e),  # e^1000 overflows a double: printed from its logarithm
    (-1000.0, 1.0, math.e),
    (20.0, 1.0, math.e),
    (-20.0, 1.0, math.e),
    (10.0, 1.0, 2.0),
    (-3.5, 0.5, 10.0),
    (7.0, 3.0, 0.5),  # b < 1: a positive logit, a small power
    (INF, 1.0, math.e),
    (-INF, 1.0, math.e),
    (INF, 1.0, 0.5),
    (-INF, 2.0, 0.5),
    (INF, 1.0, 1.0),
    (1e300, 1e-3, math.e),  # beyond 1e9 in the exponent: 10^(exponent)
    (-1e300, 1e-3, math.e),
    (1e10, 1.0, math.e),
    (HUGE, TINY, HUGE),
    (5.0, 1.0, 1.0),
]
POWER_SUM_CASES = [
    (list(map(float, LOGITS)), 1.0, math.e),
    (list(map(float, LOGITS)), 2.0, 10.0),
    ([1000.0, 999.0], 1.0, math.e),
    ([1000.0, -1000.0, INF, -INF], 1.0, math.e),
    ([-INF, -INF], 1.0, math.e),
    ([1e300, -1e300], 1e-3, math.e),
    ([0.0] * 12, 1.0, math.e),
    ([4.0, INF], 1.0, 1.0),
    ([3.0, 1.0, -6.0], 1.0, 0.5),
]


def test_format_power_and_power_sum(maths):
    assert mpmath.nstr(mpmath.exp(1000), 5) == "1.9701e+434"  # the method, against a known value
    got = maths(
        "return [arg[0].map(([z, t, b]) => m.formatPower(z, t, b)),"
        " arg[1].map(([z, t, b]) => m.formatPowerSum(z, t, b))];",
        [POWER_CASES, POWER_SUM_CASES],
    )
    assert got[0] == [expected_power(*case) for case in POWER_CASES]
    assert got[1] == [expected_power_sum(*case) for case in POWER_SUM_CASES]
    assert got[0][:3] == ["54.598", "7.3891", "0.13534"]  # the running example's e^z


def test_format_from_log10(maths):
    log10s = [0.0, 1.0, -1.0, 4.5, -4.5, 4.99, 5.0, -5.0, 434.29, -434.3, 3e8, -3e8, 1e-20]
    got = maths("return arg.map(m.formatFromLog10);", log10s)
    with mpmath.workdps(60):
        assert got == [five_digits(mpmath.power(10, mpmath.mpf(x))) for x in log10s]


def test_slider_positions_and_the_temperatures_they_print(maths):
    positions = [f"{k / 100:.2f}" for k in range(-200, 201)]
    temperatures = [0.01, 0.1, 1.0, 10.0, 100.0, 0.5, 3.0, 1e-5, 1e5, TINY, HUGE]
    texts, slider = maths(
        "return [arg[0].map(m.sliderTemperatureText), arg[1].map(m.sliderPosition)];",
        [positions, temperatures],
    )
    # toPrecision(3) of 10^x, read back as a number and printed the shortest way
    assert texts == [js_string(float(f"{10 ** float(x):.3g}")) for x in positions]
    assert texts[:3] == ["0.01", "0.0102", "0.0105"]
    want = [min(2.0, max(-2.0, math.log10(t))) for t in temperatures]
    assert slider == pytest.approx(want, rel=4 * EPS, abs=0)
    assert slider[:5] == [-2, -1, 0, 1, 2]  # powers of ten land exactly on the slider's marks


# ---------------------------------------------------------------------------------------------
# The URL hash


def encode(text: str) -> str:
    """JavaScript's encodeURIComponent: everything but A-Z a-z 0-9 - _ . ! ~ * ' ( )."""
    return quote(text, safe="!~*'()")


def link(logits: list[str], labels: list[str], temperature: str, base: str) -> str:
    """The hash the widget writes, in the format that links already share."""
    return (
        f"logits={','.join(map(encode, logits))}&labels={','.join(map(encode, labels))}"
        f"&temperature={encode(temperature)}&base={encode(base)}"
    )


HOSTILE_LABELS = [
    "a,b",
    "a&b=c",
    "100%",
    "%41",  # a literal percent sign, not an escape for "A"
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(2)>',
    "+plus+",
    "#hash?query",
    "é 日本 🐶",
    " spaced ",
    "",
    "−∞",
]


def test_hash_round_trip(maths):
    example = running_example_defaults()
    states = [
        example,
        {
            "labels": HOSTILE_LABELS,
            "logitTexts": [
                "1",
                "-2",
                "1e+5",
                "inf",
                "-inf",
                "0.5",
                "abc",
                "",
                "1,5",
                "−3",
                "∞",
                "x",
            ],
            "temperatureText": "1e-3",
            "baseText": "0.5",
        },
        {"labels": ["a&b"], "logitTexts": ["7"], "temperatureText": "a=b", "baseText": "%"},
        # What the widget refuses still travels through the hash unchanged, to be reported there.
        {
            "labels": ["x", "y"],
            "logitTexts": ["1e400", "NaN"],
            "temperatureText": "0",
            "baseText": "−2",
        },
        {"labels": ["∞"], "logitTexts": ["-∞"], "temperatureText": "-1", "baseText": "inf"},
    ]
    results = maths(
        "return arg.map((s) => { const h = m.stateToHash(s);"
        " return [h, m.stateFromHash(h, {labels: [], logitTexts: ['0'],"
        " temperatureText: '1', baseText: 'e'})]; });",
        states,
    )
    for state, (hash_, read_back) in zip(states, results, strict=True):
        want = link(
            state["logitTexts"], state["labels"], state["temperatureText"], state["baseText"]
        )
        assert hash_ == want
        assert read_back == {"state": state, "problems": []}
    assert results[0][0] == "logits=4,2,-2&labels=dog,cat,rabbit&temperature=1&base=e"
    assert (
        "labels=a%2Cb,a%26b%3Dc,100%25,%2541,%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E,"
        in (results[1][0])
    )


def test_old_and_odd_links_restore_or_are_reported(maths):
    defaults = running_example_defaults()
    n = len(defaults["labels"])
    too_many = [str(k) for k in range(13)]

    def state(logits=None, labels=None, temperature="1", base="e") -> dict:
        logits = defaults["logitTexts"] if logits is None else logits
        fallback = defaults["labels"] + [f"class {i + 1}" for i in range(n, len(logits))]
        return {
            "labels": fallback[: len(logits)] if labels is None else labels,
            "logitTexts": logits,
            "temperatureText": temperature,
            "baseText": base,
        }

    shared = "logits=1,inf,-3.5&labels=a%2Cb,%E2%88%9E,c&temperature=0.5&base=2"
    links = {
        # The format as the widget writes it, and as readers have shared it.
        link(["4", "2", "-2"], list(LABELS), "1", "e"): (state(), []),
        shared: (state(["1", "inf", "-3.5"], [unquote("a%2Cb"), "∞", "c"], "0.5", "2"), []),
        # Typed by hand: "+" stays a plus (1e+5), keys in any order, unknown keys ignored, the
        # last of a repeated key wins, fields left out keep the defaults.
        "logits=1e+5,+inf": (state(["1e+5", "+inf"]), []),
        "base=10&x=1&logits=3,1": (state(["3", "1"], base="10"), []),
        "logits=1&logits=2,3&temperature=2": (state(["2", "3"], temperature="2"), []),
        "temperature=%E2%88%922": (state(temperature="−2"), []),
        "logits=&labels=": (state([""], [""]), []),
        "labels=%3Cb%3Ex%3C%2Fb%3E&logits=1": (state(["1"], ["<b>x</b>"]), []),
        # What cannot be used is reported, and the rest kept.
        "logits=" + ",".join(too_many): (
            state(too_many[:12]),
            ["The link has 13 logits; the playground holds 12, so it shows the first 12."],
        ),
        "logits=1,2&labels=a,b,c": (
            state(["1", "2"], ["a", "b"]),
            ["The link has 3 labels for 2 logits."],
        ),
        "logits=1,2,3&labels=a": (
            state(["1", "2", "3"], ["a", "cat", "rabbit"]),
            ["The link has 1 labels for 3 logits."],
        ),
        "logits=1,2&labels=%E0%A4%A,b": (
            state(["1", "2"], ["%E0%A4%A", "b"]),
            ["The link's labels “%E0%A4%A” is not valid URL encoding."],
        ),
    }
    anchors = ["", "try-it", "logits", "=1", "Logits=1", "softmax-and-sigmoid"]
    results = maths(
        "return [arg[0].map((h) => m.stateFromHash(h, arg[2])),"
        " arg[1].map((h) => m.stateFromHash(h, arg[2]))];",
        [list(links), anchors, defaults],
    )
    for (hash_, (want_state, want_problems)), got in zip(links.items(), results[0], strict=True):
        assert got == {"state": want_state, "problems": want_problems}, hash_
    assert results[1] == [None] * len(anchors)  # a heading's anchor is not a state


# ---------------------------------------------------------------------------------------------
# The module itself


def test_the_module_runs_without_a_dom(maths):
    # In a worker there is no document, window or location: importing and using it there proves
    # the module needs none.
    got = maths(
        """const source = `import * as m from ${JSON.stringify(url)};
          postMessage([Object.keys(m).sort(), m.softmax([4, 2, -2], 1, Math.E),
                       m.formatPower(1000, 1, Math.E), typeof document]);`;
        const blob = new Blob([source], {type: "text/javascript"});
        const worker = new Worker(URL.createObjectURL(blob), {type: "module"});
        return await new Promise((resolve, reject) => {
          worker.onmessage = (event) => resolve(event.data);
          worker.onerror = (event) => reject(new Error(event.message));
        });""",
    )
    exports, p, power, document = got
    assert exports == sorted(EXPORTS)
    assert p == pytest.approx(softmax(LOGITS), rel=ULPS * EPS, abs=0)
    assert power == expected_power(1000.0, 1.0, math.e)
    assert document == "undefined"


def test_the_module_source_names_no_dom_global():
    code = re.sub(r"//.*|/\*.*?\*/", "", SOURCE.read_text(encoding="utf-8"), flags=re.S)
    assert re.findall(r"\b(?:document|window|location|navigator|history)\b", code) == []
    assert re.findall(r"^\s*import\b", code, flags=re.M) == []  # no dependencies
