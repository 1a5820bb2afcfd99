# The one-hot target says "dog"; cross-entropy keeps only the log-probability of dog.
import numpy as np

from snippets.activations import log_softmax, softmax
from snippets.running_example import LABELS, LOGITS

target = np.array([1.0, 0.0, 0.0])  # the picture shows a dog
probs = softmax(LOGITS)
log_probs = log_softmax(LOGITS)  # ln p, without taking the log of a rounded probability
terms = target * -log_probs  # -y ln p: zero for every class but the true one
loss = terms.sum()

print("| class | logit *z* | softmax *p* | target *y* | −*y* ln *p* |")
print("|:--|--:|--:|--:|--:|")
for label, z, p, y, term in zip(LABELS, LOGITS, probs, target, terms, strict=True):
    print(f"| {label} | {z:g} | {p:.3f} | {y:g} | {term:.3f} |")
print(f"| **sum** | | | | **{loss:.3f}** |")

print(f"\nThe loss is *L* = −ln *p*<sub>dog</sub> = −ln {probs[0]:.3f} = {loss:.3f}.")
