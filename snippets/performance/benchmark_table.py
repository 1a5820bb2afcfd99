# The committed softmax benchmark, shown as it was measured: the build never times anything.
import re

from snippets.performance.results import read_results

results = read_results()
# The page says what "exp alone" is; the rest of the method is the file's own words.
sentences = re.split(r"(?<=\.) ", results.method)
method = " ".join(sentence for sentence in sentences if "*exp alone*" not in sentence)
print(f"### {results.title}\n")
print(
    f"Measured {results.measured}. Machine: {results.machine}; {results.versions}. {results.load}\n"
)
print(f"{method}\n")
# A compact table, so that every column fits the page without scrolling sideways.
print('<div class="benchmark-table" markdown="1">\n')
print(results.table)
print("\n</div>\n")
