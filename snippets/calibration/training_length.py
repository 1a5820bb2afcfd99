# The longer the training, the further apart the logits, and the surer the model: not more right.
import numpy as np

from snippets.activations import softmax
from snippets.calibration.digits_model import CHECKPOINTS, overconfident_model
from snippets.calibration.metrics import nll
from snippets.markdown_table import markdown_table  # markdown-exec: hide

model = overconfident_model()
rows = []  # markdown-exec: hide
for step in CHECKPOINTS:
    train_loss = nll(model.logits(model.train, step), model.train.labels)
    size = np.linalg.norm(model.weights[step])  # how large the weights have grown
    p = softmax(model.logits(model.test, step))
    accuracy = (p.argmax(axis=1) == model.test.labels).mean()
    confidence = p.max(axis=1).mean()
    cells = [f"{train_loss:.5f}", f"{size:.2f}"]  # markdown-exec: hide
    cells += [f"{accuracy:.3f}", f"{confidence:.3f}"]  # markdown-exec: hide
    rows.append((step, *cells))  # markdown-exec: hide
heads = ["step", "training NLL", "‖*W*‖"]  # markdown-exec: hide
heads += ["test accuracy", "test mean confidence"]  # markdown-exec: hide
print(markdown_table(heads, rows, "rrrrr"))  # markdown-exec: hide
