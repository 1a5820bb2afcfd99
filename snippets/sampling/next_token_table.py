# Six candidate next tokens, their logits and their softmax at T = 1.
from snippets.activations import softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.sampling.next_token import NEXT_LOGITS, TOKENS, shown

probs = softmax(NEXT_LOGITS)
columns = zip(TOKENS, NEXT_LOGITS, probs, strict=True)  # markdown-exec: hide
rows = [(shown(t), f"{z:g}", f"{p:.3f}") for t, z, p in columns]  # markdown-exec: hide
rows.append(("**sum**", "", f"**{probs.sum():.3f}**"))  # markdown-exec: hide
print(markdown_table(["token", "logit *z*", "softmax *p*"], rows, "lrr"))  # markdown-exec: hide
