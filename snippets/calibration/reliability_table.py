# The test split in confidence bins: the ECE adds up their gaps, weighted by their share of images.
from snippets.activations import softmax
from snippets.calibration.digits_model import overconfident_model
from snippets.calibration.metrics import expected_calibration_error, reliability_bins
from snippets.markdown_table import markdown_table  # markdown-exec: hide

model = overconfident_model()
probs, labels = softmax(model.logits(model.test)), model.test.labels
n = len(labels)
ece = 0.0
rows = []  # markdown-exec: hide
for low, high, count, confidence, accuracy in reliability_bins(probs, labels):
    gap = abs(accuracy - confidence)
    ece += count / n * gap
    shown = (confidence, accuracy, gap, count / n * gap)  # markdown-exec: hide
    numbers = [f"{x:.3f}" for x in shown]  # markdown-exec: hide
    rows.append((f"({low:.1f}, {high:.1f}]", count, *numbers))  # markdown-exec: hide
rows.append(("**all**", f"**{n}**", "", "", "", f"**{ece:.3f}**"))  # markdown-exec: hide
heads = ["confidence bin", "images", "mean confidence", "accuracy"]  # markdown-exec: hide
heads += ["gap", "share · gap"]  # markdown-exec: hide
print(markdown_table(heads, rows, "lrrrrr"))  # markdown-exec: hide

same = abs(ece - expected_calibration_error(probs, labels)) < 1e-12
print(f"\nECE = {ece:.3f}, and `expected_calibration_error` agrees: {same}.")
