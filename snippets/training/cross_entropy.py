# The one-hot target says "dog"; cross-entropy keeps only the log-probability of dog.
import numpy as np

from snippets.activations import log_softmax, softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LABELS, LOGITS

target = np.array([1.0, 0.0, 0.0])  # the picture shows a dog
probs = softmax(LOGITS)
log_probs = log_softmax(LOGITS)  # ln p, without taking the log of a rounded probability
terms = target * -log_probs  # -y ln p: zero for every class but the true one
loss = terms.sum()
rows = []  # markdown-exec: hide
for c, z, p, y, t in zip(LABELS, LOGITS, probs, target, terms, strict=True):  # markdown-exec: hide
    rows.append((c, f"{z:g}", f"{p:.3f}", f"{y:g}", f"{t:.3f}"))  # markdown-exec: hide
rows.append(("**sum**", "", "", "", f"**{loss:.3f}**"))  # markdown-exec: hide
heads = ["class", "logit *z*", "softmax *p*", "target *y*", "−*y* ln *p*"]  # markdown-exec: hide
print(markdown_table(heads, rows, "lrrrr"))  # markdown-exec: hide

print(f"\nThe loss is *L* = −ln *p*<sub>dog</sub> = −ln {probs[0]:.3f} = {loss:.3f}.")

# The loss -ln p is 0 when the true class is certain and grows without bound as p falls.
p_true = np.array([1.0, 0.1, 1e-3, 1e-9])
losses = 0 - np.log(p_true)  # 0 - ln 1 prints as 0, where -ln 1 would print as -0
shown = ", ".join(f"−ln {p:g} = {x:.3f}" for p, x in zip(p_true, losses, strict=True))
print(f"\nFor other probabilities of the true class: {shown}.")
