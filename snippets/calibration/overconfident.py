# Trained long on few images, the model is certain of its training split, overconfident elsewhere.
from snippets.activations import softmax
from snippets.calibration.digits_model import overconfident_model
from snippets.calibration.metrics import nll
from snippets.markdown_table import markdown_table  # markdown-exec: hide

model = overconfident_model()
accuracy, confidence, loss = {}, {}, {}
for name in ("train", "validation", "test"):
    split = getattr(model, name)
    z = model.logits(split)
    p = softmax(z)
    accuracy[name] = (p.argmax(axis=1) == split.labels).mean()  # is the argmax right?
    confidence[name] = p.max(axis=1).mean()  # how sure, on average, of the argmax
    loss[name] = nll(z, split.labels)
heads = ["split", "images", "accuracy", "mean confidence", "NLL"]  # markdown-exec: hide
rows = []  # markdown-exec: hide
for name in accuracy:  # markdown-exec: hide
    images = len(getattr(model, name).labels)  # markdown-exec: hide
    shown = (accuracy[name], confidence[name], loss[name])  # markdown-exec: hide
    rows.append((name, images, *(f"{x:.3f}" for x in shown)))  # markdown-exec: hide
print(markdown_table(heads, rows, "lrrrr"))  # markdown-exec: hide

gap = confidence["test"] - accuracy["test"]
print(
    f"\nOn the test split the model is {confidence['test']:.1%} sure on average and right "
    f"{accuracy['test']:.1%} of the time: overconfident by {gap * 100:.1f} percentage points."
)
