# The reliability diagram of the test split at T = 1: the bars fall short of the diagonal.
from snippets.activations import softmax
from snippets.calibration.digits_model import overconfident_model
from snippets.calibration.metrics import expected_calibration_error
from snippets.calibration.reliability_diagram import describe_bins, draw_reliability
from snippets.figures import new_figure, to_inline_svg

model = overconfident_model()
probs, labels = softmax(model.logits(model.test)), model.test.labels

fig, ax = new_figure()
rows = draw_reliability(ax, probs, labels)
ece = expected_calibration_error(probs, labels)
ax.set_title(f"before temperature scaling: ECE = {ece:.3f}")
below = sum(accuracy < confidence for *_, confidence, accuracy in rows)
description = (
    f"Reliability diagram of the {len(labels)} test images before temperature scaling: "
    f"the accuracy of each confidence bin against the diagonal where accuracy equals confidence. "
    f"{below} of the {len(rows)} bars are below it. {describe_bins(rows)}. ECE = {ece:.3f}."
)
print(to_inline_svg(fig, name="calibration-reliability-before", description=description))
