# Two ways for logits to grow to (+inf, +inf, 0), two different limits: where several logits are
# +inf the softmax has no limit, and sharing equally is a convention.
import numpy as np

from snippets.activations import softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide


def listed(p):
    return ", ".join(f"{x:.3f}" for x in p)


ts = [1, 10, 100]
even = [softmax([t, t, 0]) for t in ts]  # tends to 1/2, 1/2, 0
uneven = [softmax([2 * t, t, 0]) for t in ts]  # tends to 1, 0, 0
cells = zip(ts, map(listed, even), map(listed, uneven), strict=True)  # markdown-exec: hide
rows = [(f"*t* = {t}", p, q) for t, p, q in cells]  # markdown-exec: hide
heads = ["", "softmax(*t*, *t*, 0)", "softmax(2*t*, *t*, 0)"]  # markdown-exec: hide
print(markdown_table(heads, rows, "lll"))  # markdown-exec: hide

convention = softmax([np.inf, np.inf, 0])  # the site's choice: the +inf logits share equally
z = np.array([np.inf, np.inf, 0])
with np.errstate(invalid="ignore"):  # inf - inf is NaN: the textbook formula has no answer
    textbook = np.exp(z - z.max()) / np.exp(z - z.max()).sum()
print(
    f"\nsoftmax(∞, ∞, 0) is {listed(convention)} on this site, by convention; "
    f"the textbook formula gives {listed(textbook)}."
)
