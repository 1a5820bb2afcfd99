# Training moves p, never y: the smoothed loss falls to H(y), as KL(y || p) falls to zero.
import numpy as np

from snippets.activations import softmax
from snippets.cross_entropy.information import cross_entropy, entropy, kl_divergence
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LOGITS
from snippets.training.descent import STEPS, descend

epsilon = 0.1
target = np.array([1 - epsilon, epsilon / 2, epsilon / 2])
history = descend(LOGITS, target)  # the Training page's descent, one row of logits per step
loss = cross_entropy(target, history)
kl = kl_divergence(target, history)
floor = entropy(target)
steps = (0, 1, 10, 30, 100, STEPS)  # markdown-exec: hide
rows = [(s, f"{loss[s]:.4f}", f"{kl[s]:.4f}", f"{floor:.4f}") for s in steps]  # markdown-exec: hide
heads = ["step", "loss *H*(*y*, *p*)", "KL(*y* ‖ *p*)", "*H*(*y*)"]  # markdown-exec: hide
print(markdown_table(heads, rows, "rrrr"))  # markdown-exec: hide

print(
    f"\nAfter {STEPS} steps the loss is {loss[-1]:.4f}, the entropy of the target "
    f"{floor:.4f} plus a KL divergence of {kl[-1]:.0e}, and *p* = "
    f"({', '.join(f'{x:.3f}' for x in softmax(history[-1]))}) is the target itself."
)
