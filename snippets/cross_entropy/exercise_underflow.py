# A thousand copies of the batch: the product of probabilities underflows, the sum of logs does not.
import numpy as np

from snippets.activations import log_softmax, softmax
from snippets.cross_entropy.labelled_set import PICTURE_LOGITS, TRUE_CLASS

copies = 1000
logits = np.tile(PICTURE_LOGITS, (copies, 1))
labels = np.tile(TRUE_CLASS, copies)
rows = np.arange(len(labels))
likelihood = np.prod(softmax(logits)[rows, labels])  # rounds to 0 long before the end
nll = -np.sum(log_softmax(logits)[rows, labels])
print(f"For {len(labels):,} pictures, the product of the probabilities is {likelihood:g}", end="")
print(f" in float64, while the negative log-likelihood is {nll:,.1f}.")
print(f"\nThe likelihood is e<sup>−{nll:,.1f}</sup>, about 10<sup>−{nll / np.log(10):,.0f}</sup>.")
