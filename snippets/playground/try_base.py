# A base is a temperature: base 10 is base e at T = 1 / ln 10. Base 1 is uniform, and a base
# below 1 reverses the ranking.
import math

from snippets.playground.links import State, claim_link

base_10, base_2 = State(base=10.0), State(base=2.0)
cooled = State(temperature=1 / math.log(10))
base_1, base_half = State(base=1.0), State(base=0.5)
share = 1 / len(base_1.logits)

cooled_text = f"base e at $T = 1/\\ln 10$ = {cooled.temperature:.3f}"
links = [
    claim_link("base 10", base_10, same_softmax_as=cooled),
    claim_link(cooled_text, cooled, same_softmax_as=base_10),
    claim_link("Base 1", base_1, uniform_softmax=True),
    claim_link("base 1/2", base_half, reversed_ranking_of=base_2),
]
print(
    f"The logits are scaled by $\\ln b / T$, so {links[0]} gives the same bars as {links[1]}. "
    f"{links[2]} gives every class {share:.3f}, whatever the logits, and {links[3]} ranks the "
    "classes in the opposite order to base 2."
)
