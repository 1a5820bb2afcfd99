# Multiplying the logits does change the result: larger gaps, sharper odds.
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
print(
    f"\nDoubling the logits raises the {LABELS[0]}'s probability "
    f"from {plain:.3f} to {doubled:.3f}; "
    f"halving them lowers it to {halved:.3f}."
)
