# Huge logits do not overflow: the largest is subtracted first, and that changes nothing.
import numpy as np

from snippets.playground.links import State, claim_link
from snippets.running_example import LOGITS

huge = State(logits=tuple((LOGITS + 1000).tolist()))
smallest = min(huge.logits)
with np.errstate(over="ignore"):
    overflows = bool(np.isinf(np.exp(smallest)))
text = "Logits " + ", ".join(f"{z:g}" for z in huge.logits)
print(
    f"{claim_link(text, huge, same_softmax_as=State())} give the same probabilities as the "
    f"running example, though even e<sup>{smallest:g}</sup> overflows a float64: {overflows}."
)
