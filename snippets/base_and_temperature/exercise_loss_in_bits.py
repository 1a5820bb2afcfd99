# Softmax in base 2, loss in bits (-log2 p): the ln 2 cancels, leaving p - y.
import numpy as np

from snippets.activations import log_softmax, softmax
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

print("| quantity | " + " | ".join(LABELS) + " |")
print("|:--|" + "--:|" * len(LABELS))
for name, values in [("measured gradient", gradient), ("*p* − *y*", p_minus_y)]:
    print(f"| {name} | " + " | ".join(f"{v:.3f}" for v in values) + " |")
