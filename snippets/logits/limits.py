# Log-odds at the edges and in the middle: unbounded, zero at even odds.
import numpy as np

from snippets.activations import logit

p = np.array([0, 1e-6, 0.001, 0.1, 0.5, 0.9, 0.999, 1 - 1e-6, 1])
with np.errstate(divide="ignore"):  # p = 1 has odds 1 / 0: infinite, as it should be
    odds = p / (1 - p)
log_odds = logit(p)

print("| probability *p* | odds *p* / (1 − *p*) | log-odds ln(odds) |")
print("|--:|--:|--:|")
for q, o, z in zip(p, odds, log_odds, strict=True):
    print(f"| {q:g} | {o:.4g} | {z:.3f} |".replace("inf", "∞"))

half = int(np.flatnonzero(p == 0.5)[0])
print(
    f"\nAt p = {p[half]:g} the odds are {odds[half]:g} to 1, and the log-odds are "
    f"exactly {log_odds[half]:g}."
)
