# The running example scaled up: where each float type breaks the naive formulas.
import numpy as np

from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LOGITS


def naive_softmax(z):
    e = np.exp(z)
    return e / e.sum()


def stable_softmax(z):
    e = np.exp(z - z.max())  # the max-subtraction trick, in z's own float type
    return e / e.sum()


def naive_logsumexp(z):
    return np.log(np.exp(z).sum())


def stable_logsumexp(z):
    m = z.max()
    return m + np.log(np.exp(z - m).sum())


def broken(results):
    """True when any number in the softmax or the logsumexp is inf or nan."""
    return not all(np.isfinite(r).all() for r in results)


cases = naive_failures = stable_failures = 0
rows = []  # markdown-exec: hide
for scale in (10, 100, 1000):
    for dtype in (np.float16, np.float32, np.float64):
        z = (LOGITS * scale).astype(dtype)
        with np.errstate(over="ignore", invalid="ignore"):  # the failures are the point
            naive = naive_softmax(z), naive_logsumexp(z)
        stable = stable_softmax(z), stable_logsumexp(z)
        cases += 1
        naive_failures += broken(naive)
        stable_failures += broken(stable)
        # Dog's p stands for the softmax: its logit overflows first.  # markdown-exec: hide
        shown = naive[0][0], stable[0][0], naive[1], stable[1]  # markdown-exec: hide
        # Bold where the value is inf or nan.  # markdown-exec: hide
        cells = [f"{v:.3f}" if np.isfinite(v) else f"**{v}**" for v in shown]  # markdown-exec: hide
        rows.append((scale, dtype.__name__, *cells))  # markdown-exec: hide
p_dog = "*p*<sub>dog</sub>"  # markdown-exec: hide
heads = ["scale", "type", f"naive {p_dog}", f"stable {p_dog}"]  # markdown-exec: hide
heads += ["naive logsumexp", "stable logsumexp"]  # markdown-exec: hide
print(markdown_table(heads, rows, "rlrrrr"))  # markdown-exec: hide

print(
    f"\nOf these {cases} cases, the naive versions fail in {naive_failures} "
    f"and the stable ones in {stable_failures}."
)
