# Descent towards the one-hot target: the loss falls, but p_dog never reaches 1.
import numpy as np

from snippets.activations import log_softmax, softmax
from snippets.running_example import LABELS, LOGITS
from snippets.training.descent import STEPS, descend

target = np.array([1.0, 0.0, 0.0])
history = descend(LOGITS, target)  # one row of logits per step
p_dog = softmax(history)[:, 0]
loss = -log_softmax(history)[:, 0]

logit_names = " | ".join(f"*z*<sub>{label}</sub>" for label in LABELS)
print(f"| step | {logit_names} | loss *L* | *p*<sub>dog</sub> |")
print("|--:|--:|--:|--:|--:|--:|")
for step in (0, 1, 10, 30, 100, STEPS):
    logits = " | ".join(f"{z:.3f}" for z in history[step])
    print(f"| {step} | {logits} | {loss[step]:.3f} | {p_dog[step]:.3f} |")

print(
    f"\nAfter {STEPS} steps, 1 − *p*<sub>dog</sub> = {1 - p_dog[-1]:.1e} "
    f"and the loss is {loss[-1]:.1e}: both still above zero."
)
