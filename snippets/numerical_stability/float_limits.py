# The largest logit each float type can exponentiate: ln of its largest finite number.
import math

import numpy as np

print("| type | largest finite number | ln of it | first whole *z* to overflow |")
print("|:--|--:|--:|:--|")
for dtype in (np.float16, np.float32, np.float64):
    largest = np.finfo(dtype).max
    limit = np.log(largest.astype(np.float64))  # in float64, so no digit is lost
    past = math.ceil(limit)
    with np.errstate(over="ignore"):  # the overflow is the point here
        overflowed = np.exp(dtype(past))
    row = f"{largest:.4e} | {limit:.2f} | e<sup>{past}</sup> = {overflowed}"
    print(f"| {dtype.__name__} | {row} |")
