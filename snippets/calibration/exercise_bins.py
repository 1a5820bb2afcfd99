# The ECE with fewer and more bins, before and after temperature scaling.
from snippets.activations import softmax
from snippets.calibration.digits_model import overconfident_model
from snippets.calibration.metrics import expected_calibration_error
from snippets.calibration.temperature_scaling import fit_temperature
from snippets.markdown_table import markdown_table  # markdown-exec: hide

model = overconfident_model()
t = fit_temperature(model.logits(model.validation), model.validation.labels)
z, y = model.logits(model.test), model.test.labels
before, after = softmax(z), softmax(z, temperature=t)
counts = [5, 10, 15, 20, 50]
ece = {}
for b in counts:
    ece[b] = (expected_calibration_error(before, y, b), expected_calibration_error(after, y, b))
rows = [(b, f"{e[0]:.3f}", f"{e[1]:.3f}") for b, e in ece.items()]  # markdown-exec: hide
heads = ["bins", "ECE at *T* = 1", f"ECE at *T* = {t:.3f}"]  # markdown-exec: hide
print(markdown_table(heads, rows, "rrr"))  # markdown-exec: hide

always_lower = all(e_after < e_before for e_before, e_after in ece.values())
print(f"\nAt every bin count the ECE after scaling is below the ECE before: {always_lower}.")
