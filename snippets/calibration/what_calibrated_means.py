# The softmax's answer for the running example, the number this page asks about.
from snippets.activations import softmax
from snippets.running_example import LABELS, LOGITS

p = softmax(LOGITS)
top = int(p.argmax())
print(
    f"softmax(*z*) gives the {LABELS[top]} *p* = {p[top]:.3f}. Calibrated would mean: of all "
    f"the pictures to which the model gives {p[top]:.3f}, a fraction {p[top]:.3f} "
    f"({p[top]:.1%}) really show its top class."
)
