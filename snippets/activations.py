"""Reference numerics: ``logit``, ``sigmoid``, ``softmax``, ``log_softmax`` and ``logsumexp``.

Plain NumPy to read next to the text, and the yardstick the pages are measured against. Conventions
shared by every function:

* **Input and output.** Anything :func:`numpy.asarray` understands but a masked array. Floating
  arrays keep their dtype (float16 is computed in float32 and rounded back once). Integers,
  booleans, lists and Python numbers become float64, even integers beyond int64 and objects such
  as ``Fraction`` (``softmax([10**30, 0])`` is ``[1, 0]``); a number too large for float64 raises
  ValueError, strings, ``None`` and complex numbers TypeError. The result is always a new
  ndarray, never a view of the input nor a NumPy scalar (0-d instead).
* **Masked arrays** raise TypeError: NumPy would drop the mask, and a masked logit would count
  like any other. The message says what to do instead, e.g. ``softmax(z.filled(-np.inf))``.
* **Axis.** ``softmax``, ``log_softmax`` and ``logsumexp`` work on the slices ("rows") along
  ``axis``. An out-of-range axis raises :class:`numpy.exceptions.AxisError`, as does 0-d input.
* **Stability.** The result is finite wherever the exact answer is finite and in range.
* **Floating-point errors.** Each function sets its own ``np.errstate(all="ignore")``, because the
  events it meets are intended results (an ``exp`` underflowing to 0, a ``z - max`` overflowing
  to ``-inf``, whose ``exp`` is the exact 0, ``log(0) = -inf``, 0/0 in a row with no limit): the
  caller's ``np.errstate`` changes neither the results nor the warnings, of which there are none.
* **Special values**, row by row: a ``-inf`` logit gets probability 0 and a single ``+inf`` one 1,
  both limits; a row with a NaN, or of only ``-inf``, has no limit: NaN. Several ``+inf`` logits
  share equally, by convention, not as a limit (as t grows, ``softmax([t, t, 0])`` and
  ``softmax([2t, t, 0])`` tend to different values; SciPy and PyTorch give NaN there). Other rows
  are never affected.
"""

import math
import numbers
import reprlib

import numpy as np
from numpy.ma import MaskedArray

__all__ = ["log_softmax", "logit", "logsumexp", "sigmoid", "softmax"]

_MASKED_ARRAY_ADVICE = {  # per function, what to do instead: the part after ": " is code
    "softmax": "Fill the masked logits with -inf (probability 0): softmax(z.filled(-np.inf))",
    "log_softmax": "Fill the masked logits with -inf: log_softmax(z.filled(-np.inf))",
    "logsumexp": "Fill the masked logits with -inf (e**-inf = 0): logsumexp(z.filled(-np.inf))",
    "sigmoid": "Mask the result instead: np.ma.masked_array(sigmoid(z.filled(0)), z.mask)",
    "logit": "Mask the result instead: np.ma.masked_array(logit(p.filled(0.5)), p.mask)",
}


def _as_float64(value, name: str) -> float:
    """A real number as a float; one too large for float64 is a ValueError that shows it."""
    try:
        return float(value)
    except OverflowError:
        if not isinstance(value, numbers.Integral):
            shown = f"number {reprlib.repr(value)}"
        else:  # by its ends and length: str() of a huge int is slow, and refused past 4300 digits
            n = abs(int(value))
            low = int(math.log10(n))  # the digit count minus 1, maybe one off: counted exactly
            digits = low + (n >= 10**low) + (n >= 10 ** (low + 1))
            sign = "-" if value < 0 else ""
            shown = f"integer {sign}{n // 10 ** (digits - 4)}...{n % 1000:03} ({digits} digits)"
        raise ValueError(f"{name}: the {shown} is too large for float64") from None


