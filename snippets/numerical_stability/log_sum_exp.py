# log-sum-exp, naive and stable: take the largest logit out before exponentiating.
import numpy as np

from snippets.activations import logsumexp
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LOGITS

rows = []  # markdown-exec: hide
for z in (np.array([1000.0, 2000.0, 3000.0]), LOGITS):
    with np.errstate(over="ignore"):  # for large z the sum is inf before the log
        naive = np.log(np.sum(np.exp(z)))
    m = z.max()
    stable = m + np.log(np.sum(np.exp(z - m)))
    logits = ", ".join(f"{v:g}" for v in z)  # markdown-exec: hide
    rows.append((logits, f"{naive:.3f}", f"{stable:.3f}"))  # markdown-exec: hide
heads = ["logits *z*", "naive ln Σ e<sup>*z*</sup>"]  # markdown-exec: hide
heads += ["*m* + ln Σ e<sup>*z* − *m*</sup>"]  # markdown-exec: hide
print(markdown_table(heads, rows, "lrr"))  # markdown-exec: hide

# The log of softmax's denominator, so softmax(z) = exp(z - logsumexp(z)).
probs = np.exp(LOGITS - logsumexp(LOGITS))
print(
    f"\nFor the running example, e<sup>*z* − logsumexp(*z*)</sup> = "
    f"{', '.join(f'{p:.3f}' for p in probs)}: the softmax."
)
