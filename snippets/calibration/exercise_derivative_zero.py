# At the fitted T, the average expected logit equals the average logit of the true class.
import numpy as np

from snippets.activations import softmax
from snippets.calibration.digits_model import overconfident_model
from snippets.calibration.temperature_scaling import fit_temperature
from snippets.markdown_table import markdown_table  # markdown-exec: hide

model = overconfident_model()
z, y = model.logits(model.validation), model.validation.labels
t = fit_temperature(z, y)
rows = []  # markdown-exec: hide
for temperature in (1.0, t):
    p = softmax(z, temperature=temperature)
    expected = (p * z).sum(axis=1).mean()  # the mean over images of sum_i p_i z_i
    true = z[np.arange(len(y)), y].mean()  # the mean over images of z_y
    slope = expected - true  # dNLL / d(1/T)
    shown_slope = f"{slope:.3f}".replace("-0.000", "0.000")  # markdown-exec: hide
    cells = (f"{expected:.3f}", f"{true:.3f}", shown_slope)  # markdown-exec: hide
    rows.append((f"{temperature:.3f}", *cells))  # markdown-exec: hide
heads = ["*T*", "mean of Σ *p*<sub>*i*</sub> *z*<sub>*i*</sub>"]  # markdown-exec: hide
heads += ["mean of *z*<sub>*y*</sub>"]  # markdown-exec: hide
print(markdown_table([*heads, "slope"], rows, "rrrr"))  # markdown-exec: hide
