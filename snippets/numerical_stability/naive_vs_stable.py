# The running example scaled up: where each float type breaks the naive formulas.
import numpy as np

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


def show(value):
    """The value to 3 decimals, in bold when it is inf or nan."""
    return f"{value:.3f}" if np.isfinite(value) else f"**{value}**"


def broken(results):
    """True when any number in the softmax or the logsumexp is inf or nan."""
    return not all(np.isfinite(r).all() for r in results)


p_dog = "*p*<sub>dog</sub>"
versions = (f"naive {p_dog}", f"stable {p_dog}", "naive logsumexp", "stable logsumexp")
print(f"| scale | type | {' | '.join(versions)} |")
print("|--:|:--|--:|--:|--:|--:|")
cases = naive_failures = stable_failures = 0
for scale in (10, 100, 1000):
    for dtype in (np.float16, np.float32, np.float64):
        z = (LOGITS * scale).astype(dtype)
        with np.errstate(over="ignore", invalid="ignore"):  # the failures are the point
            naive = naive_softmax(z), naive_logsumexp(z)
        stable = stable_softmax(z), stable_logsumexp(z)
        cases += 1
        naive_failures += broken(naive)
        stable_failures += broken(stable)
        # Dog's probability stands for the softmax: its logit is the first to overflow.
        shown = naive[0][0], stable[0][0], naive[1], stable[1]
        cells = " | ".join(show(value) for value in shown)
        print(f"| {scale} | {dtype.__name__} | {cells} |")

print(
    f"\nOf these {cases} cases, the naive versions fail in {naive_failures} "
    f"and the stable ones in {stable_failures}."
)
