# One temperature, fitted on the validation split by minimising the NLL.
from snippets.calibration.digits_model import overconfident_model
from snippets.calibration.metrics import nll
from snippets.calibration.temperature_scaling import fit_temperature

model = overconfident_model()
z, y = model.logits(model.validation), model.validation.labels
t = fit_temperature(z, y)
print(
    f"On the {len(y)} validation images the NLL is {nll(z, y):.3f} at *T* = 1, and its "
    f"minimum is {nll(z, y, t):.3f}, at *T* = {t:.3f}."
)
