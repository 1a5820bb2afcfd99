# Fitted on the training split, the temperature runs to the bottom of its bracket.
from snippets.calibration.digits_model import overconfident_model
from snippets.calibration.metrics import nll
from snippets.calibration.temperature_scaling import fit_temperature
from snippets.markdown_table import markdown_table  # markdown-exec: hide

model = overconfident_model()
z, y = model.logits(model.train), model.train.labels
temperatures = [4, 2, 1, 0.5, 0.25, 0.1]
losses = [nll(z, y, t) for t in temperatures]
right = (z.argmax(axis=1) == y).mean()
pairs = zip(temperatures, losses, strict=True)  # markdown-exec: hide
rows = [(f"{t:g}", f"{loss:.2e}") for t, loss in pairs]  # markdown-exec: hide
print(markdown_table(["*T*", "training NLL"], rows, "rr"))  # markdown-exec: hide

t = fit_temperature(z, y, low=0.05, high=20.0)
print(
    f"\nThe model is right on {right:.0%} of its training images. The fitted *T* is "
    f"{t:.3f}, the lower end of the search bracket."
)
