# On the test split: the ECE falls, and not one answer changes, as dividing by T keeps the order.
import numpy as np

from snippets.activations import softmax
from snippets.calibration.digits_model import overconfident_model
from snippets.calibration.metrics import expected_calibration_error, nll
from snippets.calibration.temperature_scaling import fit_temperature
from snippets.markdown_table import markdown_table  # markdown-exec: hide

model = overconfident_model()
t = fit_temperature(model.logits(model.validation), model.validation.labels)
z, y = model.logits(model.test), model.test.labels
before, after = softmax(z), softmax(z, temperature=t)
metrics = {}
for name, probs, temperature in (("before", before, 1.0), ("after", after, t)):
    metrics[name] = {
        "accuracy": (probs.argmax(axis=1) == y).mean(),
        "mean confidence": probs.max(axis=1).mean(),
        "NLL": nll(z, y, temperature),
        "ECE": expected_calibration_error(probs, y),
    }
same_answers = np.array_equal(before.argmax(axis=1), after.argmax(axis=1))
heads = ["on the test split", "*T* = 1", f"*T* = {t:.3f}"]  # markdown-exec: hide
rows = []  # markdown-exec: hide
for metric in metrics["before"]:  # markdown-exec: hide
    rows.append((metric, *(f"{metrics[k][metric]:.3f}" for k in metrics)))  # markdown-exec: hide
print(markdown_table(heads, rows, "lrr"))  # markdown-exec: hide

print(
    f"\nThe argmax of each of the {len(y)} test images is the same at both temperatures: "
    f"{same_answers}. The ECE falls from {metrics['before']['ECE']:.3f} to "
    f"{metrics['after']['ECE']:.3f}."
)
