"""An overconfident classifier on purpose: softmax regression, few images, long training.

scikit-learn's ``load_digits`` ships inside the package (1,797 images of 8 x 8 pixels, digits 0 to
9), so nothing is downloaded. A seeded shuffle gives three splits: a small training split with the
same number of images of each digit, a validation split to fit the temperature on, and a test
split to report on. Sixty-five weights per class (one per pixel and a bias) against ten images
per class: the training images can be separated exactly, so plain gradient descent on the
cross-entropy, without regularisation, drives the training loss towards zero by pulling the
logits ever further apart, as on the Training page. The held-out images get logits as far apart,
but are often wrong.
"""

from dataclasses import dataclass
from functools import cache

import numpy as np
from sklearn.datasets import load_digits

from snippets.activations import softmax

SEED = 0
PER_DIGIT = 10  # training images of each digit
VALIDATION = 500  # images to fit the temperature on; the rest are the test split
CLASSES = 10  # the digits 0 to 9
LEARNING_RATE = 4.0
STEPS = 3000
CHECKPOINTS = (10, 30, 100, 300, 1000, STEPS)  # steps at which the weights are kept


@dataclass(frozen=True)
class Split:
    features: np.ndarray  # one row per image: 64 standardised pixels, then a 1 for the bias
    labels: np.ndarray  # the digit, 0 to 9


def load_splits(seed=SEED):
    """The training, validation and test splits, shuffled by ``seed``."""
    pixels, labels = load_digits(return_X_y=True)
    order = np.random.default_rng(seed).permutation(len(labels))
    train = np.concatenate([order[labels[order] == d][:PER_DIGIT] for d in range(CLASSES)])
    rest = order[~np.isin(order, train)]
    validation, test = rest[:VALIDATION], rest[VALIDATION:]
    # Standardise with the training split's statistics only; a constant pixel stays 0.
    mean, spread = pixels[train].mean(axis=0), pixels[train].std(axis=0)
    scaled = (pixels - mean) / np.where(spread > 0, spread, 1)
    features = np.hstack([scaled, np.ones((len(labels), 1))])
    return tuple(Split(features[i], labels[i]) for i in (train, validation, test))


def train(split, *, steps=STEPS, learning_rate=LEARNING_RATE, checkpoints=CHECKPOINTS):
    """Gradient descent on the mean cross-entropy, from zero weights: ``W <- W - rate * dL/dW``.

    The gradient is ``X^T (p - y) / n``: the logits' gradient p - y, pushed back through
    ``Z = X W``. Returns ``{step: weights}`` at each of ``checkpoints`` (at most ``steps``).
    """
    x, n = split.features, len(split.labels)
    one_hot = np.eye(CLASSES)[split.labels]
    weights = np.zeros((x.shape[1], CLASSES))
    kept = {}
    for step in range(1, steps + 1):
        weights = weights - learning_rate * x.T @ (softmax(x @ weights) - one_hot) / n
        if step in checkpoints:
            kept[step] = weights
    return kept


@dataclass(frozen=True)
class Model:
    train: Split
    validation: Split
    test: Split
    weights: dict  # {step: weights} at the checkpoints; weights[STEPS] is the model

    def logits(self, split, step=STEPS):
        return split.features @ self.weights[step]


@cache  # the page's blocks share one build process: train once
def overconfident_model():
    """The splits and the weights along the way, trained for ``STEPS`` steps."""
    splits = load_splits()
    return Model(*splits, weights=train(splits[0]))
