# What a model API's logprobs are: log-softmax values, the logits shifted by one shared constant.
import numpy as np

from snippets.activations import log_softmax, logsumexp
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.sampling.next_token import NEXT_LOGITS, TOKENS, shown

logprobs = log_softmax(NEXT_LOGITS)
shift = NEXT_LOGITS - logprobs  # the same for every token: the log-sum-exp of the logits
rows = []  # markdown-exec: hide
columns = zip(TOKENS, NEXT_LOGITS, logprobs, shift, strict=True)  # markdown-exec: hide
for tok, z, lp, c in columns:  # markdown-exec: hide
    cells = (f"{z:g}", f"{lp:.3f}", f"{np.exp(lp):.3f}", f"{c:.3f}")  # markdown-exec: hide
    rows.append((shown(tok), *cells))  # markdown-exec: hide
heads = ["token", "logit *z*", "logprob", "e<sup>logprob</sup>"]  # markdown-exec: hide
heads += ["*z* − logprob"]  # markdown-exec: hide
print(markdown_table(heads, rows, "lrrrr"))  # markdown-exec: hide

same = np.allclose(shift, logsumexp(NEXT_LOGITS), rtol=1e-12)
gap = logprobs[0] - logprobs[1]
print(
    f"\nThe last column is logsumexp(*z*) = {logsumexp(NEXT_LOGITS):.3f} in every row: {same}. "
    f"So a gap between logprobs is the gap between logits: {shown(TOKENS[0])} minus "
    f"{shown(TOKENS[1])} is {gap:.3f} either way."
)
