# The running example through both functions: numbers every later page comes back to.
from snippets.activations import sigmoid, softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LABELS, LOGITS

probs = softmax(LOGITS)  # one distribution over the three classes
sigmoids = sigmoid(LOGITS)  # three separate yes-or-no probabilities
columns = zip(LABELS, LOGITS, probs, sigmoids, strict=True)  # markdown-exec: hide
rows = [(c, f"{z:g}", f"{p:.3f}", f"{s:.3f}") for c, z, p, s in columns]  # markdown-exec: hide
sums = f"**{probs.sum():.3f}**", f"**{sigmoids.sum():.3f}**"  # markdown-exec: hide
rows.append(("**sum**", "", *sums))  # markdown-exec: hide
heads = ["class", "logit *z*", "softmax", "sigmoid"]  # markdown-exec: hide
print(markdown_table(heads, rows, "lrrr"))  # markdown-exec: hide

print(
    f"\nThe softmax shares one unit of probability among the classes and gives "
    f"{probs[0]:.1%} to {LABELS[0]}. The sigmoids answer separate questions, so they "
    f"add up to {sigmoids.sum():.3f}."
)
