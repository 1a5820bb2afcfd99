# 10,000 seeded draws at three temperatures: the frequencies match the softmax.
import numpy as np

from snippets.activations import softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.sampling.decoding import sample
from snippets.sampling.goodness_of_fit import pearson
from snippets.sampling.next_token import DRAWS, NEXT_LOGITS, SEED, TOKENS, draws_table

rng = np.random.default_rng(SEED)
temperatures = [0.5, 1.0, 2.0]
probs, frequencies, fits = {}, {}, {}
for t in temperatures:
    probs[t] = softmax(NEXT_LOGITS, temperature=t)
    tokens = sample(probs[t], DRAWS, rng)
    counts = np.bincount(tokens, minlength=len(TOKENS))
    frequencies[t] = counts / DRAWS
    fits[t] = pearson(counts, DRAWS * probs[t])  # (statistic, degrees of freedom, p-value)
    if t == 1.0:  # the same counts, tested against the wrong temperature's softmax
        wrong = pearson(counts, DRAWS * softmax(NEXT_LOGITS, temperature=1.1))
print(draws_table(probs, frequencies))  # markdown-exec: hide
print()  # markdown-exec: hide
heads = ["*T*", "cells", "χ²", "degrees of freedom", "*p*-value"]  # markdown-exec: hide
rows = []  # markdown-exec: hide
for t, (x, dof, pv) in fits.items():  # markdown-exec: hide
    rows.append((f"{t:g}", dof + 1, f"{x:.2f}", dof, f"{pv:.3f}"))  # markdown-exec: hide
print(markdown_table(heads, rows, "rrrrr"))  # markdown-exec: hide
print(
    f"\nThe same draws at *T* = 1, tested against the softmax at *T* = 1.1 instead: "
    f"χ² = {wrong[0]:.1f} with {wrong[1]} degrees of freedom, *p*-value {wrong[2]:.1e}."
)
