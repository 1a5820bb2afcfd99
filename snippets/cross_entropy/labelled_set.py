"""A small labelled set around the running example: four pictures, their logits, their labels.

The first picture is the running example, a dog scored dog 4, cat 2, rabbit -2. The last one is
a cat that the network mistakes for a dog.
"""

import numpy as np

from snippets.running_example import LABELS, LOGITS

PICTURE_LOGITS = np.array([LOGITS, [1.0, 3.0, -1.0], [-1.0, 0.5, 2.5], [3.0, 2.0, 0.0]])
PICTURE_LABELS = ("dog", "cat", "rabbit", "cat")  # what each picture really shows
TRUE_CLASS = np.array([LABELS.index(label) for label in PICTURE_LABELS])
