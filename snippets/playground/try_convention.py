# Two logits at +inf: the playground shares equally, the limit of one way there and not another.
import math

from snippets.playground.links import State, claim_link

far = 1000  # far enough that e^(-far) rounds to 0 next to e^0
two_inf = State(logits=(math.inf, math.inf, 0))
even, uneven = State(logits=(far, far, 0)), State(logits=(2 * far, far, 0))
shared = claim_link("two classes at +∞", two_inf, same_softmax_as=even, other_softmax_than=uneven)
print(
    f"With {shared}, the playground shares the probability equally between them, as the site's "
    f"Python does: the bars of softmax(*t*, *t*, 0) at *t* = {far}, and not those of "
    f"softmax(2*t*, *t*, 0)."
)
