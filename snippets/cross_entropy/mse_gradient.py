# A dog, ever more sure to be a cat: cross-entropy keeps pushing, squared error stops.
import numpy as np

from snippets.activations import softmax
from snippets.cross_entropy.gradients import cross_entropy_gradient, squared_error_gradient
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LOGITS

target = np.array([1.0, 0.0, 0.0])  # dog
cat_logits = np.array([2.0, 4.0, 6.0, 8.0, 10.0, 12.0])  # 2 is the running example
logits = np.tile(LOGITS, (len(cat_logits), 1))
logits[:, 1] = cat_logits
p_dog = softmax(logits)[:, 0]
ce_push = cross_entropy_gradient(logits, target)[:, 0]  # the slope on the dog logit
mse_push = squared_error_gradient(logits, target)[:, 0]
columns = zip(cat_logits, p_dog, ce_push, mse_push, strict=True)  # markdown-exec: hide
rows = [(f"{c:g}", *(f"{x:.4f}" for x in r)) for c, *r in columns]  # markdown-exec: hide
slope = "∂*L*/∂*z*<sub>dog</sub>"  # markdown-exec: hide
heads = ["*z*<sub>cat</sub>", "*p*<sub>dog</sub>"]  # markdown-exec: hide
heads += [f"{slope}, cross-entropy", f"{slope}, squared error"]  # markdown-exec: hide
print(markdown_table(heads, rows, "rrrr"))  # markdown-exec: hide

print(
    f"\nAt *z*<sub>cat</sub> = {cat_logits[-1]:g}, the network is wrong and sure of it: "
    f"cross-entropy still pushes the dog logit with {abs(ce_push[-1]):.4f}, squared error "
    f"with {abs(mse_push[-1]):.1e}, {abs(ce_push[-1] / mse_push[-1]):,.0f} times less."
)
