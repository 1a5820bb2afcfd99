# Softmax in base 2, loss in bits (-log2 p): the ln 2 cancels, leaving p - y.
import numpy as np

from snippets.activations import log_softmax, softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LABELS, LOGITS

target = 0  # the picture shows a dog
y = np.eye(len(LOGITS))[target]


def loss_in_bits(z):
    return -log_softmax(z, base=2)[target] / np.log(2)


h = 1e-6
steps = np.eye(len(LOGITS)) * h
# Central differences, one logit at a time.
ahead = np.array([loss_in_bits(LOGITS + s) for s in steps])
behind = np.array([loss_in_bits(LOGITS - s) for s in steps])
gradient = (ahead - behind) / (2 * h)
p_minus_y = softmax(LOGITS, base=2) - y
quantities = [("measured gradient", gradient), ("*p* − *y*", p_minus_y)]  # markdown-exec: hide
rows = [(name, *(f"{v:.3f}" for v in values)) for name, values in quantities]  # markdown-exec: hide
print(markdown_table(["quantity", *LABELS], rows, "l" + "r" * len(LABELS)))  # markdown-exec: hide
