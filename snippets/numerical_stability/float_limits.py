# The largest logit each float type can exponentiate: ln of its largest finite number.
import math

import numpy as np

from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.numerical_stability.float_types import FLOAT_TYPES  # bfloat16 too, emulated

rows = []  # markdown-exec: hide
for t in FLOAT_TYPES:
    limit = np.log(t.largest)  # in float64, so no digit is lost
    past = math.ceil(limit)
    with np.errstate(over="ignore"):  # the overflow is the point here
        overflowed = t.rounded(np.exp(t.rounded(past)))
    power = f"e<sup>{past}</sup> = {overflowed}"  # markdown-exec: hide
    rows.append((t.name, f"{t.largest:.4e}", f"{limit:.2f}", power))  # markdown-exec: hide
heads = ["type", "largest finite number", "ln of it"]  # markdown-exec: hide
heads += ["first whole *z* to overflow"]  # markdown-exec: hide
print(markdown_table(heads, rows, "lrrl"))  # markdown-exec: hide
