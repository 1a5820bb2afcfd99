"""The running example that threads through every page: one image, three classes, three logits."""

import numpy as np

LABELS = ("dog", "cat", "rabbit")
LOGITS = np.array([4.0, 2.0, -2.0])
