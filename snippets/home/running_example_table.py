# The three classes and the logits the network gives them; every page starts from these.
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LABELS, LOGITS

rows = [(label, f"{z:g}") for label, z in zip(LABELS, LOGITS, strict=True)]  # markdown-exec: hide
print(markdown_table(["class", "logit"], rows, "lr"))  # markdown-exec: hide
