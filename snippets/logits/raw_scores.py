# The last layer gives one raw score per class: any real number, any sum.
import numpy as np

from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LABELS, LOGITS

total = LOGITS.sum()
rows = [(label, f"{z:g}") for label, z in zip(LABELS, LOGITS, strict=True)]  # markdown-exec: hide
rows.append(("**sum**", f"**{total:g}**"))  # markdown-exec: hide
print(markdown_table(["class", "logit *z*"], rows, "lr"))  # markdown-exec: hide

lowest = int(np.argmin(LOGITS))
print(
    f"\nThe scores add up to {total:g}, not 1, and the {LABELS[lowest]}'s is "
    f"{LOGITS[lowest]:g}, below zero: these are not probabilities, not yet."
)
