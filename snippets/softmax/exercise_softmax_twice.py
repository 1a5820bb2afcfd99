# Softmax of probabilities: inputs that differ by less than 1 come out flat.
from snippets.activations import softmax
from snippets.running_example import LABELS, LOGITS

once = softmax(LOGITS)
twice = softmax(once)

print("| class | softmax(*z*) | softmax(softmax(*z*)) |")
print("|:--|--:|--:|")
for label, p, q in zip(LABELS, once, twice, strict=True):
    print(f"| {label} | {p:.3f} | {q:.3f} |")