def _prepare(z, name: str) -> tuple[np.ndarray, np.dtype]:
    """``z`` as a floating array to compute with (a floating array as is), and the result dtype."""
    if isinstance(z, MaskedArray):
        advice = _MASKED_ARRAY_ADVICE[name]
        raise TypeError(f"{name} does not take masked arrays: their mask would be lost. {advice}")
    x = np.asarray(z)
    kind = x.dtype.kind
    if kind == "O" and all(isinstance(v, numbers.Real) for v in x.flat):
        x = np.array([_as_float64(v, name) for v in x.flat]).reshape(x.shape)
    elif kind in "biu":
        x = x.astype(np.float64)
    elif kind != "f":
        message = f"{name} needs real numbers, got {type(z).__name__} {reprlib.repr(z)}"
        raise TypeError(f"{message} (NumPy dtype {x.dtype})")
    return (x.astype(np.float32) if x.dtype == np.float16 else x), x.dtype


def _knob(name: str, value) -> float:
    """Check that a ``temperature`` or ``base`` is a finite real number > 0 and return it."""
    number = value
    if type(value) is not float:  # the defaults are floats: skip the checks that cost most
        if isinstance(value, bool) or not isinstance(value, numbers.Real):
            raise TypeError(f"{name} must be a real number, got {reprlib.repr(value)}")
        try:
            number = float(value)
        except OverflowError:  # too large for a float, so certainly not finite
            number = math.inf
    if not 0.0 < number < math.inf:  # also rejects NaN, for which every comparison is False
        raise ValueError(f"{name} must be a finite number > 0, got {reprlib.repr(value)}")
    return number


def _exponents(x: np.ndarray, axis, temperature=1.0, base=math.e, log=np.log):
    """``(d, shift)``: ``d = (x - shift) log(b) / T <= 0`` along ``axis``, in ``x``'s dtype.

    ``log`` is ``np.log`` (for ``exp(d)``) or ``np.log2`` (for ``2**d``); if ``b < 1``, ``x``
    and ``log(b)`` are negated. ``shift`` is the row maximum (0 in a row of only ``-inf``);
    ``+inf`` logits get ``d = 0``, the others in their row ``-inf``. Unless T = 1 and b = e,
    ``d`` is computed in float64 or wider, where no knob becomes 0 or inf, then rounded once.
    """
    if x.ndim == 0:  # a number is not a vector (NumPy's reductions would accept axis 0 or -1)
        raise np.exceptions.AxisError(axis, 0)
    default = temperature == 1.0 and base == math.e
    work = x.dtype if default else np.promote_types(x.dtype, np.float64)
    log_b = 1.0 if default else log(work.type(base))
    if log_b < 0:  # 0 < b < 1: b**z = (1/b)**(-z), so the ranking reverses
        x, log_b = -x, -log_b
    elif log_b == 0:  # b = 1: 1**z = 1 for every z, infinite ones included; NaN stays NaN
        x = np.where(np.isnan(x), x, 0)
    top = x.max(axis=axis, keepdims=True, initial=-np.inf)  # -inf for an empty row
    special = not np.isfinite(top).all()  # some row has a NaN, a +inf, or only -inf
    shift = np.where(top == -np.inf, 0, top) if special else top  # exp(-inf - 0) = 0, not NaN
    d = np.subtract(x, shift, dtype=work)
    if special:  # inf - inf is NaN: make it 0, so that the +inf logits share their row
        np.copyto(d, 0, where=x == np.inf)
    if not default:  # two steps: the factor log(b) / T could overflow or underflow
        d /= temperature  # an overflow gives -inf, and its exp, 0, is then exact
        d *= log_b
    return d.astype(x.dtype, copy=False), shift


def _log_sum_exp(d: np.ndarray, axis) -> np.ndarray:
    """``log(sum(exp(d)))`` along ``axis`` for ``d`` from :func:`_exponents`, accurate when tiny:
    the ``k`` entries with ``d = 0`` contribute exactly 1 each, and keeping them out of the sum
    lets ``log1p`` see the small rest (Blanchard, Higham & Higham 2021, doi:10.1093/imanum/draa038).
    """
    e = np.exp(d)
    top = d == 0
    k = top.sum(axis=axis, keepdims=True, dtype=d.dtype)
    np.copyto(e, 0, where=top)
    rest = e.sum(axis=axis, keepdims=True)
    # k = 0 only in a row of only -inf: log(0) + log1p(0) = -inf, the log of an empty sum
    return np.log(k) + np.log1p(rest / np.maximum(k, 1))


