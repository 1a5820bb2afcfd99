# The smooth max is log-sum-exp: between max z and max z + ln n, and its gradient is the softmax.
import numpy as np

from snippets.activations import logsumexp, softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LABELS, LOGITS

n, top = len(LOGITS), LOGITS.max()
lse = logsumexp(LOGITS)
high = top + np.log(n)
within = top <= lse <= high
print(f"max *z* = {top:g} ≤ LSE(*z*) = {lse:.3f} ≤ max *z* + ln {n} = {high:.3f}: {within}.")

h = 1e-6  # the gradient by central differences, one logit at a time
steps = np.eye(n) * h
gradient = np.array([logsumexp(LOGITS + s) - logsumexp(LOGITS - s) for s in steps]) / (2 * h)
probs = softmax(LOGITS)
columns = zip(LABELS, gradient, probs, strict=True)  # markdown-exec: hide
rows = [(label, f"{g:.3f}", f"{p:.3f}") for label, g, p in columns]  # markdown-exec: hide
heads = ["class", "∂ LSE / ∂ *z*<sub>*i*</sub>, measured"]  # markdown-exec: hide
heads += ["softmax *p*<sub>*i*</sub>"]  # markdown-exec: hide
print("\n" + markdown_table(heads, rows, "lrr") + "\n")  # markdown-exec: hide
print(f"The gradient of LSE is the softmax: {np.allclose(gradient, probs, atol=1e-8)}.")

scales = [1, 10, 100]
above_max = [logsumexp(s * (LOGITS - top)) / s for s in scales]  # LSE(s z) / s - max z
print(
    "\nLSE(*s* *z*) / *s* − max *z* is "
    + ", ".join(f"{a:.1e}" for a in above_max)
    + f" for *s* = {', '.join(map(str, scales))}: the smooth max tends to the max."
)
