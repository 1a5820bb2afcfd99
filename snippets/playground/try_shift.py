# Shift every logit by the same number: the softmax stays, the sigmoids move.
from snippets.playground.links import State, claim_link
from snippets.running_example import LOGITS

shift = 10
start, shifted = State(), State(logits=tuple((LOGITS + shift).tolist()))
link = claim_link(
    f"Add {shift} to every logit", shifted, same_softmax_as=start, other_sigmoid_than=start
)
print(
    f"{link}: the softmax column does not move, and the sigmoid column does. Only the "
    "differences between logits matter to the softmax; each sigmoid reads one logit as it is."
)
