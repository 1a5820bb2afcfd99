# Add 1000 to every logit: softmax does not notice, log-sum-exp moves by exactly 1000.
from snippets.activations import logsumexp, softmax
from snippets.running_example import LOGITS

shift = 1000.0
print(f"| | *z* | *z* + {shift:g} |")
print("|:--|--:|--:|")
for name, f in (("softmax", softmax), ("logsumexp", logsumexp)):
    before, after = f(LOGITS), f(LOGITS + shift)
    shown = [", ".join(f"{v:.3f}" for v in r.reshape(-1)) for r in (before, after)]
    print(f"| `{name}` | {shown[0]} | {shown[1]} |")
