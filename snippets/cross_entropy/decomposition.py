# Cross-entropy splits into the target's own entropy plus the KL divergence from it to p.
from snippets.cross_entropy.information import cross_entropy, entropy, kl_divergence
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LOGITS

epsilon = 0.1
targets = {"one-hot": [1.0, 0.0, 0.0], "smoothed": [1 - epsilon, epsilon / 2, epsilon / 2]}
gaps = []
rows = []  # markdown-exec: hide
for name, y in targets.items():
    h_y, kl, h_yp = entropy(y), kl_divergence(y, LOGITS), cross_entropy(y, LOGITS)
    gaps.append(abs(h_yp - (h_y + kl)))  # zero up to rounding, for any target
    shown = ", ".join(f"{t:g}" for t in y)  # markdown-exec: hide
    cells = (f"{h_y:.3f}", f"{kl:.3f}", f"{h_y + kl:.3f}", f"{h_yp:.3f}")  # markdown-exec: hide
    rows.append((name, f"({shown})", *cells))  # markdown-exec: hide
heads = ["target", "*y*", "*H*(*y*)", "KL(*y* ‖ *p*)", "sum"]  # markdown-exec: hide
print(markdown_table([*heads, "*H*(*y*, *p*)"], rows, "llrrrr"))  # markdown-exec: hide

tolerance = 1e-12  # far above the rounding error of numbers below 1
agree = max(gaps) < tolerance
print(f"\nIn both rows, *H*(*y*, *p*) and *H*(*y*) + KL agree within {tolerance:g}: {agree}.")
