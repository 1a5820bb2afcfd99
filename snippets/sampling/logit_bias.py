# A logit bias is added to a token's logit before the softmax: the other tokens keep their ratios.
import numpy as np

from snippets.activations import softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.sampling.next_token import NEXT_LOGITS, TOKENS, shown

bias = {" rabbit": 5.0, " dog": -100.0}  # favour one token, ban another
biased = NEXT_LOGITS.copy()
for token, b in bias.items():
    biased[TOKENS.index(token)] += b
before, after = softmax(NEXT_LOGITS), softmax(biased)
rows = []  # markdown-exec: hide
for i, tok in enumerate(TOKENS):  # markdown-exec: hide
    b = f"{bias[tok]:+g}" if tok in bias else ""  # markdown-exec: hide
    cells = (f"{NEXT_LOGITS[i]:g}", b, f"{biased[i]:g}")  # markdown-exec: hide
    cells += (f"{before[i]:.3f}", f"{after[i]:.3f}")  # markdown-exec: hide
    rows.append((shown(tok), *cells))  # markdown-exec: hide
heads = ["token", "logit", "bias", "biased logit", "*p* before", "*p* after"]  # markdown-exec: hide
print(markdown_table(heads, rows, "lrrrrr"))  # markdown-exec: hide

untouched = [i for i, tok in enumerate(TOKENS) if tok not in bias]
ratios_kept = np.allclose(
    after[untouched] / after[untouched[0]], before[untouched] / before[untouched[0]], rtol=1e-12
)
print(
    f"\nThe banned token's probability is {after[TOKENS.index(' dog')]:.1e}. Among the "
    f"{len(untouched)} tokens without a bias, every ratio of probabilities is unchanged: "
    f"{ratios_kept}."
)
