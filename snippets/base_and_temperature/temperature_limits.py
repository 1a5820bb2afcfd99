# Cold (T -> 0), softmax tends to the one-hot argmax; hot (T -> inf), uniform.
import numpy as np

from snippets.activations import softmax
from snippets.running_example import LABELS, LOGITS

temperatures = [0.01, 0.1, 0.5, 1, 2, 10, 100, 1000]
one_hot = np.eye(len(LABELS))[np.argmax(LOGITS)]
uniform = np.full(len(LABELS), 1 / len(LABELS))


def row(name, p):
    return f"| {name} | " + " | ".join(f"{x:.3f}" for x in p) + " |"


heads = [f"*p*<sub>{label}</sub>" for label in LABELS]
print("| temperature *T* | " + " | ".join(heads) + " |")
print("|--:|" + "--:|" * len(LABELS))
print(row("*T* → 0: one-hot argmax", one_hot))
for t in temperatures:
    print(row(f"{t:g}", softmax(LOGITS, temperature=t)))
print(row("*T* → ∞: uniform", uniform))

try:
    softmax(LOGITS, temperature=0)
except ValueError as error:
    print(f"\nAt *T* = 0 itself the division is undefined: `{error}`.")
