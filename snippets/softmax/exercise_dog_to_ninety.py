# The dog logit that gives p_dog = 0.9: e^z_dog must be 9 times the others' sum.
import numpy as np

from snippets.activations import logsumexp, softmax
from snippets.running_example import LABELS, LOGITS

target = 0.9
others = LOGITS[1:]  # cat and rabbit stay where they are
z_dog = np.log(target / (1 - target)) + logsumexp(others)
probs = softmax(np.concatenate([[z_dog], others]))

print(
    f"The {LABELS[0]} logit must rise from {LOGITS[0]:g} to {z_dog:.3f}, "
    f"by just {z_dog - LOGITS[0]:.3f}; "
    f"then *p*<sub>{LABELS[0]}</sub> = {probs[0]:.3f}."
)
