# The drawn frequencies next to the softmax, token by token, at three temperatures.
import numpy as np

from snippets.activations import softmax
from snippets.figures import COLORS, INK, new_figure, to_inline_svg
from snippets.sampling.decoding import sample
from snippets.sampling.next_token import DRAWS, NEXT_LOGITS, SEED, TOKENS

rng = np.random.default_rng(SEED)  # the same seed, so the same draws as the table above
temperatures = [0.5, 1.0, 2.0]
positions = np.arange(len(TOKENS))
width = 0.27
fig, ax = new_figure()
frequencies, gaps = {}, []
for offset, t, color in zip((-width, 0, width), temperatures, COLORS.values(), strict=False):
    p = softmax(NEXT_LOGITS, temperature=t)
    frequencies[t] = np.bincount(sample(p, DRAWS, rng), minlength=len(TOKENS)) / DRAWS
    ax.bar(positions + offset, frequencies[t], width=width, color=color, label=f"drawn, T = {t:g}")
    ax.scatter(positions + offset, p, marker="_", s=120, color=INK, zorder=3)
    gaps.append(np.abs(frequencies[t] - p).max())
ax.scatter([], [], marker="_", s=120, color=INK, label="softmax")  # one legend entry for all
ax.set_xticks(positions, labels=[f'"{token}"' for token in TOKENS])
ax.set_ylabel(f"frequency in {DRAWS:,} draws")
ax.set_ylim(0, 1)
ax.legend(loc="upper right")


def listed(t):
    return ", ".join(f'"{tok}" {f:.3f}' for tok, f in zip(TOKENS, frequencies[t], strict=True))


description = (
    f"Bar chart of the frequency of each of {len(TOKENS)} tokens in {DRAWS:,} seeded draws at "
    f"the temperatures {', '.join(f'{t:g}' for t in temperatures)}, each bar topped by a tick at "
    "its softmax probability, which it meets. "
    + " ".join(f"T = {t:g}: {listed(t)}." for t in temperatures)
)
print(to_inline_svg(fig, name="sampling-frequencies", description=description))
