# One log-odds in three units: the base of the logarithm only rescales it.
import numpy as np

from snippets.activations import softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LABELS, LOGITS

probs = softmax(LOGITS)
odds = probs[0] / probs[1]
units = (
    ("nat", "ln", np.log),
    ("bit", "log<sub>2</sub>", np.log2),
    ("ban (hartley)", "log<sub>10</sub>", np.log10),
)
log_odds = [log(odds) for _, _, log in units]

ratio = f"*p*<sub>{LABELS[0]}</sub> / *p*<sub>{LABELS[1]}</sub>"  # markdown-exec: hide
print(f"The odds of {LABELS[0]} against {LABELS[1]}, {ratio}, are {odds:.3f} to 1.\n")
rows = []  # markdown-exec: hide
for (unit, name, _), x in zip(units, log_odds, strict=True):  # markdown-exec: hide
    rows.append((unit, name, f"{x:.3f}"))  # markdown-exec: hide
print(markdown_table(["unit", "logarithm", "log-odds"], rows, "llr"))  # markdown-exec: hide

# The same logits measured in bits, and a softmax that counts in powers of 2.
bits = LOGITS / np.log(2)
same = softmax(bits, base=2)
print(
    "\nIn bits the logits are "
    + ", ".join(f"{label} {z:.3f}" for label, z in zip(LABELS, bits, strict=True))
    + "; a softmax in base 2 turns them into "
    + " / ".join(f"{p:.3f}" for p in same)
    + ", the same probabilities as before."
)
