# The likelihood of the labels is a product of probabilities; its negative log, a sum of losses.
import numpy as np

from snippets.activations import log_softmax, softmax
from snippets.cross_entropy.labelled_set import PICTURE_LABELS, PICTURE_LOGITS, TRUE_CLASS
from snippets.markdown_table import markdown_table  # markdown-exec: hide

pictures = np.arange(len(TRUE_CLASS))
p_true = softmax(PICTURE_LOGITS)[pictures, TRUE_CLASS]  # the probability each label gets
losses = -log_softmax(PICTURE_LOGITS)[pictures, TRUE_CLASS]  # -ln p: each picture's loss
likelihood = np.prod(p_true)
nll = -np.log(likelihood)
shown = [f"({', '.join(f'{x:g}' for x in z)})" for z in PICTURE_LOGITS]  # markdown-exec: hide
cells = (pictures + 1, shown, PICTURE_LABELS, p_true, losses)  # markdown-exec: hide
columns = zip(*cells, strict=True)  # markdown-exec: hide
rows = [(*row[:3], f"{row[3]:.3f}", f"{row[4]:.3f}") for row in columns]  # markdown-exec: hide
total = ("**product, sum**", "", "", f"**{likelihood:.4f}**")  # markdown-exec: hide
rows.append((*total, f"**{losses.sum():.3f}**"))  # markdown-exec: hide
heads = ["picture", "logits (dog, cat, rabbit)", "label", "*p*(label)"]  # markdown-exec: hide
print(markdown_table([*heads, "−ln *p*(label)"], rows, "rllrr"))  # markdown-exec: hide

print(
    f"\nThe likelihood is {likelihood:.4f}, and −ln {likelihood:.4f} = {nll:.3f}: the sum of "
    f"the {len(losses)} losses. Their mean, {losses.mean():.3f}, is the loss a training loop "
    "reports for this batch."
)
