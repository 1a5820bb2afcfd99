# On two measurements, each pair of species is split by a straight line: where their logits tie.
import numpy as np

from snippets.figures import COLORS, INK, new_figure, to_inline_svg
from snippets.softmax_regression.iris import CLASS, MEASUREMENTS, ONE_HOT, SPECIES, standardise
from snippets.softmax_regression.model import descend, logits

petals = MEASUREMENTS[:, 2:]  # petal length and width, in cm
mean, spread = petals.mean(axis=0), petals.std(axis=0)
W, b = descend(standardise(petals), ONE_HOT)[-1]
accuracy = np.mean(logits(W, b, standardise(petals)).argmax(axis=1) == CLASS)

# The same logits in cm: z = W (x - mean) / spread + b = W_cm x + b_cm, still linear in x.
W_cm = W / spread
b_cm = b - W_cm @ mean


def keep_side(polygon, normal, offset):
    """The part of a convex polygon where normal . x + offset >= 0: clip it along a line."""
    kept = []
    for p, q in zip(polygon, np.roll(polygon, -1, axis=0), strict=True):
        side_p, side_q = normal @ p + offset, normal @ q + offset
        if side_p >= 0:
            kept.append(p)
        if side_p * side_q < 0:  # the edge crosses the line: keep the crossing point
            kept.append(p + side_p / (side_p - side_q) * (q - p))
    return np.array(kept)


fig, ax = new_figure()
length, width = (0.5, 7.5), (0.0, 2.8)  # the plotted range, in cm
box = np.array([[length[i], width[j]] for i, j in ((0, 0), (1, 0), (1, 1), (0, 1))])
colors = list(COLORS.values())[:3]
lines = []
for i in range(len(SPECIES)):
    region = box  # where class i wins: where z_i >= z_j for every other j, a convex polygon
    for j in range(len(SPECIES)):
        if j != i:
            region = keep_side(region, W_cm[i] - W_cm[j], b_cm[i] - b_cm[j])
    ax.fill(*region.T, color=colors[i], alpha=0.15, linewidth=0)
    for j in range(i + 1, len(SPECIES)):  # the boundary of i and j, where z_i = z_j: a line
        dw, db = W_cm[i] - W_cm[j], b_cm[i] - b_cm[j]
        on_line = region[np.abs(region @ dw + db) < 1e-9]  # the corners of i's region on it
        if len(on_line) == 2:
            ax.plot(*on_line.T, color=INK, linewidth=1.2)
            lines.append((SPECIES[i], SPECIES[j], -dw[0] / dw[1], -db / dw[1]))

for k, (species, marker) in enumerate(zip(SPECIES, "os^", strict=True)):
    flowers = petals[ONE_HOT[:, k] == 1]
    ax.scatter(*flowers.T, s=14, marker=marker, color=colors[k], label=species, edgecolors="none")
ax.set_xlim(*length)
ax.set_ylim(*width)
ax.set_xlabel("petal length (cm)")
ax.set_ylabel("petal width (cm)")
ax.legend(loc="lower right", frameon=False, labelcolor=INK)

splits = "; ".join(
    f"{a} from {c} where petal width is {intercept:.2f} {'minus' if slope < 0 else 'plus'} "
    f"{abs(slope):.2f} times petal length"
    for a, c, slope, intercept in lines
)
description = (
    f"A scatter plot of the {len(CLASS)} iris flowers by petal length and petal width, in cm, "
    f"each species with its own marker and shaded region. Softmax regression on these two "
    f"measurements classifies {accuracy:.1%} of them correctly, and its regions are split by "
    f"straight lines: {splits}."
)
print(to_inline_svg(fig, name="softmax-regression-decision-boundaries", description=description))
