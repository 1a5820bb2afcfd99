# Temperature before or after the truncation: the same for top-k, not for top-p.
import numpy as np

from snippets.activations import softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.sampling.decoding import top_k, top_p
from snippets.sampling.next_token import NEXT_LOGITS, TOKENS, shown

t, k, p_min = 2.0, 4, 0.9
z = NEXT_LOGITS
rules = {
    f"top-{k}": (softmax(top_k(z / t, k)), softmax(top_k(z, k) / t)),
    f"top-p {p_min:g}": (softmax(top_p(z / t, p_min)), softmax(top_p(z, p_min) / t)),
}
rows = []  # markdown-exec: hide
for rule, (first, last) in rules.items():  # markdown-exec: hide
    for order, q in (("*T* first", first), ("*T* last", last)):  # markdown-exec: hide
        rows.append((rule, order, *(f"{x:.3f}" for x in q)))  # markdown-exec: hide
heads = ["rule", "order", *map(shown, TOKENS)]  # markdown-exec: hide
print(markdown_table(heads, rows, "ll" + "r" * len(TOKENS)))  # markdown-exec: hide

same = {rule: np.allclose(a, b, rtol=1e-12) for rule, (a, b) in rules.items()}
verdicts = "; ".join(f"{rule}: {verdict}" for rule, verdict in same.items())
print(f"\nAt *T* = {t:g}, the order makes no difference to {verdicts}.")
