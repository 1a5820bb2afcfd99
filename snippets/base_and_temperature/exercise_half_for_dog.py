# The temperature at which the dog gets exactly one half: bisection on log T.
import numpy as np

from snippets.activations import softmax
from snippets.running_example import LABELS, LOGITS


def p_dog(t):
    return softmax(LOGITS, temperature=t)[0]


# p_dog(low) > 1/2 > p_dog(high), and p_dog falls steadily as T rises.
low, high = 1.0, 100.0
for _ in range(60):
    middle = np.sqrt(low * high)
    low, high = (middle, high) if p_dog(middle) > 0.5 else (low, middle)

t_half = np.sqrt(low * high)
print(
    f"At *T* = {t_half:.3f}, *p*<sub>{LABELS[0]}</sub> = {p_dog(t_half):.3f}; "
    f"as a base, that is *b* = e<sup>1/*T*</sup> = {np.exp(1 / t_half):.3f}."
)
