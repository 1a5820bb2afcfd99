"""Reference numerics: ``logit``, ``sigmoid``, ``softmax``, ``log_softmax`` and ``logsumexp``.

Plain NumPy, written to be read next to the text, but stable and exact enough to be used as the
yardstick the other pages are measured against.

Conventions shared by every function:

* **Input.** Anything :func:`numpy.asarray` understands. Floating arrays keep their dtype
  (float16, float32, float64, longdouble); integers, booleans and Python lists or scalars become
  float64. Strings, objects, ``None`` and complex numbers raise :class:`TypeError`. float16 is
  computed in float32 and rounded back once at the end.
* **Output.** Always a new :class:`numpy.ndarray`, never a view of the input and never a NumPy
  scalar: element-wise functions return a 0-d array for scalar input.
* **Axis.** ``softmax``, ``log_softmax`` and ``logsumexp`` work on the slices ("rows") along
  ``axis`` (default: the last one). An out-of-range axis raises :class:`numpy.exceptions.AxisError`,
  and so does a 0-d input, which has no axis.
* **Stability.** Finite input gives finite output (except where the exact answer itself is out of
  range, e.g. ``log_softmax([1e308, -1e308])[1]`` is below ``-max_float`` and becomes ``-inf``).
  No ``RuntimeWarning`` is emitted for any input, including ``inf`` and ``nan``.
* **Threads.** ``softmax`` shares large inputs among a few threads (see its "Implementation"
  notes); its results do not depend on them. Everything else runs on the calling thread.
* **Special values** follow the mathematical limit, row by row: ``+inf`` logits share all the
  probability equally, ``-inf`` logits get probability 0, and a row that contains NaN or holds
  only ``-inf`` has no limit, so it becomes NaN. Other rows are never affected.
"""

from __future__ import annotations

import contextvars
import math
import numbers
import os
import reprlib
import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np

__all__ = ["log_softmax", "logit", "logsumexp", "sigmoid", "softmax"]

# Per dtype, the row-max bounds of softmax's fast paths: (no shift needed, z - max cannot overflow).
_FAST_LIMITS = {
    np.dtype(t).char: (np.log(np.finfo(t).max) / 2, np.finfo(t).max * np.finfo(t).eps / 4)
    for t in (np.float32, np.float64, np.longdouble)
}


# Large inputs: softmax cuts them into blocks of about _CHUNK elements, which a few threads
# work on at once (NumPy's ufuncs release the GIL). Below _PARALLEL_MIN_SIZE elements, handing
# out blocks costs more than it saves. A single long row is summed block by block and the block
# sums are added in order: the blocks depend on the length only, so the result never depends
# on the number of threads, nor on which thread did which block.
_PARALLEL_MIN_SIZE = 2**18
_CHUNK = 2**16
# Threads, the caller included, that share a large softmax: the cores this process may use, at
# most 4 (a 10**6-element row has only 16 chunks to share). 1 means no pool at all.
_threads = min(
    4, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
)
_pool: ThreadPoolExecutor | None = None  # started on first use, with _threads - 1 workers
_pool_size = 0
_pool_lock = threading.Lock()


def _forget_pool() -> None:
    """Start afresh, leaving the pool and its lock alone: a forked child has none of its threads."""
    global _pool, _pool_size, _pool_lock
    _pool, _pool_size, _pool_lock = None, 0, threading.Lock()


# A forked child inherits the pool object but not its threads: it must start its own.
getattr(os, "register_at_fork", lambda **_: None)(after_in_child=_forget_pool)


def _helpers(size: int) -> ThreadPoolExecutor:
    """The pool, started (or replaced by a larger one) so that it has at least ``size`` threads."""
    global _pool, _pool_size
    with _pool_lock:
        if _pool_size < size:
            if _pool is not None:
                _pool.shutdown(wait=False)  # its threads finish what they hold, then exit
            _pool, _pool_size = ThreadPoolExecutor(size, thread_name_prefix="softmax"), size
        return _pool


