# One step in p: few log-odds in the middle, many near the edge.
from snippets.activations import logit

steps = ((0.5, 0.6), (0.99, 0.999))

print("| from *p* | to *p* | log-odds from | log-odds to | rise |")
print("|--:|--:|--:|--:|--:|")
for a, b in steps:
    za, zb = logit(a), logit(b)
    print(f"| {a:g} | {b:g} | {za:.3f} | {zb:.3f} | {zb - za:.3f} |")
