# The running example, step by step: exponentiate each logit, sum, divide.
import numpy as np

from snippets.activations import softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LABELS, LOGITS

exps = np.exp(LOGITS)
total = exps.sum()
probs = softmax(LOGITS)
columns = zip(LABELS, LOGITS, exps, probs, strict=True)  # markdown-exec: hide
rows = [(c, f"{z:g}", f"{e:.3f}", f"{p:.3f}") for c, z, e, p in columns]  # markdown-exec: hide
rows.append(("**sum**", "", f"**{total:.3f}**", f"**{probs.sum():.3f}**"))  # markdown-exec: hide
power = "e<sup>*z*</sup>"  # markdown-exec: hide
heads = ["class", "logit *z*", power, f"softmax *p* = {power} / sum"]  # markdown-exec: hide
print(markdown_table(heads, rows, "lrrr"))  # markdown-exec: hide

best = int(np.argmax(probs))
print(f"\nThe model gives the {LABELS[best]} a probability of {probs[best]:.1%}.")
