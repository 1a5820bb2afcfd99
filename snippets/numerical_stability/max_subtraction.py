# Naive softmax of large logits gives nan; subtracting the largest logit first fixes it.
import numpy as np

from snippets.activations import softmax

z = np.array([1000.0, 2000.0, 3000.0])

with np.errstate(over="ignore", invalid="ignore"):  # show the failure without a warning
    naive_exps = np.exp(z)  # e^1000 is already beyond float64: inf
    naive = naive_exps / naive_exps.sum()  # inf / inf = nan

shifted_exps = np.exp(z - z.max())  # the largest becomes e^0 = 1, the rest are below 1
stable = shifted_exps / shifted_exps.sum()


def show(values):
    return ", ".join(f"{v:.3f}" for v in values)


print("| method | exponentials | softmax |")
print("|:--|--:|--:|")
print(f"| naive: e<sup>*z*</sup> | {show(naive_exps)} | {show(naive)} |")
print(f"| shifted: e<sup>*z* − max *z*</sup> | {show(shifted_exps)} | {show(stable)} |")
print(f"| `softmax` from `activations` | | {show(softmax(z))} |")
