# log-sum-exp, naive and stable: take the largest logit out before exponentiating.
import numpy as np

from snippets.activations import logsumexp
from snippets.running_example import LOGITS


def show(values):
    return ", ".join(f"{v:g}" for v in values)


print("| logits *z* | naive ln Σ e<sup>*z*</sup> | *m* + ln Σ e<sup>*z* − *m*</sup> |")
print("|:--|--:|--:|")
for z in (np.array([1000.0, 2000.0, 3000.0]), LOGITS):
    with np.errstate(over="ignore"):  # for large z the sum is inf before the log
        naive = np.log(np.sum(np.exp(z)))
    m = z.max()
    stable = m + np.log(np.sum(np.exp(z - m)))
    print(f"| {show(z)} | {naive:.3f} | {stable:.3f} |")

# The log of softmax's denominator, so softmax(z) = exp(z - logsumexp(z)).
probs = np.exp(LOGITS - logsumexp(LOGITS))
print(
    f"\nFor the running example, e<sup>*z* − logsumexp(*z*)</sup> = "
    f"{', '.join(f'{p:.3f}' for p in probs)}: the softmax."
)
