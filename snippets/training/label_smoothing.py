# Label smoothing: the same descent settles at a finite logit gap, ln((1-eps)/(eps/2)).
import numpy as np

from snippets.activations import log_softmax, softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LOGITS
from snippets.training.descent import STEPS, descend

epsilon = 0.1
target = np.array([1 - epsilon, epsilon / 2, epsilon / 2])
history = descend(LOGITS, target)
loss = -(target * log_softmax(history)).sum(axis=1)
gap_cat = history[:, 0] - history[:, 1]
gap_rabbit = history[:, 0] - history[:, 2]

# p - y vanishes when p = y, that is when p_dog / p_cat = e^gap = (1 - eps) / (eps / 2).
limit = np.log((1 - epsilon) / (epsilon / 2))
entropy = -(target * np.log(target)).sum()  # the loss at p = y, the lowest it can be
steps = (0, 1, 10, 30, 100, STEPS)  # markdown-exec: hide
columns = (gap_cat, gap_rabbit, loss)  # markdown-exec: hide
rows = [(s, *(f"{x[s]:.3f}" for x in columns)) for s in steps]  # markdown-exec: hide
gaps = [f"*z*<sub>dog</sub> − *z*<sub>{c}</sub>" for c in ("cat", "rabbit")]  # markdown-exec: hide
print(markdown_table(["step", *gaps, "loss *L*"], rows, "rrrr"))  # markdown-exec: hide

gradient = softmax(history[-1]) - target
print(
    f"\nThe analytic gap is ln({target[0]:g} / {target[1]:g}) = {limit:.3f}. "
    f"After {STEPS} steps the gaps are {gap_cat[-1]:.3f} (cat) and "
    f"{gap_rabbit[-1]:.3f} (rabbit), the largest gradient component is "
    f"{np.abs(gradient).max():.0e}, and the loss has settled at {loss[-1]:.3f}: "
    f"not 0, but the entropy of the target, −Σ *y* ln *y* = {entropy:.3f}."
)

dog = history[:, 0]
peak = int(dog.argmax())
print(
    f"\nThe dog logit rises from {dog[0]:g} to {dog[peak]:.3f} at step {peak}, then falls to "
    f"{dog[-1]:.3f}; the rabbit logit rises from {history[0, 2]:g} to {history[-1, 2]:.3f}."
)
