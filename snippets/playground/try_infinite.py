# Infinite logits in the playground: -inf gets 0 and a lone +inf gets 1, both limits; with only
# -inf left once scaled, nothing is left to share: NaN.
import math

from snippets.playground.links import State, claim_link

inf = math.inf
far = 1000  # far enough that e^(-far) rounds to 0 next to e^0
rabbit_inf, rabbit_far = State(logits=(4, 2, -inf)), State(logits=(4, 2, -far))
dog_inf, dog_far = State(logits=(inf, 2, -2)), State(logits=(far, 2, -2))
all_minus_inf = State(logits=(-inf, -inf, -inf))
flipped = State(logits=(inf, inf, inf), base=0.5)

rabbit = [
    claim_link("The rabbit at −∞", rabbit_inf, same_softmax_as=rabbit_far),
    claim_link(f"the rabbit at −{far}", rabbit_far, same_softmax_as=rabbit_inf),
]
dog = [
    claim_link("the dog at +∞", dog_inf, same_softmax_as=dog_far),
    claim_link(f"the dog at {far}", dog_far, same_softmax_as=dog_inf),
]
undefined = [
    claim_link("three classes at −∞", all_minus_inf, undefined_softmax=True),
    claim_link("three at +∞ in base 1/2", flipped, undefined_softmax=True),
]
print(
    "A class at −∞ gets probability 0, and a single class at +∞ gets 1: both are limits, "
    f"reached as that one logit falls or grows. {rabbit[0]} gives the same bars as {rabbit[1]}; "
    f"{dog[0]} the same as {dog[1]}.\n"
)
print(
    "When every logit is −∞ once scaled by $\\ln b / T$, nothing is left to share, and every "
    f"class shows NaN: {undefined[0]}, or {undefined[1]}, "
    "where a base below one turns +∞ into −∞."
)
