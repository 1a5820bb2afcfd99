# The whole pipeline on one picture: input, network, logits, then softmax or sigmoid.
from snippets.activations import sigmoid, softmax
from snippets.figures import COLORS, INK, new_figure, to_inline_svg
from snippets.running_example import LABELS, LOGITS

probs, sigmoids = softmax(LOGITS), sigmoid(LOGITS)
fig, ax = new_figure()
ax.set_axis_off()


def box(x, y, lines, color=INK):
    """Write the lines centred at (x, y), in a rounded frame; return the text."""
    frame = {"boxstyle": "round,pad=0.5", "facecolor": "none", "edgecolor": color}
    text = "\n".join(lines)
    return ax.text(x, y, text, ha="center", va="center", color=INK, bbox=frame)


def arrow(source, target):
    """Draw an arrow from the right edge of one box to the left edge of the next."""
    style = {"arrowstyle": "->", "color": INK, "shrinkA": 9, "shrinkB": 9}
    ends = {"xycoords": target, "xytext": (1, 0.5), "textcoords": source}
    ax.annotate("", (0, 0.5), arrowprops=style, **ends)


def rows(values, digits):
    """Return "label value" for each class, the value rounded to `digits` decimals."""
    return [f"{label} {v:.{digits}f}" for label, v in zip(LABELS, values, strict=True)]


photo = box(0.06, 0.5, ["input", "(a photo)"])
network = box(0.25, 0.5, ["network"])
logits = box(0.45, 0.5, ["logits", *rows(LOGITS, 0)], COLORS["violet"])
soft = box(0.67, 0.78, ["softmax", "(one class)"], COLORS["blue"])
sig = box(0.67, 0.22, ["sigmoid", "(any number)"], COLORS["orange"])
soft_total, sig_total = f"{probs.sum():.3f}", f"{sigmoids.sum():.3f}"
soft_out = box(0.92, 0.78, [*rows(probs, 3), f"sum {soft_total}"], COLORS["blue"])
sig_out = box(0.92, 0.22, [*rows(sigmoids, 3), f"sum {sig_total}"], COLORS["orange"])
links = [(photo, network), (network, logits), (logits, soft), (logits, sig)]
for source, target in [*links, (soft, soft_out), (sig, sig_out)]:
    arrow(source, target)

description = (
    "A diagram of the pipeline: an input goes through the network, which outputs the "
    f"logits {', '.join(rows(LOGITS, 0))}. A softmax turns them into probabilities "
    f"{', '.join(rows(probs, 3))}, which sum to {soft_total}; a sigmoid per class "
    f"turns them into {', '.join(rows(sigmoids, 3))}, which sum to {sig_total}."
)
print(to_inline_svg(fig, name="home-pipeline", description=description))
