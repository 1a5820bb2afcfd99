# Cross-entropy's gradient is p - y in base e, and ln(b) * (p - y) in base b.
import numpy as np

from snippets.activations import log_softmax, softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LABELS, LOGITS

target = 0  # the picture shows a dog
y = np.eye(len(LOGITS))[target]


def loss(z, base):
    """Cross-entropy with the natural log: -ln p_target."""
    return -log_softmax(z, base=base)[target]


def numerical_gradient(z, base, h=1e-6):
    """Central differences, one logit at a time: no calculus involved."""
    steps = np.eye(len(z)) * h
    differences = [loss(z + s, base) - loss(z - s, base) for s in steps]
    return np.array(differences) / (2 * h)


bases = {"2": 2.0, "e": np.e, "10": 10.0}
gradients = {name: numerical_gradient(LOGITS, b) for name, b in bases.items()}
formulas = {}
rows = []  # markdown-exec: hide
for name, b in bases.items():
    p_minus_y = softmax(LOGITS, base=b) - y
    formulas[name] = np.log(b) * p_minus_y
    vectors = [gradients[name], p_minus_y, formulas[name]]  # markdown-exec: hide
    rows.append((name, *(", ".join(f"{x:.3f}" for x in v) for v in vectors)))  # markdown-exec: hide
heads = ["base *b*", "measured gradient", "*p* − *y*"]  # markdown-exec: hide
heads += ["ln *b* · (*p* − *y*)"]  # markdown-exec: hide
print(markdown_table(heads, rows, "llll"))  # markdown-exec: hide

agree = all(np.allclose(gradients[n], formulas[n], atol=1e-8) for n in bases)
print(
    f"\nThe target *y* is one-hot on the {LABELS[target]}. "
    f"The measured gradients match ln *b* · (*p* − *y*): {agree}."
)
