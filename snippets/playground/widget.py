# The playground's container: docs/javascripts/softmax-playground.js builds the widget inside it.
# Its default and reset state (classes, logits, temperature, base) are the running example and
# softmax's own defaults, read here, so the playground starts where every other page does.
import html
import inspect
import json
import math

from snippets.activations import softmax
from snippets.running_example import LABELS, LOGITS

knobs = inspect.signature(softmax).parameters
temperature = knobs["temperature"].default
base = knobs["base"].default

attributes = {
    "class": "softmax-playground",
    "data-softmax-playground": "",
    "data-hash-state": "",  # this page's widget, and only it, keeps its state in the URL hash
    "data-labels": json.dumps(list(LABELS)),
    "data-logits": json.dumps(LOGITS.tolist(), allow_nan=False),
    "data-temperature": json.dumps(temperature, allow_nan=False),
    # The widget spells Euler's number "e", as the page and the URL hash do.
    "data-base": "e" if base == math.e else json.dumps(base, allow_nan=False),
}
opening = " ".join(
    name if value == "" else f'{name}="{html.escape(value, quote=True)}"'
    for name, value in attributes.items()
)

print(f"<div {opening}>")
print(
    "<noscript><p>The playground needs JavaScript, which is turned off in this browser. "
    "The pages linked above work through the same example without it.</p></noscript>"
)
print("</div>")
