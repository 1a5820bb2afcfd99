# Equal logits, whatever the picture: the loss is ln 3 for every label, the know-nothing baseline.
import numpy as np

from snippets.cross_entropy.information import cross_entropy, entropy
from snippets.cross_entropy.labelled_set import PICTURE_LOGITS, TRUE_CLASS

n = PICTURE_LOGITS.shape[1]
one_hot = np.eye(n)[TRUE_CLASS]
uniform_losses = cross_entropy(one_hot, np.zeros_like(PICTURE_LOGITS))
trained_losses = cross_entropy(one_hot, PICTURE_LOGITS)
same = np.all(uniform_losses == np.log(n))
baseline = entropy(np.full(n, 1 / n))  # the entropy of the uniform distribution
print(
    f"With equal logits, each of the {len(one_hot)} pictures costs ln {n} = {np.log(n):.3f}, "
    f"whatever its label: {same}. That is the entropy of the uniform distribution, "
    f"{baseline:.3f}."
)
print(f"\nThe network's logits do better: a mean loss of {trained_losses.mean():.3f}.")
