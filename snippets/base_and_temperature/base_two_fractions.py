# In base 2 the running example's powers are exact, so each p is a fraction.
from fractions import Fraction

from snippets.activations import softmax
from snippets.running_example import LABELS, LOGITS

powers = [Fraction(2) ** int(z) for z in LOGITS]
total = sum(powers)
exact = [power / total for power in powers]
computed = softmax(LOGITS, base=2)

power = "2<sup>*z*</sup>"
print(f"| class | logit *z* | {power} | exact *p* | softmax(*z*, base=2) |")
print("|:--|--:|--:|--:|--:|")
rows = zip(LABELS, LOGITS, powers, exact, computed, strict=True)
for label, z, power, p, q in rows:
    print(f"| {label} | {z:g} | {power} | {p} | {q:.3f} |")
sums = f"**{total}** | **{sum(exact)}** | **{computed.sum():.3f}**"
print(f"| **sum** | | {sums} |")

bit_for_bit = all(float(p) == q for p, q in zip(exact, computed, strict=True))
fractions = ", ".join(str(p) for p in exact)
verdict = f"correctly rounded: {bit_for_bit}"
print(f"\nsoftmax(*z*, base=2) is {fractions}, {verdict}.")
