# Raise the cat's logit: only its sigmoid moves; every softmax output does.
import numpy as np

from snippets.activations import sigmoid, softmax
from snippets.running_example import LABELS, LOGITS

raised = LOGITS.copy()
raised[1] = 6.0  # the cat's logit, from 2 to 6

columns = [f"{LABELS[1]}'s logit {z:g}" for z in (LOGITS[1], raised[1])]
print(f"| function, class | {columns[0]} | {columns[1]} |")
print("|:--|--:|--:|")
for name, function in (("sigmoid", sigmoid), ("softmax", softmax)):
    before, after = function(LOGITS), function(raised)
    for k in range(len(LABELS)):
        print(f"| {name}, {LABELS[k]} | {before[k]:.3f} | {after[k]:.3f} |")

unchanged = np.flatnonzero(sigmoid(raised) == sigmoid(LOGITS))
print(
    "\nThe sigmoid probabilities of "
    + " and ".join(LABELS[k] for k in unchanged)
    + " do not move; every softmax probability does."
)
