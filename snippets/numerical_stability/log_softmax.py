# The log of an underflowed probability is -inf; log_softmax never takes that log.
import numpy as np

from snippets.activations import log_softmax, softmax

z = np.array([1000.0, 1.0])
probs = softmax(z)  # e^-999 is far below the smallest float64: it rounds to 0
with np.errstate(divide="ignore"):  # log(0) = -inf is the failure being shown
    log_of_softmax = np.log(probs)
stable = log_softmax(z)  # z - max z - ln(sum e^(z - max z)) = [0, -999] exactly


def show(values):
    return ", ".join(f"{v:g}" for v in values)


print("| for *z* = 1000, 1 | result |")
print("|:--|--:|")
print(f"| `softmax(z)` | {show(probs)} |")
print(f"| `np.log(softmax(z))` | {show(log_of_softmax)} |")
print(f"| `log_softmax(z)` | {show(stable)} |")
