# The double-softmax mistake: a softmax in the model, then a loss that applies another.
import numpy as np

from snippets.activations import log_softmax, softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LABELS, LOGITS

p = softmax(LOGITS)  # what a model that ends in a softmax layer outputs
q = softmax(p)  # what the loss makes of p, since it takes p for logits


def loss_and_minus_gradient(z, true_class, *, twice):
    """Return the loss L and -dL/dz_c, minus its gradient on the true class's logit z_c."""
    y = np.eye(len(z))[true_class]
    probs = softmax(z)
    if not twice:
        return -log_softmax(z)[true_class], -(probs - y)[true_class]
    v = softmax(probs) - y  # dL/dprobs; the Jacobian of softmax is diag(p) - p p^T
    return -log_softmax(probs)[true_class], -(probs * (v - probs @ v))[true_class]


rows = [("once: *p*", *(f"{x:.3f}" for x in p))]  # markdown-exec: hide
rows += [("twice: softmax(*p*)", *(f"{x:.3f}" for x in q))]  # markdown-exec: hide
print(markdown_table(["softmax", *LABELS], rows, "l" + "r" * len(LABELS)))  # markdown-exec: hide
print()  # markdown-exec: hide
results = {}
rows = []  # markdown-exec: hide
for c in (0, len(LABELS) - 1):  # a right answer (dog), a confidently wrong one (rabbit)
    once = loss_and_minus_gradient(LOGITS, c, twice=False)
    twice = loss_and_minus_gradient(LOGITS, c, twice=True)
    results[LABELS[c]] = once, twice
    cells = [f"{x:.3f}" for x in (once[0], twice[0], once[1], twice[1])]  # markdown-exec: hide
    rows.append((LABELS[c], *cells))  # markdown-exec: hide
slope = "−∂*L*/∂*z*<sub>*c*</sub>"  # markdown-exec: hide
heads = ["true class *c*", "loss, once", "loss, twice"]  # markdown-exec: hide
heads += [f"{slope}, once", f"{slope}, twice"]  # markdown-exec: hide
print(markdown_table(heads, rows, "lrrrr"))  # markdown-exec: hide

(_, once), (_, twice) = results[LABELS[-1]]
print(
    f"\nWhen the true class is {LABELS[-1]}, minus the gradient on its logit, the rate at which "
    f"descent raises it, is {once:.4f} with one softmax and {twice:.6f} with two: "
    f"{once / twice:.0f} times smaller."
)
