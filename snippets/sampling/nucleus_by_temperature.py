# Top-k always keeps k tokens; the nucleus of top-p grows as the temperature rises.
import numpy as np

from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.sampling.decoding import top_k, top_p
from snippets.sampling.next_token import NEXT_LOGITS

k, p_min = 4, 0.9
temperatures = [0.25, 0.5, 1.0, 2.0, 4.0]
kept = {}
for t in temperatures:
    z = NEXT_LOGITS / t  # the temperature first, then the truncation
    kept[t] = (np.isfinite(top_k(z, k)).sum(), np.isfinite(top_p(z, p_min)).sum())
heads = ["*T*", f"tokens kept by top-{k}", f"tokens kept by top-p {p_min:g}"]  # markdown-exec: hide
rows = [(f"{t:g}", a, b) for t, (a, b) in kept.items()]  # markdown-exec: hide
print(markdown_table(heads, rows, "rrr"))  # markdown-exec: hide
