# Log-odds at the edges and in the middle: unbounded, zero at even odds.
import numpy as np

from snippets.activations import logit
from snippets.markdown_table import markdown_table  # markdown-exec: hide

p = np.array([0, 1e-6, 0.001, 0.1, 0.5, 0.9, 0.999, 1 - 1e-6, 1])
with np.errstate(divide="ignore"):  # p = 1 has odds 1 / 0: infinite, as it should be
    odds = p / (1 - p)
log_odds = logit(p)
columns = zip(p, odds, log_odds, strict=True)  # markdown-exec: hide
rows = [[f"{q:g}", f"{o:.4g}", f"{z:.3f}"] for q, o, z in columns]  # markdown-exec: hide
rows = [[cell.replace("inf", "∞") for cell in row] for row in rows]  # markdown-exec: hide
heads = ["probability *p*", "odds *p* / (1 − *p*)", "log-odds ln(odds)"]  # markdown-exec: hide
print(markdown_table(heads, rows, "rrr"))  # markdown-exec: hide

half = int(np.flatnonzero(p == 0.5)[0])
mirrored = np.allclose(logit(1 - p), -log_odds, rtol=1e-9)  # logit(1 - p) = -logit(p)
print(
    f"\nAt p = {p[half]:g} the odds are {odds[half]:g} to 1, and the log-odds are "
    f"exactly {log_odds[half]:g}. On every row, logit(1 − p) = −logit(p): {mirrored}."
)
