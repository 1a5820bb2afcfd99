# The warmest temperature at which the nucleus of top-p 0.9 is the argmax alone.
import numpy as np

from snippets.activations import softmax
from snippets.sampling.decoding import top_p
from snippets.sampling.next_token import NEXT_LOGITS, TOKENS, shown

p_min = 0.9


def p_top(t):
    return softmax(NEXT_LOGITS, temperature=t)[0]  # the tokens are listed most likely first


# p_top falls steadily as T rises: bisection on ln T between a cold and a warm bracket.
low, high = 0.01, 10.0
for _ in range(60):
    middle = np.sqrt(low * high)
    low, high = (middle, high) if p_top(middle) >= p_min else (low, middle)

alone = np.isfinite(top_p(NEXT_LOGITS / low, p_min)).sum()
more = np.isfinite(top_p(NEXT_LOGITS / (1.01 * low), p_min)).sum()
print(
    f"Up to *T* = {low:.3f}, {shown(TOKENS[0])} has *p* ≥ {p_min:g} and the nucleus keeps "
    f"{alone} token; one percent warmer, it keeps {more}."
)
