# More smoothing asks for a less confident dog: the gap it settles at is smaller.
import numpy as np

from snippets.running_example import LOGITS
from snippets.training.descent import STEPS, descend

print("| ε | target | ln((1 − ε) / (ε / 2)) | gap after descent |")
print("|--:|:--|--:|--:|")
for epsilon in (0.1, 0.2):
    target = np.array([1 - epsilon, epsilon / 2, epsilon / 2])
    limit = np.log(target[0] / target[1])
    gap = descend(LOGITS, target)[-1]
    shown = ", ".join(f"{y:g}" for y in target)
    print(f"| {epsilon:g} | ({shown}) | {limit:.3f} | {gap[0] - gap[1]:.3f} |")
print(f"\nBoth runs take {STEPS} steps.")
