# Below base 1 the ranking flips (a soft-argmin); at base 1 all classes tie.
from fractions import Fraction

import numpy as np

from snippets.activations import softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LABELS, LOGITS

bases = {"1/2": 0.5, "1": 1.0, "2": 2.0}
probs = {name: softmax(LOGITS, base=b) for name, b in bases.items()}
heads = ["class", "logit *z*", *(f"base {name}" for name in bases)]  # markdown-exec: hide
rows = []  # markdown-exec: hide
for i, (label, z) in enumerate(zip(LABELS, LOGITS, strict=True)):  # markdown-exec: hide
    rows.append((label, f"{z:g}", *(f"{p[i]:.3f}" for p in probs.values())))  # markdown-exec: hide
print(markdown_table(heads, rows, "lr" + "r" * len(bases)))  # markdown-exec: hide

top = int(np.argmax(probs["1/2"]))
share = Fraction(1, len(LABELS))
mirror = np.allclose(probs["1/2"], softmax(-LOGITS, base=2), rtol=1e-12)
uniform = np.allclose(probs["1"], float(share), rtol=1e-12)
print(
    f"\nIn base 1/2 the most likely class is the {LABELS[top]}, whose logit "
    f"({LOGITS[top]:g}) is the smallest. "
    f"Base 1/2 on *z* is base 2 on −*z*: {mirror}. "
    f"Base 1 gives every class {share}: {uniform}."
)

as_temperature = float(1 / np.log(0.5))  # T = 1 / ln(1/2), below zero
try:
    softmax(LOGITS, temperature=as_temperature)
except ValueError as error:
    print(f"As a temperature, base 1/2 is refused: `{error}`.")
