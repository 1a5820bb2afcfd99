"""The float types of the numerical-stability page: NumPy's three, and bfloat16, which NumPy lacks.

bfloat16 is float32 cut to its top 16 bits: the same sign bit and 8 exponent bits (so the same
range), but 7 fraction bits instead of 23. A bfloat16 number is therefore exactly a float32 whose
low 16 bits are zero, and :func:`to_bfloat16` emulates the type exactly: it rounds a float32 to
its top 16 bits, to the nearest, ties to even, and returns the result as float32. An operation
"in bfloat16" is then computed in float32 and rounded by :func:`to_bfloat16`, as float16
operations in NumPy are computed in float32 and rounded to float16.
"""

from collections.abc import Callable
from typing import NamedTuple

import numpy as np

_LOW_HALF = np.uint64(0xFFFF)  # the 16 bits that bfloat16 drops
_TOP_HALF = np.uint64(0xFFFF0000)


def to_bfloat16(x) -> np.ndarray:
    """``x`` rounded to the nearest bfloat16, ties to even, as a float32 array holding it.

    ``x`` is first converted to float32 (exact for float16, bfloat16 and float32 numbers).
    Rounding adds half of the dropped part, ``0x7FFF`` plus the lowest kept bit (so that a tie
    goes to the even neighbour), to the float32's bits and clears the low 16. A carry moves
    into the exponent when it must, which also rounds past the largest bfloat16 to infinity.
    Zeros keep their sign, infinities stay, and NaN stays NaN (its bits are left alone: the
    carry could turn a NaN into infinity).
    """
    x32 = np.asarray(x, dtype=np.float32)
    bits = x32.view(np.uint32).astype(np.uint64)  # 64 bits, so the carry cannot wrap around
    lowest_kept = (bits >> np.uint64(16)) & np.uint64(1)
    rounded = (bits + (_LOW_HALF >> np.uint64(1)) + lowest_kept) & _TOP_HALF
    result = rounded.astype(np.uint32).view(np.float32)
    return np.where(np.isnan(x32), x32, result)


class FloatType(NamedTuple):
    """A float type: its name, how to round to it, and the numbers that bound it."""

    name: str
    rounded: Callable[[object], np.ndarray]  # the nearest number of this type, as an array
    largest: float  # the largest finite number
    smallest: float  # the smallest positive number, a subnormal
    eps: float  # the gap between 1 and the next number up: the type's relative precision


def _numpy_type(dtype) -> FloatType:
    info = np.finfo(dtype)
    return FloatType(
        name=info.dtype.name,
        rounded=lambda x: np.asarray(x, dtype=dtype),
        largest=float(info.max),
        smallest=float(info.smallest_subnormal),
        eps=float(info.eps),
    )


FLOAT16, FLOAT32, FLOAT64 = (_numpy_type(t) for t in (np.float16, np.float32, np.float64))

_BFLOAT16_FRACTION_BITS = 7
BFLOAT16 = FloatType(
    name="bfloat16",
    rounded=to_bfloat16,
    largest=(2 - 2.0**-_BFLOAT16_FRACTION_BITS) * 2.0**127,  # float32's top exponent
    smallest=2.0 ** (-126 - _BFLOAT16_FRACTION_BITS),  # float32's smallest normal, 7 bits down
    eps=2.0**-_BFLOAT16_FRACTION_BITS,
)

FLOAT_TYPES = (FLOAT16, BFLOAT16, FLOAT32, FLOAT64)  # from the narrowest to the widest
