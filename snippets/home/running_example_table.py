# The three classes and the logits the network gives them; every page starts from these.
from snippets.running_example import LABELS, LOGITS

print("| class | logit |")
print("|:--|--:|")
for label, z in zip(LABELS, LOGITS, strict=True):
    print(f"| {label} | {z:g} |")
