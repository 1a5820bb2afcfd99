# Raise the cat's logit: only its sigmoid moves; every softmax output does.
import numpy as np

from snippets.activations import sigmoid, softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LABELS, LOGITS

raised = LOGITS.copy()
raised[1] = 6.0  # the cat's logit, from 2 to 6

cat_logits = (f"{LABELS[1]}'s logit {z:g}" for z in (LOGITS[1], raised[1]))  # markdown-exec: hide
heads = ["function, class", *cat_logits]  # markdown-exec: hide
rows = []  # markdown-exec: hide
for name, function in (("sigmoid", sigmoid), ("softmax", softmax)):
    before, after = function(LOGITS), function(raised)
    for label, b, a in zip(LABELS, before, after, strict=True):  # markdown-exec: hide
        rows.append((f"{name}, {label}", f"{b:.3f}", f"{a:.3f}"))  # markdown-exec: hide
print(markdown_table(heads, rows, "lrr"))  # markdown-exec: hide

unchanged = np.flatnonzero(sigmoid(raised) == sigmoid(LOGITS))
print(
    "\nThe sigmoid probabilities of "
    + " and ".join(LABELS[k] for k in unchanged)
    + " do not move; every softmax probability does."
)
