# One step in p: few log-odds in the middle, many near the edge.
import numpy as np

from snippets.activations import logit
from snippets.markdown_table import markdown_table  # markdown-exec: hide

steps = ((0.5, 0.6), (0.99, 0.999))

rows = []  # markdown-exec: hide
for a, b in steps:
    za, zb = logit(a), logit(b)
    rise = zb - za
    rows.append((f"{a:g}", f"{b:g}", *(f"{x:.3f}" for x in (za, zb, rise))))  # markdown-exec: hide
heads = ["from *p*", "to *p*", "log-odds from", "log-odds to", "rise"]  # markdown-exec: hide
print(markdown_table(heads, rows, "rrrrr"))  # markdown-exec: hide

print(f"\nThe edge step rises {rise:.3f}, close to ln 10 = {np.log(10):.3f}.")
