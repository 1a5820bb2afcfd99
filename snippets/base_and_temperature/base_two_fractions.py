# In base 2 the running example's powers are exact, so each p is a fraction.
from fractions import Fraction

from snippets.activations import softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LABELS, LOGITS

powers = [Fraction(2) ** int(z) for z in LOGITS]
total = sum(powers)
exact = [power / total for power in powers]
computed = softmax(LOGITS, base=2)
power = "2<sup>*z*</sup>"  # markdown-exec: hide
heads = ["class", "logit *z*", power, "exact *p*", "softmax(*z*, base=2)"]  # markdown-exec: hide
columns = zip(LABELS, LOGITS, powers, exact, computed, strict=True)  # markdown-exec: hide
rows = [(c, f"{z:g}", w, p, f"{q:.3f}") for c, z, w, p, q in columns]  # markdown-exec: hide
sums = [f"**{total}**", f"**{sum(exact)}**", f"**{computed.sum():.3f}**"]  # markdown-exec: hide
rows.append(("**sum**", "", *sums))  # markdown-exec: hide
print(markdown_table(heads, rows, "lrrrr"))  # markdown-exec: hide

bit_for_bit = all(float(p) == q for p, q in zip(exact, computed, strict=True))
in_base_e = softmax(LOGITS)  # base e, T = 1: base 2 is T = 1 / ln 2, warmer
fractions = ", ".join(str(p) for p in exact)
verdict = f"correctly rounded: {bit_for_bit}"
print(f"\nsoftmax(*z*, base=2) is {fractions}, {verdict}.")
print(
    f"The {LABELS[0]} gets {computed[0]:.3f} in base 2, "
    f"less than its {in_base_e[0]:.3f} in base e: {computed[0] < in_base_e[0]}."
)