def _in_parallel(task, count: int) -> None:
    """Call ``task(start, stop)`` on spans covering ``range(count)``, here and on the pool.

    Whenever a thread is free it takes the next ``1 / threads`` of what is left ("guided"
    scheduling): few calls, and small ones at the end, so that the threads finish together. A
    helper that the OS keeps waiting (a busy machine) just takes less, and one that has not
    started when all is taken is cancelled, not waited for. ``task`` must not care who runs it.
    """
    threads = min(_threads, count)
    lock = threading.Lock()
    taken = 0

    def work() -> None:
        nonlocal taken
        while True:
            with lock:
                start = taken
                stop = taken = start + -(-(count - start) // threads)
            if start == count:
                return
            task(start, stop)

    helpers = []
    if threads > 1:
        pool = _helpers(threads - 1)
        for _ in range(threads - 1):
            try:  # each helper sees the caller's np.errstate, which lives in a context variable
                helpers.append(pool.submit(contextvars.copy_context().run, work))
            except RuntimeError:  # the pool is shut down (interpreter exit, or being replaced)
                break
    work()
    for helper in helpers:
        if not helper.cancel():  # never started: dropped; started: it may hold a span, so wait
            helper.result()


def _as_float_array(z, name: str) -> np.ndarray:
    """Return ``z`` as a floating ndarray, without copying arrays that already are one."""
    if type(z) is np.ndarray and z.dtype.kind == "f":  # the common case, kept cheap
        return z
    x = np.asarray(z)
    if x.dtype.kind == "f":
        return x
    if x.dtype.kind in "biu":
        return x.astype(np.float64)
    raise TypeError(
        f"{name} needs real numbers, got {type(z).__name__} {reprlib.repr(z)} "
        f"(NumPy dtype {x.dtype})"
    )


def _positive_finite(name: str, value) -> float:
    """Check that a ``temperature`` or ``base`` is a finite real number > 0 and return it."""
    if type(value) is not float:  # the defaults are floats: skip the slower checks for them
        if isinstance(value, bool) or not isinstance(value, numbers.Real):
            raise TypeError(f"{name} must be a real number, got {reprlib.repr(value)}")
        try:
            number = float(value)
        except OverflowError:  # an int too large for a float is certainly not finite
            number = math.inf
    else:
        number = value
    if not 0.0 < number < math.inf:  # also rejects NaN, for which every comparison is False
        raise ValueError(f"{name} must be a finite number > 0, got {reprlib.repr(value)}")
    return number


def _knobs(temperature, base) -> tuple[float, float]:
    """Validate the two knobs and return them as ``(T, b)``: logits get scaled by ``ln(b) / T``."""
    return _positive_finite("temperature", temperature), _positive_finite("base", base)


def _no_rows(x: np.ndarray, axis, *, reduced: bool = False) -> np.ndarray:
    """Result for an input without proper rows: 0-d input raises, empty input gives empty output."""
    if x.ndim == 0:  # NumPy's reductions would take axis 0 or -1 here; a number is not a vector
        raise np.exceptions.AxisError(axis, 0)
    total = np.sum(x, axis=axis, keepdims=not reduced)  # checks the axis
    if reduced:  # logsumexp: the log of an empty sum is log(0) = -inf
        return np.full_like(total, -np.inf)
    return np.empty_like(x)


def _round_to(out: np.ndarray, dtype: np.dtype) -> np.ndarray:
    """Round a float32 result back to float16."""
    # Out-of-range results (log_softmax below -65504) correctly round to -inf: not an error.
    with np.errstate(over="ignore"):
        return out.astype(dtype)


def _shifted(x: np.ndarray, axis):
    """Return ``(d, m, ok)`` with ``d = x - m <= 0`` and ``m`` the row maximum.

    ``ok`` flags the rows whose maximum is finite. The other rows (NaN, ``+inf`` or all
    ``-inf``) get ``d = 0`` as a harmless placeholder, to be overwritten by the caller.
    """
    m = x.max(axis=axis, keepdims=True)
    ok = np.isfinite(m)
    if not ok.all():
        x = np.where(ok, x, 0.0)
        shift = np.where(ok, m, 0.0)
    else:
        shift = m
    with np.errstate(over="ignore"):  # d <= 0: an overflow gives -inf, whose exp 0 is exact
        d = np.subtract(x, shift)
    return d, m, ok


def _log_sum_exp_shifted(d: np.ndarray, axis) -> np.ndarray:
    """``log(sum(exp(d)))`` for rows with ``max(d) == 0``, accurate even when it is tiny.

    The ``k`` maximal entries contribute exactly 1 each; keeping them out of the sum lets
    ``log1p`` see the small remainder (Blanchard, Higham & Higham 2021, doi:10.1093/imanum/draa038).
    """
    e = np.exp(d)
    top = d == 0
    k = np.sum(top, axis=axis, keepdims=True, dtype=d.dtype)
    e[top] = 0.0
    rest = np.sum(e, axis=axis, keepdims=True)
    return np.log(k) + np.log1p(rest / k)


def _apply_limits(out: np.ndarray, x: np.ndarray, m: np.ndarray, axis, *, log: bool) -> None:
    """Overwrite, in place, the rows whose maximum is not finite with the softmax limit."""
    inf_rows = m == np.inf
    if inf_rows.any():  # the +inf entries share the whole mass equally
        top = x == np.inf
        k = np.maximum(np.sum(top, axis=axis, keepdims=True, dtype=out.dtype), 1)
        # 0 - log(k) rather than -log(k): a single +inf entry gets log-probability +0, not -0.
        share = np.where(top, 0.0 - np.log(k), -np.inf) if log else top / k
        np.copyto(out, share, where=inf_rows)
    # A NaN row has no limit; an all -inf row is 0/0 for every entry.
    np.copyto(out, np.nan, where=np.isnan(m) | (m == -np.inf))


def _uniform(x: np.ndarray, axis, *, log: bool) -> np.ndarray:
    """Softmax with base 1: every ``1**z`` is 1 (even for ``z = ±inf``), so each row is uniform."""
    nan_rows = np.isnan(x).any(axis=axis, keepdims=True)
    out = np.full_like(x, x.size // nan_rows.size)  # the row length, exact in every float dtype
    out = 0.0 - np.log(out) if log else 1 / out  # 0 - log(1) is +0, where -log(1) is -0
    np.copyto(out, np.nan, where=nan_rows)
    return out


def _softmax_rows(x: np.ndarray, axis, temperature: float, base: float, *, log: bool):
    """The general (careful) path shared by ``softmax`` and ``log_softmax``."""
    ln_b = math.log(base)
    if ln_b == 0.0:
        return _uniform(x, axis, log=log)
    if ln_b < 0.0:  # 0 < b < 1: b**z = (1/b)**(-z), a soft-argmin
        x, base, ln_b = -x, 1 / base, -ln_b
    d, m, ok = _shifted(x, axis)
    with np.errstate(over="ignore"):  # d <= 0 stays <= 0, so an overflow can only give -inf
        if temperature != 1.0:
            d /= temperature  # not d * (ln(b) / T): that factor may overflow
        if log:
            d *= ln_b
    if log:
        out = d - _log_sum_exp_shifted(d, axis)
    else:
        # b**d rather than exp(d ln b), which rounds d ln b: 2**-6 is exact, say
        out = np.exp(d, out=d) if ln_b == 1.0 else np.power(base, d, out=d)
        out /= out.sum(axis=axis, keepdims=True)
    if not ok.all():
        _apply_limits(out, x, m, axis, log=log)
    return out


def _exp_into(x: np.ndarray, shift, out: np.ndarray) -> None:
    """``out = exp(x - shift)``, or ``exp(x)`` if ``shift`` is None: softmax's numerators."""
    if shift is None:
        np.exp(x, out=out)
    else:
        np.subtract(x, shift, out=out)
        np.exp(out, out=out)


def _softmax_large(x: np.ndarray, axis, m: np.ndarray, subtract: bool) -> np.ndarray:
    """softmax's fast path for large ``x``, in blocks of about ``_CHUNK`` elements, on threads.

    ``m`` holds the row maxima, and ``subtract`` tells whether to use them (see softmax). Blocks of
    whole rows give each row the very bits that the one-go computation gives. A single long row
    is cut into chunks of fixed size and summed chunk by chunk instead: its result differs from
    the one-go one by the rounding of the sum (a few ulps), but never depends on the threads.
    """
    if m.size > 1:  # several rows: split along the longest axis that is not reduced
        out = np.empty_like(x)
        split = int(np.argmax(m.shape))
        step = max(1, _CHUNK * x.shape[split] // x.size)  # indices along it per block

        def rows(start: int, stop: int) -> None:  # blocks start, ..., stop - 1
            block = (slice(None),) * split + (slice(start * step, stop * step),)
            _exp_into(x[block], m[block] if subtract else None, out[block])
            out[block] /= out[block].sum(axis=axis, keepdims=True)

        _in_parallel(rows, -(-x.shape[split] // step))
        return out
    row = x.reshape(-1)  # one row, whatever the axis: flat (a view unless x is oddly strided)
    shift = m.reshape(()) if subtract else None
    flat = np.empty(row.shape, dtype=x.dtype)
    chunks = -(-row.size // _CHUNK)
    sums = np.empty(chunks, dtype=x.dtype)
    partial = np.empty((chunks, _CHUNK // 32), dtype=x.dtype)  # scratch: helpers allocate nothing

    def numerators(start: int, stop: int) -> None:  # chunks start, ..., stop - 1
        _exp_into(row[start * _CHUNK : stop * _CHUNK], shift, flat[start * _CHUNK : stop * _CHUNK])
        whole = min(stop, row.size // _CHUNK)  # the chunks before a short last one
        # One sum per chunk, seen as 32 x 2048: the 32 rows added element-wise (vectorized), then
        # the 2048 partial sums pairwise. About as accurate as the chunk's own .sum(), and faster
        # (twice, in float32). The same for every chunk, so who does which does not matter.
        blocks = flat[start * _CHUNK : whole * _CHUNK].reshape(-1, 32, _CHUNK // 32)
        np.sum(blocks, axis=1, out=partial[start:whole])
        np.sum(partial[start:whole], axis=1, out=sums[start:whole])
        if whole < stop:
            sums[whole] = flat[whole * _CHUNK :].sum()

    _in_parallel(numerators, chunks)
    # The chunk sums are added in chunk order, whichever thread did which chunk. The division is
    # one cheap pass: handing it out to the threads again would cost about as much as it saves.
    flat /= sums.sum()
    return flat.reshape(x.shape)


def softmax(z, axis=-1, *, temperature=1.0, base=math.e) -> np.ndarray:
    r"""Softmax of the logits ``z`` along ``axis``, with an optional temperature and base.

    .. math::

        \operatorname{softmax}(z)_i = \frac{b^{z_i/T}}{\sum_j b^{z_j/T}}
        = \frac{e^{c z_i - m}}{\sum_j e^{c z_j - m}},
        \qquad c = \frac{\ln b}{T},\quad m = \max_j c z_j

    Each slice along ``axis`` sums to 1. No exponential can overflow, so
    ``softmax([1000, 2000, 3000])`` is ``[0, 0, 1]`` and float32 ``softmax([100, 0])`` is
    ``[1, 3.8e-44]`` although ``exp(100)`` overflows float32.

    Parameters
    ----------
    z : array_like of real numbers, at least 1-D
    axis : int, default -1
        The axis along which the probabilities sum to 1.
    temperature : float, keyword-only, default 1
        ``T``: finite and > 0. Large ``T`` flattens towards uniform, small ``T`` sharpens
        towards the argmax.
    base : float, keyword-only, default e
        ``b``: finite and > 0. Base 2 on ``[4, 2, -2]`` gives ``[64, 16, 1] / 81``; base ``b``
        equals temperature ``1 / ln b``. ``0 < b < 1`` reverses the ranking (a soft-argmin).

    Returns
    -------
    numpy.ndarray
        Same shape and floating dtype as ``z`` (float64 for integer or list input).

    Raises
    ------
    TypeError
        Non-numeric or complex ``z``; ``temperature`` or ``base`` not a real number.
    ValueError
        ``temperature`` or ``base`` zero, negative, infinite or NaN (the message names both
        the parameter and the value).
    numpy.exceptions.AxisError
        ``axis`` out of range (including any axis of a 0-d input).

    Notes
    -----
    Special values, row by row (they are the limits of the formula):

    * ``+inf`` entries share the mass equally: ``[inf, 0] -> [1, 0]``,
      ``[inf, inf, 0] -> [0.5, 0.5, 0]``; ``-inf`` entries get 0.
    * A row containing NaN, or with every entry ``-inf``, becomes all NaN.
    * ``0 < b < 1`` scales the logits by a negative number, so ``+inf`` logits become ``-inf``
      (probability 0) and ``-inf`` logits become ``+inf`` (they share the mass). A row of only
      ``+inf`` is then NaN.
    * ``b = 1`` scales by 0. Since ``1**z = 1`` for every ``z``, infinite ones included, each row
      is uniform (``1 / n``); NaN rows are still NaN.
    * An empty axis gives an empty array of the same shape.

    Implementation: the common case makes one pass for the row maxima ``m``, one ``exp`` into
    the output buffer, one sum and one in-place division. If every ``m`` lies in
    ``[0, ln(max_float) / 2]``, ``exp(z)`` cannot overflow (even summed over any row that fits in
    memory) and the row sum is ``>= 1``, so a term that underflows was below the smallest
    subnormal anyway: ``z`` is exponentiated as it is, without a rounded ``z - m``. Otherwise,
    while every ``m`` is finite and below half an ulp of ``max_float`` (so ``z - m`` cannot
    overflow), ``z - m`` is computed into the buffer and exponentiated in place. Anything else
    (NaN, ``±inf``, logits near ``max_float``, or a non-default base or temperature) takes the
    careful path, which handles the special values row by row, and is the only place where an
    overflow is silenced: a ``z - m`` beyond ``max_float`` is ``-inf``, whose ``exp`` is the exact
    0. There a base ``b != e`` is applied as ``b ** ((z - m) / T)`` (NumPy's ``power``, exact for
    base 2 and integer logits), and ``0 < b < 1`` as ``(1 / b) ** (-z)``.

    Large inputs (``2**18`` elements or more) on the common path are cut into blocks of about
    ``2**16`` elements, which the calling thread and a small pool (one thread per usable core,
    at most 4 in all) take in turn; NumPy releases the GIL inside its loops, so the blocks run on
    several cores at once. The blocks depend only on the shape, never on the number of cores or
    threads, nor on which thread takes which, so the result is the same, bit for bit, however
    many threads share the work, and at every call. Blocks of whole rows give each row the bits
    of the one-go computation. A single long row is cut into chunks instead: each chunk's sum is
    computed on its own, and those sums are added in order, which can move the result by a few
    ulps from the one-go one. The careful path, and anything smaller, runs on the calling
    thread alone.
    """
    x = _as_float_array(z, "softmax")
    temperature, base = _knobs(temperature, base)
    if x.dtype.char == "e":  # float16: compute in float32, round once at the end
        out = softmax(x.astype(np.float32), axis, temperature=temperature, base=base)
        return _round_to(out, x.dtype)
    if x.size == 0 or x.ndim == 0:
        return _no_rows(x, axis)
    if temperature == 1.0 and base == math.e:
        m = x.max(axis=axis, keepdims=True)  # hot path: see "Implementation" above
        if m.size == 1:  # one row: compare a Python scalar rather than call two more reductions
            lo = hi = m.item()
        else:
            lo, hi = m.min(), m.max()
        no_shift, no_overflow = _FAST_LIMITS[x.dtype.char]
        if lo >= 0.0 and hi <= no_shift:
            subtract = False  # not needed: one pass fewer, and no rounded z - max
        elif lo > -math.inf and hi < no_overflow:
            subtract = True
        else:
            return _softmax_rows(x, axis, temperature, base, log=False)
        if x.size >= _PARALLEL_MIN_SIZE:
            return _softmax_large(x, axis, m, subtract)
        if subtract:
            out = np.subtract(x, m)
            np.exp(out, out=out)
        else:
            out = np.exp(x)
        out /= out.sum(axis=axis, keepdims=True)
        return out
    return _softmax_rows(x, axis, temperature, base, log=False)


def log_softmax(z, axis=-1, *, temperature=1.0, base=math.e) -> np.ndarray:
    r"""Logarithm of :func:`softmax`, computed without ever taking ``log`` of a probability.

    .. math::

        \log\operatorname{softmax}(z)_i = d_i - \log \sum_j e^{d_j},
        \qquad d_i = c z_i - \max_j c z_j \le 0,\quad c = \frac{\ln b}{T}

    So it stays exact where ``softmax`` underflows: ``log_softmax([1000, 1])`` is exactly
    ``[0, -999]``, while ``np.log(softmax([1000, 1]))`` is ``[0, -inf]``. The sum's maximal
    terms are kept out of it and passed through ``log1p``, so log-probabilities near 0 keep
    their relative accuracy.

    Parameters, return type and errors are those of :func:`softmax`.

    Notes
    -----
    The special values are the logs of :func:`softmax`'s: ``[inf, 0] -> [0, -inf]``,
    ``[inf, inf, 0] -> [-ln 2, -ln 2, -inf]``, ``-inf`` entries give ``-inf``; NaN rows and
    all ``-inf`` rows give NaN; base 1 gives ``-ln n`` everywhere (NaN rows excepted); with
    ``0 < b < 1``, ``+inf`` logits give ``-inf``. A finite answer below the most negative
    float (e.g. ``log_softmax([1e308, -1e308])[1] = -2e308``) is rounded to ``-inf``.
    """
    x = _as_float_array(z, "log_softmax")
    temperature, base = _knobs(temperature, base)
    if x.dtype.char == "e":  # float16: compute in float32, round once at the end
        out = log_softmax(x.astype(np.float32), axis, temperature=temperature, base=base)
        return _round_to(out, x.dtype)
    if x.size == 0 or x.ndim == 0:
        return _no_rows(x, axis)
    return _softmax_rows(x, axis, temperature, base, log=True)


def logsumexp(z, axis=-1) -> np.ndarray:
    r"""``log(sum(exp(z)))`` along ``axis``, without overflow.

    .. math::

        \operatorname{logsumexp}(z) = m + \log \sum_j e^{z_j - m}, \qquad m = \max z

    The result has ``axis`` removed (a 0-d array for 1-D input); ``softmax`` is
    ``exp(z - logsumexp(z))``. As in :func:`log_softmax`, the maximal terms are kept out of the
    sum and the rest goes through ``log1p``, which keeps small results accurate.

    Parameters
    ----------
    z : array_like of real numbers, at least 1-D
    axis : int, default -1

    Returns
    -------
    numpy.ndarray
        ``z``'s shape without ``axis``, same floating dtype (float64 for integer or list input).

    Notes
    -----
    Follows the limits, like :func:`scipy.special.logsumexp`: a row with any ``+inf`` gives
    ``+inf``; a row of only ``-inf`` gives ``-inf`` (the log of an empty sum, as does an empty
    axis); a row containing NaN gives NaN. Errors are those of :func:`softmax`.
    """
    x = _as_float_array(z, "logsumexp")
    if x.dtype.char == "e":  # float16: compute in float32, round once at the end
        return _round_to(logsumexp(x.astype(np.float32), axis), x.dtype)
    if x.size == 0 or x.ndim == 0:
        return _no_rows(x, axis, reduced=True)
    d, m, _ = _shifted(x, axis)
    # Rows whose max m is ±inf or NaN have the placeholder d = 0, and m + log(n) = m is right.
    return np.squeeze(m + _log_sum_exp_shifted(d, axis), axis=axis)


def sigmoid(z) -> np.ndarray:
    r"""The logistic sigmoid, element-wise: the inverse of :func:`logit`.

    .. math::

        \sigma(z) = \frac{1}{1 + e^{-z}} = \frac{e^{z}}{1 + e^{z}}

    Only ``e^{-|z|} \le 1`` is ever computed (the first form for ``z >= 0``, the second for
    ``z < 0``), so nothing overflows and small outputs keep their relative accuracy:
    ``sigmoid(-800)`` is 0 with no warning, and ``sigmoid(-30) = 9.3576e-14`` is good to an
    ulp or two, where ``1 - sigmoid(30)`` has only two correct digits.

    Edge cases: ``sigmoid(inf) = 1``, ``sigmoid(-inf) = 0``, ``sigmoid(nan) = nan``.
    Returns a new array of ``z``'s shape and floating dtype (0-d for a scalar).
    """
    x = _as_float_array(z, "sigmoid")
    if x.dtype.char == "e":  # float16: compute in float32, round once at the end
        return _round_to(sigmoid(x.astype(np.float32)), x.dtype)
    e = np.exp(-np.abs(x))  # in [0, 1]: cannot overflow
    denominator = 1.0 + e
    out = np.divide(1.0, denominator, out=np.empty_like(x))  # sigma(|z|), also where z is NaN
    np.divide(e, denominator, out=out, where=x < 0)  # sigma(-|z|), one rounding like the above
    return out


def logit(p) -> np.ndarray:
    r"""The log-odds of a probability, element-wise: the inverse of :func:`sigmoid`.

    .. math::

        \operatorname{logit}(p) = \log\frac{p}{1 - p} = 2\,\operatorname{artanh}(2p - 1)

    For ``p >= 1/4`` the second form is used: ``2p - 1`` is then exact, so the result is
    accurate near ``p = 1/2`` (where it is near 0) and near ``p = 1``. Below 1/4,
    ``log(p) - log1p(-p)`` is accurate instead.

    Edge cases: ``logit(0) = -inf`` and ``logit(1) = +inf`` (no divide-by-zero warning),
    ``logit(nan) = nan``. Any value outside ``[0, 1]`` raises :class:`ValueError` naming it,
    e.g. ``logit needs probabilities in [0, 1], got 1.5``.
    Returns a new array of ``p``'s shape and floating dtype (0-d for a scalar).
    """
    x = _as_float_array(p, "logit")
    outside = (x < 0) | (x > 1)  # NaN compares False, so it passes through
    if outside.any():
        bad = x[outside]
        more = f" (and {bad.size - 1} more)" if bad.size > 1 else ""
        raise ValueError(f"logit needs probabilities in [0, 1], got {bad[0]}{more}")
    if x.dtype.char == "e":  # float16: compute in float32, round once at the end
        return _round_to(logit(x.astype(np.float32)), x.dtype)
    out = np.full_like(x, np.nan)
    out[x == 0] = -np.inf
    out[x == 1] = np.inf
    upper = (x >= 0.25) & (x < 1)
    out[upper] = 2 * np.arctanh(2 * x[upper] - 1)
    lower = (x > 0) & (x < 0.25)
    out[lower] = np.log(x[lower]) - np.log1p(-x[lower])
    return out
