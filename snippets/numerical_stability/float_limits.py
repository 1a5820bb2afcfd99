# The largest logit each float type can exponentiate: ln of its largest finite number.
from snippets.markdown_table import markdown_table  # noqa: I001  # markdown-exec: hide
import math

import numpy as np

rows = []  # markdown-exec: hide
for dtype in (np.float16, np.float32, np.float64):
    largest = np.finfo(dtype).max
    limit = np.log(largest.astype(np.float64))  # in float64, so no digit is lost
    past = math.ceil(limit)
    with np.errstate(over="ignore"):  # the overflow is the point here
        overflowed = np.exp(dtype(past))
    power = f"e<sup>{past}</sup> = {overflowed}"  # markdown-exec: hide
    rows.append((dtype.__name__, f"{largest:.4e}", f"{limit:.2f}", power))  # markdown-exec: hide
heads = ["type", "largest finite number", "ln of it"]  # markdown-exec: hide
heads += ["first whole *z* to overflow"]  # markdown-exec: hide
print(markdown_table(heads, rows, "lrrl"))  # markdown-exec: hide