@np.errstate(all="ignore")
def softmax(z, axis=-1, *, temperature=1.0, base=math.e) -> np.ndarray:
    r"""Softmax of the logits ``z`` along ``axis``, with an optional temperature and base.

    .. math::

        \operatorname{softmax}(z)_i = \frac{b^{z_i/T}}{\sum_j b^{z_j/T}}
        = \frac{b^{d_i}}{\sum_j b^{d_j}}, \qquad d_i = \frac{z_i - \max_j z_j}{T} \quad (b > 1)

    Each row along ``axis`` sums to 1. ``temperature`` ``T`` and ``base`` ``b`` must be finite
    real numbers > 0 (the error names the parameter and the value). For ``b > 1``, base ``b`` is
    temperature ``1 / ln b``; ``0 < b < 1`` is base ``1 / b`` on ``-z`` (the ranking reverses);
    ``b = 1`` gives ``1 / n`` in rows without NaN (``1**inf = 1``). A large ``T`` flattens towards
    uniform, reached once every finite exponent rounds to 0 (``-inf`` logits still get 0); a small
    one sharpens towards the argmax, an exponent below ``-max_float`` giving exactly 0.

    The row maximum is always subtracted, as the Numerical-stability page teaches, so no power
    exceeds 1: float32 ``softmax([100, 0])`` is ``[1, 3.8e-44]`` though ``exp(100)`` overflows.
    Default knobs: ``z - max`` into a new array, ``exp`` and the division in place. Otherwise
    ``d`` is formed in float64 or wider (no knob is rounded to ``z``'s dtype), scaled by
    ``log2 b`` and raised as ``2**d``: base 2 on ``[4, 2, -2]`` gives 64/81, 16/81, 1/81 correctly
    rounded.

    Special values follow the module's conventions: ``[inf, 0] -> [1, 0]`` (a limit) and
    ``[inf, inf, 0] -> [0.5, 0.5, 0]`` (the convention); with ``0 < b < 1``, ``+inf`` and ``-inf``
    swap roles. An empty axis gives an empty array.
    """
    x, dtype = _prepare(z, "softmax")
    temperature, base = _knob("temperature", temperature), _knob("base", base)
    if temperature == 1.0 and base == math.e:
        d, _ = _exponents(x, axis)
        p = np.exp(d, out=d)
    else:  # b**d as 2**(d log2 b): exact powers for base 2 and integer d
        d, _ = _exponents(x, axis, temperature, base, log=np.log2)
        p = np.exp2(d, out=d)
    p /= p.sum(axis=axis, keepdims=True)
    return np.asarray(p, dtype)


@np.errstate(all="ignore")
def log_softmax(z, axis=-1, *, temperature=1.0, base=math.e) -> np.ndarray:
    r"""Logarithm of :func:`softmax`, computed without ever taking ``log`` of a probability.

    .. math::

        \log\operatorname{softmax}(z)_i = d_i - \log \sum_j e^{d_j},
        \qquad d_i = \frac{\ln b}{T} \left(z_i - \max_j z_j\right) \le 0 \quad (b > 1)

    So it stays exact where ``softmax`` underflows: ``log_softmax([1000, 1])`` is exactly
    ``[0, -999]``, while ``np.log(softmax([1000, 1]))`` is ``[0, -inf]``. The terms equal to 1
    are kept out of the sum and the rest goes through ``log1p``, so log-probabilities near 0 keep
    their relative accuracy. The knobs are applied as in :func:`softmax` (``ln b`` for ``log2 b``):
    ``exp(log_softmax(z))`` is ``softmax(z)`` to rounding, for every ``T`` and ``b``. Parameters
    and errors are :func:`softmax`'s, special values the logs of its: ``[inf, 0] -> [0, -inf]``.
    """
    x, dtype = _prepare(z, "log_softmax")
    temperature, base = _knob("temperature", temperature), _knob("base", base)
    d, _ = _exponents(x, axis, temperature, base)
    d -= _log_sum_exp(d, axis)
    return np.asarray(d, dtype)


