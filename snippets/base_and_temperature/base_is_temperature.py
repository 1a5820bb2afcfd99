# Base b is temperature 1 / ln b, as b^z = e^(z ln b): two knobs, one effect.
import numpy as np

from snippets.activations import softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LOGITS

bases = {"2": 2.0, "e": np.e, "10": 10.0}
temperatures = {name: 1 / np.log(b) for name, b in bases.items()}
by_base, by_temperature = {}, {}
for name, b in bases.items():  # the same distribution, computed both ways
    by_base[name] = softmax(LOGITS, base=b)
    by_temperature[name] = softmax(LOGITS, temperature=temperatures[name])
heads = ["base *b*", "*T* = 1 / ln *b*"]  # markdown-exec: hide
heads += ["base *b*, *T* = 1", "base e, *T* = 1 / ln *b*"]  # markdown-exec: hide
rows = []  # markdown-exec: hide
for name, t in temperatures.items():  # markdown-exec: hide
    p, q = by_base[name], by_temperature[name]  # markdown-exec: hide
    shown_p, shown_q = (", ".join(f"{x:.3f}" for x in v) for v in (p, q))  # markdown-exec: hide
    rows.append((name, f"{t:.3f}", shown_p, shown_q))  # markdown-exec: hide
print(markdown_table(heads, rows, "lrll"))  # markdown-exec: hide

pairs = [(by_base[name], by_temperature[name]) for name in bases]
same = all(np.allclose(p, q, rtol=1e-12) for p, q in pairs)
print(f"\nEach row's two distributions agree to within rounding: {same}.")
