# The running example, step by step: exponentiate each logit, sum, divide.
import numpy as np

from snippets.activations import softmax
from snippets.running_example import LABELS, LOGITS

exps = np.exp(LOGITS)
total = exps.sum()
probs = softmax(LOGITS)

power = "e<sup>*z*</sup>"
print(f"| class | logit *z* | {power} | softmax *p* = {power} / sum |")
print("|:--|--:|--:|--:|")
for label, z, e, p in zip(LABELS, LOGITS, exps, probs, strict=True):
    print(f"| {label} | {z:g} | {e:.3f} | {p:.3f} |")
print(f"| **sum** | | **{total:.3f}** | **{probs.sum():.3f}** |")

best = int(np.argmax(probs))
sure = f"{probs[best]:.1%} sure"
print(f"\nThe network is {sure} the picture shows a {LABELS[best]}.")
