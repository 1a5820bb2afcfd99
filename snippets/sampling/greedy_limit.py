# As T falls, sampling turns into greedy decoding, where every draw is the argmax.
import numpy as np

from snippets.activations import softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.sampling.decoding import greedy, sample
from snippets.sampling.next_token import DRAWS, NEXT_LOGITS, SEED, TOKENS, shown

rng = np.random.default_rng(SEED)
best = greedy(NEXT_LOGITS)
temperatures = [2.0, 1.0, 0.5, 0.25, 0.1, 0.05]
others = {}  # how many of the draws were not the argmax: expected, then drawn
for t in temperatures:
    p = softmax(NEXT_LOGITS, temperature=t)
    drawn = (sample(p, DRAWS, rng) != best).sum()
    others[t] = (DRAWS * (1 - p[best]), drawn)
rows = [(f"{t:g}", f"{e:.1f}", n) for t, (e, n) in others.items()]  # markdown-exec: hide
heads = ["*T*", "other tokens expected", "other tokens drawn"]  # markdown-exec: hide
print(markdown_table(heads, rows, "rrr"))  # markdown-exec: hide

try:
    softmax(NEXT_LOGITS, temperature=0)
except ValueError as error:
    print(
        f"\nAt *T* = 0 the softmax is undefined (`{error}`); its limit is greedy decoding, "
        f"which picks {shown(TOKENS[best])}, the argmax, every time, with no random number."
    )
