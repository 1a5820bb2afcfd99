# The last layer gives one raw score per class: any real number, any sum.
import numpy as np

from snippets.running_example import LABELS, LOGITS

print("| class | logit *z* |")
print("|:--|--:|")
for label, z in zip(LABELS, LOGITS, strict=True):
    print(f"| {label} | {z:g} |")
print(f"| **sum** | **{LOGITS.sum():g}** |")

lowest = int(np.argmin(LOGITS))
print(
    f"\nThe scores add up to {LOGITS.sum():g}, not 1, and the {LABELS[lowest]}'s is "
    f"{LOGITS[lowest]:g}, below zero: these are not probabilities, not yet."
)
