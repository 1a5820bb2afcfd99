# Base and temperature are one knob: the playground scales the logits by ln(b) / T. Each state
# below is a link that opens the playground in it, marked with what it promises.
import math

from snippets.playground.links import State, claim_link, shares

base_e, base_2 = State(), State(base=2.0)
states = {
    "Base 2 at $T = \\ln 2$": State(base=2.0, temperature=math.log(2)),
    "Base e at $T = 1/\\ln 2$": State(temperature=1 / math.log(2)),
    "Base 2 at $T = 1/\\ln 2$": State(base=2.0, temperature=1 / math.log(2)),
    "Base 1/2": State(base=0.5),
}
scale = {name: math.log(s.base) / s.temperature for name, s in states.items()}
probs = {name: s.softmax() for name, s in states.items()}


def number(x):
    return f"{x:.3f}".replace("-", "−")


first, second, slip, flip = states
links = {
    first: claim_link(first, states[first], same_softmax_as=base_e),
    second: claim_link(second, states[second], same_softmax_as=base_2),
    slip: claim_link(slip, states[slip], other_softmax_than=base_e),
    flip: claim_link(flip, states[flip], reversed_ranking_of=base_2),
}
print(
    f"- {links[first]} scales the logits by ln 2 / ln 2 = {number(scale[first])}, as base e "
    f"at $T = 1$ does: the same bars, {shares(probs[first])}.\n"
    f"- {links[second]} scales them by ln e / (1/ln 2) = ln 2 = {number(scale[second])}, "
    f"as base 2 at $T = 1$ does: the same bars, {shares(probs[second])}.\n"
    f"- {links[slip]} is not base e: it scales by $(\\ln 2)^2$ = {number(scale[slip])}, and "
    f"the bars are flatter, {shares(probs[slip])}.\n"
    f"- {links[flip]} scales by ln(1/2) = {number(scale[flip])}: the ranking of base 2 turned "
    f"upside down, {shares(probs[flip])}."
)
