# The sigmoid's slope sigma (1 - sigma): largest at z = 0, small when sure.
import numpy as np

from snippets.activations import sigmoid
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LABELS, LOGITS

z = np.linspace(-8, 8, 1601)
s = sigmoid(z)
slope = s * (1 - s)
numeric = np.gradient(s, z, edge_order=2)  # finite differences, to check the formula
peak = int(np.argmax(slope))

print(
    f"The formula and finite differences with a step of {z[1] - z[0]:g} agree to "
    f"{np.abs(slope - numeric).max():.1e}. "
    f"The slope peaks at z = {z[peak]:g}, where it is {slope[peak]:g}.\n"
)

probs = sigmoid(LOGITS)
slopes = probs * (1 - probs)
columns = zip(LABELS, LOGITS, probs, slopes, strict=True)  # markdown-exec: hide
rows = [(c, f"{x:g}", f"{p:.3f}", f"{d:.3f}") for c, x, p, d in columns]  # markdown-exec: hide
heads = ["class", "logit *z*", "&sigma;(*z*)", "slope &sigma;(1 − &sigma;)"]  # markdown-exec: hide
print(markdown_table(heads, rows, "lrrr"))  # markdown-exec: hide
