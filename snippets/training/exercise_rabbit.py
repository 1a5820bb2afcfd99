# Had the picture shown a rabbit, the confident "dog" costs a lot; p - y says where.
import numpy as np

from snippets.activations import log_softmax, softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LABELS, LOGITS

target = np.array([0.0, 0.0, 1.0])  # the true class is now rabbit
loss = -(target * log_softmax(LOGITS)).sum()
gradient = softmax(LOGITS) - target
rows = [(c, f"{g:.3f}") for c, g in zip(LABELS, gradient, strict=True)]  # markdown-exec: hide
print(markdown_table(["class", "*p* − *y*"], rows, "lr"))  # markdown-exec: hide

print(f"\nThe loss is −ln *p*<sub>rabbit</sub> = {loss:.3f}.")
