# Naive softmax of large logits gives nan; subtracting the largest logit first fixes it.
import numpy as np

from snippets.activations import softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide

z = np.array([1000.0, 2000.0, 3000.0])

with np.errstate(over="ignore", invalid="ignore"):  # show the failure without a warning
    naive_exps = np.exp(z)  # e^1000 is already beyond float64: inf
    naive = naive_exps / naive_exps.sum()  # inf / inf = nan

shifted_exps = np.exp(z - z.max())  # the largest becomes e^0 = 1, the rest are below 1
stable = shifted_exps / shifted_exps.sum()
reference = softmax(z)
methods = [("naive: e<sup>*z*</sup>", naive_exps, naive)]  # markdown-exec: hide
methods += [("shifted: e<sup>*z* − max *z*</sup>", shifted_exps, stable)]  # markdown-exec: hide
methods += [("`softmax` from `activations`", [], reference)]  # markdown-exec: hide
rows = []  # markdown-exec: hide
for name, *vectors in methods:  # markdown-exec: hide
    rows.append((name, *(", ".join(f"{v:.3f}" for v in r) for r in vectors)))  # markdown-exec: hide
print(markdown_table(["method", "exponentials", "softmax"], rows, "lrr"))  # markdown-exec: hide

tiniest = np.finfo(np.float64).smallest_subnormal  # the smallest positive float64
small = ", ".join(
    f"e<sup>{d:g}</sup> = {e:g}" for d, e in zip(z - z.max(), shifted_exps, strict=True)
)
print(f"\nExactly: {small}. The smallest positive float64 is {tiniest:.1e}.")
