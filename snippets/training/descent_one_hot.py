# Descent towards the one-hot target: the loss falls, but p_dog never reaches 1.
import numpy as np

from snippets.activations import log_softmax, softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LABELS, LOGITS
from snippets.training.descent import STEPS, descend

target = np.array([1.0, 0.0, 0.0])
history = descend(LOGITS, target)  # one row of logits per step
p_dog = softmax(history)[:, 0]
loss = -log_softmax(history)[:, 0]
rows = []  # markdown-exec: hide
for step in (0, 1, 10, 30, 100, STEPS):  # markdown-exec: hide
    cells = (*history[step], loss[step], p_dog[step])  # markdown-exec: hide
    rows.append((step, *(f"{x:.3f}" for x in cells)))  # markdown-exec: hide
heads = ["step", *(f"*z*<sub>{label}</sub>" for label in LABELS)]  # markdown-exec: hide
heads += ["loss *L*", "*p*<sub>dog</sub>"]  # markdown-exec: hide
print(markdown_table(heads, rows, "r" * len(heads)))  # markdown-exec: hide

print(
    f"\nAfter {STEPS} steps, 1 − *p*<sub>dog</sub> = {1 - p_dog[-1]:.1e} "
    f"and the loss is {loss[-1]:.1e}: both still above zero."
)
