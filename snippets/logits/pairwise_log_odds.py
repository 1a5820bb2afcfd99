# From softmax output back to logits: ln(p_i / p_j) equals z_i - z_j.
from itertools import combinations

import numpy as np

from snippets.activations import softmax
from snippets.running_example import LABELS, LOGITS

probs = softmax(LOGITS)

print(
    "| classes *i*, *j* | odds *p*<sub>*i*</sub> / *p*<sub>*j*</sub> "
    "| log-odds ln(*p*<sub>*i*</sub> / *p*<sub>*j*</sub>) "
    "| *z*<sub>*i*</sub> − *z*<sub>*j*</sub> |"
)
print("|:--|--:|--:|--:|")
for i, j in combinations(range(len(LABELS)), 2):
    odds = probs[i] / probs[j]
    print(
        f"| {LABELS[i]}, {LABELS[j]} | {odds:.3f} | {np.log(odds):.3f} | "
        f"{LOGITS[i] - LOGITS[j]:g} |"
    )

dog_vs_cat = np.log(probs[0] / probs[1])
print(
    f"\nTo 15 significant digits, ln(*p*<sub>{LABELS[0]}</sub> / "
    f"*p*<sub>{LABELS[1]}</sub>) = {dog_vs_cat:.15g}, which is "
    f"*z*<sub>{LABELS[0]}</sub> − *z*<sub>{LABELS[1]}</sub> = "
    f"{LOGITS[0] - LOGITS[1]:g}."
)
