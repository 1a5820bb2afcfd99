# Multiplying the logits does change the result: larger gaps, sharper odds.
from snippets.activations import softmax
from snippets.running_example import LABELS, LOGITS

scaled = {"*z* / 2": LOGITS / 2, "*z*": LOGITS, "2*z*": 2 * LOGITS}
probs = {name: softmax(z) for name, z in scaled.items()}

print("| class | " + " | ".join(f"{n} | softmax({n})" for n in scaled) + " |")
print("|:--|" + "--:|--:|" * len(scaled))
for i, label in enumerate(LABELS):
    cells = [f"{scaled[n][i]:g} | {probs[n][i]:.3f}" for n in scaled]
    print(f"| {label} | " + " | ".join(cells) + " |")

halved, plain, doubled = (probs[n][0] for n in scaled)
print(
    f"\nDoubling the logits raises the {LABELS[0]}'s probability "
    f"from {plain:.3f} to {doubled:.3f}; "
    f"halving them lowers it to {halved:.3f}."
)
