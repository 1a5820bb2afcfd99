# The log of an underflowed probability is -inf; log_softmax never takes that log.
import numpy as np

from snippets.activations import log_softmax, softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide

z = np.array([1000.0, 1.0])
probs = softmax(z)  # e^-999 is far below the smallest float64: it rounds to 0
with np.errstate(divide="ignore"):  # log(0) = -inf is the failure being shown
    log_of_softmax = np.log(probs)
stable = log_softmax(z)  # z - max z - ln(sum e^(z - max z)) = [0, -999] exactly
results = {"softmax(z)": probs, "np.log(softmax(z))": log_of_softmax}  # markdown-exec: hide
results["log_softmax(z)"] = stable  # markdown-exec: hide
rows = []  # markdown-exec: hide
for name, values in results.items():  # markdown-exec: hide
    rows.append((f"`{name}`", ", ".join(f"{v:g}" for v in values)))  # markdown-exec: hide
print(markdown_table(["for *z* = 1000, 1", "result"], rows, "lr"))  # markdown-exec: hide

# Say the second class is the true one. Back-propagation through the log, then the softmax:
y = np.array([0.0, 1.0])
with np.errstate(divide="ignore", invalid="ignore"):
    naive_loss = -(y * log_of_softmax).sum()  # -ln 0 = inf
    d_loss_d_probs = -y / probs  # -1/0 = -inf
    jacobian = np.diag(probs) - np.outer(probs, probs)  # d probs / d z: 0 where p = 0
    naive_gradient = d_loss_d_probs @ jacobian  # -inf * 0 = nan
stable_loss = -(y * stable).sum()
stable_gradient = probs - y  # the gradient of the log-softmax loss, p - y
print(
    f"\nWith the second class true, the loss from `np.log(softmax(z))` is {naive_loss:g} and "
    f"its gradient ({', '.join(f'{g:g}' for g in naive_gradient)}); from `log_softmax(z)`, "
    f"the loss is {stable_loss:g} and its gradient *p* − *y* = "
    f"({', '.join(f'{g:g}' for g in stable_gradient)})."
)
