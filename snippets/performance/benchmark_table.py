# The committed softmax benchmark, shown as it was measured: the build never times anything.
from pathlib import Path

import snippets

RESULTS = Path(snippets.__file__).resolve().parents[1] / "benchmarks" / "results"

text = (RESULTS / "softmax.md").read_text(encoding="utf-8").strip()
prose, table = text.split("\n|", 1)
# The file's title becomes a heading under the page's "Measured" section.
print(prose.replace("# ", "### ", 1))
# A compact table, so that every column fits the page without scrolling sideways.
print('<div class="benchmark-table" markdown="1">\n')
print("|" + table)
print("\n</div>\n")
