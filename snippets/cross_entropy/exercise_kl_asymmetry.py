# KL divergence is not a distance: swapping its arguments changes it, even to infinity.
import numpy as np

from snippets.activations import softmax
from snippets.cross_entropy.information import kl_divergence
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LOGITS

p = softmax(LOGITS)
targets = {"one-hot": np.array([1.0, 0.0, 0.0]), "smoothed": np.array([0.9, 0.05, 0.05])}
rows = []  # markdown-exec: hide
for name, y in targets.items():
    forward = kl_divergence(y, LOGITS)  # KL(y || p): what cross-entropy training minimises
    with np.errstate(divide="ignore"):  # p ln(p / 0) = inf is the intended answer
        backward = np.sum(p * np.log(p / y))  # KL(p || y)
    rows.append((name, f"{forward:.3f}", f"{backward:.3f}"))  # markdown-exec: hide
heads = ["target", "KL(*y* ‖ *p*)", "KL(*p* ‖ *y*)"]  # markdown-exec: hide
print(markdown_table(heads, rows, "lrr"))  # markdown-exec: hide
