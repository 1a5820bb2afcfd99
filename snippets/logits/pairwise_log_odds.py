# From softmax output back to logits: ln(p_i / p_j) equals z_i - z_j.
from itertools import combinations

import numpy as np

from snippets.activations import logit, softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LABELS, LOGITS

probs = softmax(LOGITS)

rows = []  # markdown-exec: hide
for i, j in combinations(range(len(LABELS)), 2):
    ratio = probs[i] / probs[j]
    log_ratio = np.log(ratio)
    # The same number as a log-odds: of i, given that the answer is i or j.
    log_odds = logit(probs[i] / (probs[i] + probs[j]))
    gap = LOGITS[i] - LOGITS[j]
    pair = f"{LABELS[i]}, {LABELS[j]}"  # markdown-exec: hide
    cells = (f"{x:.3f}" for x in (ratio, log_ratio, log_odds))  # markdown-exec: hide
    rows.append((pair, *cells, f"{gap:g}"))  # markdown-exec: hide
pi, pj = "*p*<sub>*i*</sub>", "*p*<sub>*j*</sub>"  # markdown-exec: hide
heads = ["classes *i*, *j*", f"ratio {pi} / {pj}", f"ln({pi} / {pj})"]  # markdown-exec: hide
heads += [f"logit({pi} / ({pi} + {pj}))"]  # markdown-exec: hide
heads += ["*z*<sub>*i*</sub> − *z*<sub>*j*</sub>"]  # markdown-exec: hide
print(markdown_table(heads, rows, "lrrrr"))  # markdown-exec: hide

dog_vs_cat = np.log(probs[0] / probs[1])
print(
    f"\nTo 15 significant digits, ln(*p*<sub>{LABELS[0]}</sub> / "
    f"*p*<sub>{LABELS[1]}</sub>) = {dog_vs_cat:.15g}, which is "
    f"*z*<sub>{LABELS[0]}</sub> − *z*<sub>{LABELS[1]}</sub> = "
    f"{LOGITS[0] - LOGITS[1]:g}."
)