@np.errstate(all="ignore")
def logsumexp(z, axis=-1) -> np.ndarray:
    r"""``log(sum(exp(z)))`` along ``axis``, without overflow.

    :math:`\operatorname{logsumexp}(z) = m + \log \sum_j e^{z_j - m}` with :math:`m = \max z`.
    The result has ``axis`` removed (0-d for 1-D input). As in :func:`log_softmax`, ``log1p``
    keeps small results accurate. As in :func:`scipy.special.logsumexp`, a row with a NaN gives
    NaN, else one with a ``+inf`` gives ``+inf``, and one of only ``-inf`` (or empty) ``-inf``.
    """
    x, dtype = _prepare(z, "logsumexp")
    d, shift = _exponents(x, axis)
    return np.asarray(np.squeeze(shift + _log_sum_exp(d, axis), axis=axis), dtype)


@np.errstate(all="ignore")
def sigmoid(z) -> np.ndarray:
    r"""The logistic sigmoid, element-wise: the inverse of :func:`logit`.

    :math:`\sigma(z) = \frac{1}{1 + e^{-z}} = \frac{e^{z}}{1 + e^{z}}`. Only ``e^{-|z|} <= 1`` is
    computed (the first form for ``z >= 0``, the second for ``z < 0``), so nothing overflows and
    small outputs keep their relative accuracy: ``sigmoid(-30) = 9.3576e-14`` is good to an ulp,
    where ``1 - sigmoid(30)`` has two correct digits. ``0 < sigma(z) < 1`` holds in exact
    arithmetic only: in float64 the result rounds to 1 from about ``z = 36.74`` (``53 ln 2``) on,
    and underflows to 0 below about ``z = -745.1``. ``sigmoid(±inf) = 1, 0``; ``sigmoid(nan)`` NaN.
    """
    x, dtype = _prepare(z, "sigmoid")
    e = np.exp(-np.abs(x))  # in [0, 1]: cannot overflow
    # sigma(|z|) = 1 / (1 + e) and sigma(-|z|) = e / (1 + e): one rounded division each
    return np.asarray(np.where(x < 0, e, 1) / (1 + e), dtype)


@np.errstate(all="ignore")
def logit(p) -> np.ndarray:
    r"""The log-odds of a probability, element-wise: the inverse of :func:`sigmoid`.

    :math:`\operatorname{logit}(p) = \log\frac{p}{1 - p} = 2\,\operatorname{artanh}(2p - 1)`.
    For ``p >= 1/4`` the second form is used: ``2p - 1`` is then exact, so the result is accurate
    near ``p = 1/2`` (where it is near 0) and near ``p = 1``. Below 1/4, ``log(p) - log1p(-p)`` is
    accurate instead. ``logit(0) = -inf``, ``logit(1) = +inf``, ``logit(nan) = nan``; a value
    outside ``[0, 1]`` raises :class:`ValueError` naming it, e.g. ``logit needs probabilities in
    [0, 1], got 1.5``.
    """
    x, dtype = _prepare(p, "logit")
    outside = (x < 0) | (x > 1)  # NaN compares False, so it passes through
    if outside.any():
        bad = x[outside].astype(dtype)
        more = f" (and {bad.size - 1} more)" if bad.size > 1 else ""
        raise ValueError(f"logit needs probabilities in [0, 1], got {bad[0]}{more}")
    lower = np.log(x) - np.log1p(-x)  # logit(0) = -inf - 0
    upper = 2 * np.arctanh(2 * x - 1)  # logit(1) = 2 artanh(1) = inf
    return np.asarray(np.where(x < 0.25, lower, upper), dtype)
