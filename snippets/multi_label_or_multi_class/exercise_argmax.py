# A second softmax never changes which class wins: softmax keeps the order of its input.
import numpy as np

from snippets.activations import softmax

rng = np.random.default_rng(0)
z = rng.normal(scale=3.0, size=(10_000, 3))  # many made-up logit vectors, three classes
once = softmax(z)
twice = softmax(once)
same = np.sum(once.argmax(axis=1) == twice.argmax(axis=1))
same_order = np.all(np.argsort(once, axis=1) == np.argsort(twice, axis=1))
print(f"The predicted class agrees on {same:,} of {len(z):,} logit vectors", end="")
print(f" (and so does the whole ranking: {same_order}).")
