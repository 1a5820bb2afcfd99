# Top-p keeps the most likely tokens until their probabilities reach p, then renormalises.
import numpy as np

from snippets.activations import softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.sampling.decoding import sample, top_p
from snippets.sampling.next_token import DRAWS, NEXT_LOGITS, SEED, TOKENS, shown

p_min = 0.9
rng = np.random.default_rng(SEED)
before = softmax(NEXT_LOGITS)
running = np.cumsum(before)  # the tokens are listed most likely first
truncated = top_p(NEXT_LOGITS, p_min)
after = softmax(truncated)
drawn = np.bincount(sample(after, DRAWS, rng), minlength=len(TOKENS)) / DRAWS
heads = ["token", "*p*", "running sum", f"logit after top-p {p_min:g}"]  # markdown-exec: hide
heads += ["renormalised *p*", "drawn"]  # markdown-exec: hide
columns = zip(TOKENS, before, running, truncated, after, drawn, strict=True)  # markdown-exec: hide
rows = []  # markdown-exec: hide
for tok, p, s, zp, q, d in columns:  # markdown-exec: hide
    shown_zp = f"{zp:g}".replace("-inf", "−∞")  # markdown-exec: hide
    cells = (f"{p:.3f}", f"{s:.3f}", shown_zp, f"{q:.3f}", f"{d:.3f}")  # markdown-exec: hide
    rows.append((shown(tok), *cells))  # markdown-exec: hide
print(markdown_table(heads, rows, "lrrrrr"))  # markdown-exec: hide
kept = np.isfinite(truncated).sum()
print(f"\nThe nucleus is the first {kept} tokens: the smallest set whose sum reaches {p_min:g}.")
