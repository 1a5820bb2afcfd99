# Multiplying the logits does change the result: larger gaps, sharper ratios.
import numpy as np

from snippets.activations import softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LABELS, LOGITS

scaled = {"*z* / 2": LOGITS / 2, "*z*": LOGITS, "2*z*": 2 * LOGITS}
probs = {name: softmax(z) for name, z in scaled.items()}
heads = ["class", *(h for n in scaled for h in (n, f"softmax({n})"))]  # markdown-exec: hide
rows = []  # markdown-exec: hide
for i, label in enumerate(LABELS):  # markdown-exec: hide
    pairs = ((f"{scaled[n][i]:g}", f"{probs[n][i]:.3f}") for n in scaled)  # markdown-exec: hide
    cells = [cell for pair in pairs for cell in pair]  # markdown-exec: hide
    rows.append((label, *cells))  # markdown-exec: hide
print(markdown_table(heads, rows, "l" + "rr" * len(scaled)))  # markdown-exec: hide

halved, plain, doubled = (probs[n][0] for n in scaled)
ratios = {name: p[0] / p[1] for name, p in probs.items()}  # p_dog / p_cat
squared = np.isclose(ratios["2*z*"], ratios["*z*"] ** 2, rtol=1e-12)
rooted = np.isclose(ratios["*z* / 2"], np.sqrt(ratios["*z*"]), rtol=1e-12)
print(
    f"\nDoubling the logits raises the {LABELS[0]}'s probability "
    f"from {plain:.3f} to {doubled:.3f}; "
    f"halving them lowers it to {halved:.3f}. "
    f"The ratio *p*<sub>{LABELS[0]}</sub> / *p*<sub>{LABELS[1]}</sub> is "
    f"{ratios['*z*']:.3f}; doubled, {ratios['2*z*']:.3f}, its square: {squared}; "
    f"halved, {ratios['*z* / 2']:.3f}, its square root: {rooted}."
)
