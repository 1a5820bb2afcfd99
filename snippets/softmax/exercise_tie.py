# Two logits tie for the top: scaling up splits the mass between the two.
import numpy as np

from snippets.activations import softmax

z = np.array([3.0, 3.0, -1.0])
print("| scale *s* | softmax(*s* *z*) |")
print("|--:|:--|")
for s in (1, 10, 100):
    print(f"| {s} | " + ", ".join(f"{p:.3f}" for p in softmax(s * z)) + " |")
