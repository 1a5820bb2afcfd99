"""The reliability diagram that both figures of the calibration page draw."""

import numpy as np

from snippets.calibration.metrics import BINS, reliability_bins
from snippets.figures import COLORS, INK


def draw_reliability(ax, probs, labels, bins=BINS):
    """Draw one bar per non-empty bin (its accuracy) over the diagonal; return the bins' rows.

    A calibrated model's bars reach the diagonal, where accuracy equals confidence; a bar
    below it is a bin of overconfident answers. A dot marks each bin's mean confidence.
    """
    rows = reliability_bins(probs, labels, bins)
    low, high, _, confidence, accuracy = (np.array(column) for column in zip(*rows, strict=True))
    ax.bar(
        low,
        accuracy,
        width=high - low,
        align="edge",
        color=COLORS["blue"],
        alpha=0.75,
        edgecolor=INK,
        linewidth=0.6,
        label="accuracy of the bin",
    )
    ax.plot(confidence, confidence, "o", color=COLORS["orange"], label="mean confidence")
    ax.plot([0, 1], [0, 1], color=INK, linewidth=0.8, linestyle="--", label="calibrated")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_xlabel("confidence (largest probability)")
    ax.set_ylabel("accuracy")
    ax.legend(loc="upper left")
    return rows


def describe_bins(rows):
    """The bins in words, for a figure's text alternative."""
    return "; ".join(
        f"({low:.1f}, {high:.1f}]: {count} images, confidence {conf:.3f}, accuracy {acc:.3f}"
        for low, high, count, conf, acc in rows
    )
