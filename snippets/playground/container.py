"""The HTML container that docs/javascripts/softmax-playground.js builds a playground in.

Its start and reset state (classes, logits, temperature, base) default to the running example
and to softmax's own defaults, read here, so every playground starts where the pages do.
"""

import html
import inspect
import json
import math

from snippets.activations import softmax
from snippets.running_example import LABELS, LOGITS

_KNOBS = inspect.signature(softmax).parameters
NO_SCRIPT = (
    "<noscript><p>This playground needs JavaScript, which is turned off in this browser. "
    "The tables on this site work through the same example without it.</p></noscript>"
)


def _base_text(base: float) -> str:
    """The base as the widget's menu spells it: "e" for Euler's number, "2" rather than "2.0"."""
    if base == math.e:
        return "e"
    return str(int(base)) if float(base).is_integer() else json.dumps(base, allow_nan=False)


def playground_container(
    *,
    keep_state_in_hash: bool,
    temperature: float = _KNOBS["temperature"].default,
    base: float = _KNOBS["base"].default,
) -> str:
    """The ``<div>`` a playground mounts in; only one per page should keep its state in the hash."""
    attributes = {
        "class": "softmax-playground",
        "data-softmax-playground": "",
        "data-labels": json.dumps(list(LABELS)),
        "data-logits": json.dumps(LOGITS.tolist(), allow_nan=False),
        "data-temperature": json.dumps(temperature, allow_nan=False),
        "data-base": _base_text(base),
    }
    if keep_state_in_hash:
        attributes["data-hash-state"] = ""
    opening = " ".join(
        name if value == "" else f'{name}="{html.escape(value, quote=True)}"'
        for name, value in attributes.items()
    )
    return f"<div {opening}>\n{NO_SCRIPT}\n</div>"
