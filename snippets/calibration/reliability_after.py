# The same diagram after dividing every logit by the fitted T: the bars close in on the diagonal.
from snippets.activations import softmax
from snippets.calibration.digits_model import overconfident_model
from snippets.calibration.metrics import expected_calibration_error
from snippets.calibration.reliability_diagram import describe_bins, draw_reliability
from snippets.calibration.temperature_scaling import fit_temperature
from snippets.figures import new_figure, to_inline_svg

model = overconfident_model()
t = fit_temperature(model.logits(model.validation), model.validation.labels)
probs, labels = softmax(model.logits(model.test), temperature=t), model.test.labels

fig, ax = new_figure()
rows = draw_reliability(ax, probs, labels)
ece = expected_calibration_error(probs, labels)
ax.set_title(f"after scaling by T = {t:.2f}: ECE = {ece:.3f}")
below = sum(accuracy < confidence for *_, confidence, accuracy in rows)
description = (
    f"Reliability diagram of the {len(labels)} test images after dividing every logit by "
    f"the fitted temperature T = {t:.3f}. {below} of the {len(rows)} bars are below the "
    f"diagonal, the others above it. {describe_bins(rows)}. ECE = {ece:.3f}."
)
print(to_inline_svg(fig, name="calibration-reliability-after", description=description))
