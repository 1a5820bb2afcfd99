# The fitted T is the temperature of the base-and-temperature page: applied to the running example.
import numpy as np

from snippets.activations import softmax
from snippets.calibration.digits_model import overconfident_model
from snippets.calibration.temperature_scaling import fit_temperature
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LABELS, LOGITS

model = overconfident_model()
t = fit_temperature(model.logits(model.validation), model.validation.labels)
base = np.exp(1 / t)  # T = 1 / ln b
plain = softmax(LOGITS)
scaled = softmax(LOGITS, temperature=t)
as_base = softmax(LOGITS, base=base)
heads = ["class", "logit *z*", "*T* = 1", f"*T* = {t:.3f}"]  # markdown-exec: hide
heads += [f"base {base:.3f}"]  # markdown-exec: hide
columns = zip(LABELS, LOGITS, plain, scaled, as_base, strict=True)  # markdown-exec: hide
rows = [(c, f"{z:g}", *(f"{x:.3f}" for x in ps)) for c, z, *ps in columns]  # markdown-exec: hide
print(markdown_table(heads, rows, "lrrrr"))  # markdown-exec: hide

print(
    f"\nTemperature {t:.3f} is base e<sup>1/*T*</sup> = {base:.3f}; the two columns agree: "
    f"{np.allclose(scaled, as_base, rtol=1e-12)}."
)
