# What 16 bits lose in a stable softmax, which cannot overflow: digits, and tiny probabilities.
import numpy as np

from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.numerical_stability.float_types import FLOAT_TYPES
from snippets.running_example import LABELS, LOGITS


def stable_softmax_and_log(z, rounded):
    """softmax(z) and log_softmax(z), the largest logit subtracted, every step rounded."""
    z = rounded(z)
    d = rounded(z - z.max())  # <= 0: no exponential can overflow
    e = rounded(np.exp(d))
    total = rounded(e.sum())
    return rounded(e / total), rounded(d - rounded(np.log(total)))


scale = 5
results = {}  # per type: softmax and log-softmax of z, then of scale * z
for t in FLOAT_TYPES:
    results[t.name] = (
        *stable_softmax_and_log(LOGITS, t.rounded),
        *stable_softmax_and_log(scale * LOGITS, t.rounded),
    )
loss = {name: 0 - r[1][0] for name, r in results.items()}  # -ln p_dog (0 - 0.0 prints as 0, not -0)
rows = []  # markdown-exec: hide
for t in FLOAT_TYPES:  # markdown-exec: hide
    _, _, p_far, log_p_far = results[t.name]  # markdown-exec: hide
    cells = [f"{t.eps:.1e}", f"{t.smallest:.1e}", f"{loss[t.name]:.4f}"]  # markdown-exec: hide
    cells += [f"{p_far[2]:.3g}", f"{0 - log_p_far[0]:.3g}"]  # markdown-exec: hide
    rows.append((t.name, *cells))  # markdown-exec: hide
dog, rabbit = (f"*p*<sub>{label}</sub>" for label in (LABELS[0], LABELS[2]))  # markdown-exec: hide
heads = ["type", "gap above 1", "smallest positive", f"−ln {dog}"]  # markdown-exec: hide
heads += [f"{rabbit}, {scale}*z*", f"−ln {dog}, {scale}*z*"]  # markdown-exec: hide
print(markdown_table(heads, rows, "lrrrrr"))  # markdown-exec: hide

errors = {name: abs(value - loss["float64"]) / loss["float64"] for name, value in loss.items()}
print(
    f"\nOn the running example, the loss −ln {dog} is off by "
    + ", ".join(f"{errors[name]:.1e} in {name}" for name in ("float16", "bfloat16", "float32"))
    + " (relative errors)."
)

zero_rabbit = [name for name, r in results.items() if r[2][2] == 0]
sure_dog = [name for name, r in results.items() if r[2][0] == 1]
far = ", ".join(f"{x:g}" for x in scale * LOGITS)
exact_p_dog = results["float64"][2][0]
print(
    f"\nAt {scale}*z* = ({far}), {' and '.join(zero_rabbit)} rounds {rabbit} to 0, whose log "
    f"is −inf, while its log-softmax still gives {results[zero_rabbit[0]][3][2]:g}. "
    f"And {' and '.join(sure_dog)} round {dog} to 1, so the loss of this well-classified "
    f"{LABELS[0]} and its gradient {dog} − 1 are exactly 0, where float64 gives "
    f"{0 - results['float64'][3][0]:.2e} and {exact_p_dog - 1:.2e}."
)
