"""The sampling page's example: a captioning model's next-token logits after "A photo of a".

The first three tokens carry the running example's logits, dog 4, cat 2, rabbit -2; three more
tokens make the truncation rules worth a table. Each token is a word with its leading space, as
tokenizers often store it; a token can also be a piece of a word.
"""

import numpy as np

from snippets.markdown_table import markdown_table
from snippets.running_example import LABELS, LOGITS

_SCORES = {f" {label}": z for label, z in zip(LABELS, LOGITS, strict=True)}
_SCORES |= {" puppy": 3.0, " small": 1.0, " cute": 0.5}
TOKENS = tuple(sorted(_SCORES, key=_SCORES.get, reverse=True))  # the most likely first
NEXT_LOGITS = np.array([_SCORES[token] for token in TOKENS])
SEED = 14  # every generator on the page starts from this seed
DRAWS = 10_000


def shown(token):
    """A token as a table shows it: in quotes, so that its leading space is seen."""
    return f'`"{token}"`'


def draws_table(probs, frequencies):
    """Each token's probability and drawn frequency, one column per temperature (the keys)."""
    heads = ["token"] + [f"*T* = {t:g}: *p* / drawn" for t in probs]
    rows = [
        (shown(token), *(f"{probs[t][i]:.3f}/{frequencies[t][i]:.3f}" for t in probs))
        for i, token in enumerate(TOKENS)
    ]
    return markdown_table(heads, rows, "l" + "r" * len(probs))
