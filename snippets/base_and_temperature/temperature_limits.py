# Cold (T -> 0), softmax tends to the one-hot argmax; hot (T -> inf), uniform.
import numpy as np

from snippets.activations import softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LABELS, LOGITS

temperatures = [0.01, 0.1, 0.5, 1, 2, 10, 100, 1000]
one_hot = np.eye(len(LABELS))[np.argmax(LOGITS)]
uniform = np.full(len(LABELS), 1 / len(LABELS))
probs = [softmax(LOGITS, temperature=t) for t in temperatures]
limits = [("*T* → 0: one-hot argmax", one_hot)]  # markdown-exec: hide
limits += [(f"{t:g}", p) for t, p in zip(temperatures, probs, strict=True)]  # markdown-exec: hide
limits += [("*T* → ∞: uniform", uniform)]  # markdown-exec: hide
rows = [(name, *(f"{x:.3f}" for x in p)) for name, p in limits]  # markdown-exec: hide
heads = ["temperature *T*", *(f"*p*<sub>{label}</sub>" for label in LABELS)]  # markdown-exec: hide
print(markdown_table(heads, rows, "r" * len(heads)))  # markdown-exec: hide

try:
    softmax(LOGITS, temperature=0)
except ValueError as error:
    print(f"\nAt *T* = 0 itself the division is undefined: `{error}`.")
