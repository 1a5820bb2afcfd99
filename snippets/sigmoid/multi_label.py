# Multi-label: one yes/no question per class, each with its own sigmoid.
from snippets.activations import sigmoid
from snippets.running_example import LABELS, LOGITS

threshold = 0.5
probs = sigmoid(LOGITS)

for label, p in zip(LABELS, probs, strict=True):
    answer = "**yes**" if p > threshold else "no"
    print(f"- Is there a {label}? {answer}, with probability {p:.3f}.")

tags = [label for label, p in zip(LABELS, probs, strict=True) if p > threshold]
print(f"\nWith a threshold of {threshold:g}, the photo is tagged: {', '.join(tags)}.")
