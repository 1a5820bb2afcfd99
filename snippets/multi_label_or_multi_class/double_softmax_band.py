# Why the second softmax is nearly uniform: probabilities are at most 1 apart.
import numpy as np

from snippets.activations import log_softmax
from snippets.running_example import LABELS

n = len(LABELS)
best = np.eye(n)[0]  # the most confident right answer a softmax layer can output
worst = np.eye(n)[1]  # the most confident wrong one
floor = -log_softmax(best)[0]
ceiling = -log_softmax(worst)[0]

print(
    f"Even when the model puts all its probability on the true class, the second "
    f"softmax gives that class only {np.exp(-floor):.3f}, so the loss never drops "
    f"below {floor:.3f}; and when it puts all of it on a wrong class, the loss is only "
    f"{ceiling:.3f}. Whatever the model does, the loss moves in a band "
    f"{ceiling - floor:.3f} wide."
)
