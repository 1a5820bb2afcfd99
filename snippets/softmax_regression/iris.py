"""The iris flowers, as scikit-learn ships them: four measurements in cm, three species.

``load_iris`` reads a CSV file inside the scikit-learn package: the build downloads nothing.
The model sees the measurements standardised, each column to mean 0 and standard deviation 1,
so that one learning rate suits every weight.
"""

import numpy as np
from sklearn.datasets import load_iris

_IRIS = load_iris()

MEASUREMENTS = _IRIS.data  # one row per flower, in cm
FEATURES = tuple(name.removesuffix(" (cm)") for name in _IRIS.feature_names)
SPECIES = tuple(str(name) for name in _IRIS.target_names)
CLASS = _IRIS.target  # the species of each flower, as an index into SPECIES
ONE_HOT = np.eye(len(SPECIES))[CLASS]  # the target y of each flower, one row each


def standardise(x):
    """Each column of ``x`` shifted to mean 0 and scaled to standard deviation 1."""
    return (x - x.mean(axis=0)) / x.std(axis=0)


INPUTS = standardise(MEASUREMENTS)  # h, one row per flower
