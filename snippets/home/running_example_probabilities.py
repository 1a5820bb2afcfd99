# The running example through both functions: numbers every later page comes back to.
from snippets.activations import sigmoid, softmax
from snippets.running_example import LABELS, LOGITS

probs = softmax(LOGITS)  # one distribution over the three classes
sigmoids = sigmoid(LOGITS)  # three separate yes-or-no probabilities

print("| class | logit *z* | softmax | sigmoid |")
print("|:--|--:|--:|--:|")
for label, z, p, s in zip(LABELS, LOGITS, probs, sigmoids, strict=True):
    print(f"| {label} | {z:g} | {p:.3f} | {s:.3f} |")
print(f"| **sum** | | **{probs.sum():.3f}** | **{sigmoids.sum():.3f}** |")
print(
    f"\nThe softmax shares one unit of probability among the classes and gives "
    f"{probs[0]:.1%} to {LABELS[0]}. The sigmoids answer separate questions, so they "
    f"add up to {sigmoids.sum():.3f}."
)
