# Top-k keeps the k most likely tokens and renormalises: the others are never drawn.
import numpy as np

from snippets.activations import softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.sampling.decoding import sample, top_k
from snippets.sampling.next_token import DRAWS, NEXT_LOGITS, SEED, TOKENS, shown

k = 4
rng = np.random.default_rng(SEED)
before = softmax(NEXT_LOGITS)
truncated = top_k(NEXT_LOGITS, k)  # -inf for every token outside the top k
after = softmax(truncated)
drawn = np.bincount(sample(after, DRAWS, rng), minlength=len(TOKENS)) / DRAWS
kept_mass = before[np.isfinite(truncated)].sum()
heads = ["token", "logit", "*p*", f"logit after top-{k}"]  # markdown-exec: hide
heads += ["renormalised *p*", "drawn"]  # markdown-exec: hide
values = (NEXT_LOGITS, before, truncated, after, drawn)  # markdown-exec: hide
columns = zip(TOKENS, *values, strict=True)  # markdown-exec: hide
rows = []  # markdown-exec: hide
for tok, z, p, zk, q, d in columns:  # markdown-exec: hide
    shown_zk = f"{zk:g}".replace("-inf", "−∞")  # markdown-exec: hide
    cells = (f"{z:g}", f"{p:.3f}", shown_zk, f"{q:.3f}", f"{d:.3f}")  # markdown-exec: hide
    rows.append((shown(tok), *cells))  # markdown-exec: hide
print(markdown_table(heads, rows, "lrrrrr"))  # markdown-exec: hide
print(f"\nThe {k} kept tokens held {kept_mass:.3f} of the probability; each is divided by that.")
