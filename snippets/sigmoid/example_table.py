# The sigmoid of each logit alone: probabilities that need not sum to 1.
from snippets.activations import sigmoid
from snippets.running_example import LABELS, LOGITS

probs = sigmoid(LOGITS)

print("| class | logit *z* | &sigma;(*z*) |")
print("|:--|--:|--:|")
for label, z, p in zip(LABELS, LOGITS, probs, strict=True):
    print(f"| {label} | {z:g} | {p:.3f} |")
print(f"| **sum** | | **{probs.sum():.3f}** |")

print(f"\nThe three probabilities add up to {probs.sum():.3f}, not 1.")
