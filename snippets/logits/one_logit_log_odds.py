# One softmax logit is a log-odds too: of its class against all the others, or against a
# reference class whose logit is pinned at 0.
import numpy as np

from snippets.activations import logit, logsumexp, softmax
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.running_example import LABELS, LOGITS

probs = softmax(LOGITS)
against_the_rest = logit(probs)  # ln(p_i / (1 - p_i))
others = [np.delete(LOGITS, i) for i in range(len(LOGITS))]
formula = LOGITS - np.array([logsumexp(rest) for rest in others])  # z_i - LSE(z_-i)

reference = len(LOGITS) - 1  # the rabbit: subtract its logit from all, so that it is 0
pinned = LOGITS - LOGITS[reference]
against_reference = np.log(probs / probs[reference])  # ln(p_i / p_rabbit)

i, r = "*i*", LABELS[reference]  # markdown-exec: hide
heads = ["class", f"logit(*p*<sub>{i}</sub>)"]  # markdown-exec: hide
heads += [f"*z*<sub>{i}</sub> − LSE(*z*<sub>−{i}</sub>)"]  # markdown-exec: hide
heads += [f"*z*<sub>{i}</sub> − *z*<sub>{r}</sub>"]  # markdown-exec: hide
heads += [f"ln(*p*<sub>{i}</sub> / *p*<sub>{r}</sub>)"]  # markdown-exec: hide
values = [against_the_rest, formula, pinned, against_reference]  # markdown-exec: hide
rows = [(c, *(f"{v[k]:.3f}" for v in values)) for k, c in enumerate(LABELS)]  # markdown-exec: hide
print(markdown_table(heads, rows, "lrrrr"))  # markdown-exec: hide

agree = np.allclose(against_the_rest, formula, rtol=1e-12)
pinned_agree = np.allclose(pinned, against_reference, atol=1e-12)
print(
    f"\nFor the {LABELS[0]}: logit({probs[0]:.3f}) = {against_the_rest[0]:.3f}, and "
    f"{LOGITS[0]:g} − LSE({', '.join(f'{z:g}' for z in others[0])}) = {formula[0]:.3f}. "
    f"The second and third columns agree: {agree}; so do the last two: {pinned_agree}."
)
