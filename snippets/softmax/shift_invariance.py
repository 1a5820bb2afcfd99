# Adding one constant to every logit changes nothing: softmax sees the gaps.
import numpy as np

from snippets.activations import softmax
from snippets.running_example import LABELS, LOGITS

shifted = {
    "*z*": LOGITS,
    "*z* + 100": LOGITS + 100,
    "*z* − 100": LOGITS - 100,
    "*z* − max *z*": LOGITS - LOGITS.max(),
}
probs = {name: softmax(z) for name, z in shifted.items()}

print("| class | " + " | ".join(f"softmax({name})" for name in shifted) + " |")
print("|:--|" + "--:|" * len(shifted))
for i, label in enumerate(LABELS):
    cells = " | ".join(f"{p[i]:.3f}" for p in probs.values())
    print(f"| {label} | {cells} |")

same = all(np.allclose(p, probs["*z*"], rtol=1e-12) for p in probs.values())
print(f"\nAll four columns are the same distribution: {same}.")
