# The Gumbel-max trick: the argmax of logits plus Gumbel noise is a softmax sample.
import numpy as np

from snippets.activations import softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.sampling.decoding import gumbel_max
from snippets.sampling.goodness_of_fit import pearson
from snippets.sampling.next_token import DRAWS, NEXT_LOGITS, SEED, TOKENS, draws_table

rng = np.random.default_rng(SEED)
temperatures = [1.0, 2.0]
probs, frequencies, fits = {}, {}, {}
for t in temperatures:
    probs[t] = softmax(NEXT_LOGITS, temperature=t)
    counts = np.bincount(gumbel_max(NEXT_LOGITS / t, DRAWS, rng), minlength=len(TOKENS))
    frequencies[t] = counts / DRAWS
    fits[t] = pearson(counts, DRAWS * probs[t])
print(draws_table(probs, frequencies))  # markdown-exec: hide
print()  # markdown-exec: hide
heads = ["*T*", "χ²", "degrees of freedom", "*p*-value"]  # markdown-exec: hide
rows = []  # markdown-exec: hide
for t, (x, n, v) in fits.items():  # markdown-exec: hide
    rows.append((f"{t:g}", f"{x:.2f}", n, f"{v:.3f}"))  # markdown-exec: hide
print(markdown_table(heads, rows, "rrrr"))  # markdown-exec: hide
