# Add 1000 to every logit: softmax does not notice, log-sum-exp moves by exactly 1000.
from snippets.activations import logsumexp, softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LOGITS

shift = 1000.0
rows = []  # markdown-exec: hide
for name, f in (("softmax", softmax), ("logsumexp", logsumexp)):
    before, after = f(LOGITS), f(LOGITS + shift)
    shown = [", ".join(f"{v:.3f}" for v in r.flat) for r in (before, after)]  # markdown-exec: hide
    rows.append((f"`{name}`", *shown))  # markdown-exec: hide
print(markdown_table(["", "*z*", f"*z* + {shift:g}"], rows, "lrr"))  # markdown-exec: hide
