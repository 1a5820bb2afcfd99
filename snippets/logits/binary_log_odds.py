# A yes/no classifier: the log-odds of its sigmoid output are its logit.
import numpy as np

from snippets.activations import sigmoid
from snippets.running_example import LABELS, LOGITS

z = LOGITS[0]
p = sigmoid(z)
log_odds = np.log(p / (1 - p))

print(
    f"A yes/no {LABELS[0]} detector with logit {z:g} outputs p = sigmoid({z:g}) = "
    f"{p:.3f}. The log-odds of that probability, ln({p:.3f} / {1 - p:.3f}), are "
    f"{log_odds:.3f}: the logit it started from."
)
