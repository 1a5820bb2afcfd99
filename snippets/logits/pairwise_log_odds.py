# From softmax output back to logits: ln(p_i / p_j) equals z_i - z_j.
from itertools import combinations

import numpy as np

from snippets.activations import softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LABELS, LOGITS

probs = softmax(LOGITS)

rows = []  # markdown-exec: hide
for i, j in combinations(range(len(LABELS)), 2):
    odds = probs[i] / probs[j]
    log_odds = np.log(odds)
    gap = LOGITS[i] - LOGITS[j]
    pair = f"{LABELS[i]}, {LABELS[j]}"  # markdown-exec: hide
    rows.append((pair, f"{odds:.3f}", f"{log_odds:.3f}", f"{gap:g}"))  # markdown-exec: hide
ratio = "*p*<sub>*i*</sub> / *p*<sub>*j*</sub>"  # markdown-exec: hide
heads = ["classes *i*, *j*", f"odds {ratio}", f"log-odds ln({ratio})"]  # markdown-exec: hide
heads += ["*z*<sub>*i*</sub> − *z*<sub>*j*</sub>"]  # markdown-exec: hide
print(markdown_table(heads, rows, "lrrr"))  # markdown-exec: hide

dog_vs_cat = np.log(probs[0] / probs[1])
print(
    f"\nTo 15 significant digits, ln(*p*<sub>{LABELS[0]}</sub> / "
    f"*p*<sub>{LABELS[1]}</sub>) = {dog_vs_cat:.15g}, which is "
    f"*z*<sub>{LABELS[0]}</sub> − *z*<sub>{LABELS[1]}</sub> = "
    f"{LOGITS[0] - LOGITS[1]:g}."
)
