# Add one number to every logit: no difference changes, so no probability.
import numpy as np

from snippets.activations import softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LABELS, LOGITS

shift = 10
before = softmax(LOGITS)
after = softmax(LOGITS + shift)
heads = ["class", "*z*", f"*z* + {shift}"]  # markdown-exec: hide
heads += ["softmax(*z*)", f"softmax(*z* + {shift})"]  # markdown-exec: hide
rows = []  # markdown-exec: hide
for label, z, p, q in zip(LABELS, LOGITS, before, after, strict=True):  # markdown-exec: hide
    rows.append((label, f"{z:g}", f"{z + shift:g}", f"{p:.3f}", f"{q:.3f}"))  # markdown-exec: hide
print(markdown_table(heads, rows, "lrrrr"))  # markdown-exec: hide

dog_vs_cat = np.log(after[0] / after[1])
print(f"\nThe log-odds of {LABELS[0]} against {LABELS[1]} are still {dog_vs_cat:.3f}.")
