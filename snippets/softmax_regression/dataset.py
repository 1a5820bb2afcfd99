# The iris flowers: how many of each species, and their mean measurements.
from snippets.markdown_table import markdown_table  # markdown-exec: hide
from snippets.softmax_regression.iris import FEATURES, MEASUREMENTS, ONE_HOT, SPECIES

rows = []  # markdown-exec: hide
for k, species in enumerate(SPECIES):
    flowers = MEASUREMENTS[ONE_HOT[:, k] == 1]
    means = flowers.mean(axis=0)
    rows.append((species, len(flowers), *(f"{m:.2f}" for m in means)))  # markdown-exec: hide
heads = ["species", "flowers", *(f"mean {name}, cm" for name in FEATURES)]  # markdown-exec: hide
print(markdown_table(heads, rows, "lrrrrr"))  # markdown-exec: hide

n, d = MEASUREMENTS.shape
print(f"\n{n} flowers, {d} measurements each, {len(SPECIES)} species: *h* has {d} entries.")
