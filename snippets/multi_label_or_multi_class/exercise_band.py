# The double-softmax loss band for n classes: floor ln(1 + (n - 1)/e), always 1 wide.
import numpy as np

from snippets.activations import log_softmax

print("| classes *n* | lowest loss | highest loss | width |")
print("|--:|--:|--:|--:|")
for n in (2, 3, 10, 1000):
    floor = -log_softmax(np.eye(n)[0])[0]  # all the probability on the true class
    ceiling = -log_softmax(np.eye(n)[1])[0]  # all of it on a wrong one
    print(f"| {n} | {floor:.3f} | {ceiling:.3f} | {ceiling - floor:.3f} |")
