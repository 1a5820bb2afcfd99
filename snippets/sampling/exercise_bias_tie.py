# The bias that ties two tokens is the gap between their logits.
import numpy as np

from snippets.activations import softmax
from snippets.sampling.next_token import NEXT_LOGITS, TOKENS, shown

dog, cat = TOKENS.index(" dog"), TOKENS.index(" cat")
bias = NEXT_LOGITS[dog] - NEXT_LOGITS[cat]
biased = NEXT_LOGITS.copy()
biased[cat] += bias
p = softmax(biased)
print(
    f"A bias of {bias:+g} on {shown(TOKENS[cat])} gives both tokens *p* = {p[cat]:.3f}: "
    f"{np.isclose(p[cat], p[dog], rtol=1e-12)}."
)
