# The sigmoid of each logit alone: probabilities that need not sum to 1.
from snippets.activations import sigmoid
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LABELS, LOGITS

probs = sigmoid(LOGITS)
total = probs.sum()
columns = zip(LABELS, LOGITS, probs, strict=True)  # markdown-exec: hide
rows = [(label, f"{z:g}", f"{p:.3f}") for label, z, p in columns]  # markdown-exec: hide
rows.append(("**sum**", "", f"**{total:.3f}**"))  # markdown-exec: hide
print(markdown_table(["class", "logit *z*", "&sigma;(*z*)"], rows, "lrr"))  # markdown-exec: hide

print(f"\nThe three probabilities add up to {total:.3f}, not 1.", end=" ")
dog_and_cat = probs[0] + probs[1]
print(f"{LABELS[0].capitalize()} and {LABELS[1]} alone add up to {dog_and_cat:.3f}.")
