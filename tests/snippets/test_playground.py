"""The snippets of docs/playground.md, and the container every embedded playground uses."""

import html
import json
import re

import pytest

from snippets.playground.container import NO_SCRIPT, playground_container


def _attributes(printed: str) -> dict[str, str]:
    opening = re.match(r"<div ([^>]*)>", printed)
    assert opening is not None
    found = re.findall(r'([\w-]+)(?:="([^"]*)")?', opening.group(1))
    return {name: html.unescape(value) for name, value in found}


def test_widget_prints_the_container_with_the_running_example(run_snippet):
    printed, _ = run_snippet("playground/widget.py")
    assert printed == (
        '<div class="softmax-playground" data-softmax-playground'
        ' data-labels="[&quot;dog&quot;, &quot;cat&quot;, &quot;rabbit&quot;]"'
        ' data-logits="[4.0, 2.0, -2.0]" data-temperature="1.0" data-base="e" data-hash-state>\n'
        f"{NO_SCRIPT}\n"
        "</div>\n"
    )


def test_widget_data_attributes_are_the_running_example_and_softmax_defaults(run_snippet):
    printed, _ = run_snippet("playground/widget.py")
    attributes = _attributes(printed)
    assert json.loads(attributes["data-labels"]) == ["dog", "cat", "rabbit"]
    assert json.loads(attributes["data-logits"]) == [4.0, 2.0, -2.0]
    assert json.loads(attributes["data-temperature"]) == 1.0
    assert attributes["data-base"] == "e"
    assert "data-hash-state" in attributes


@pytest.mark.parametrize(
    ("snippet", "base"),
    [("softmax/playground.py", "e"), ("base_and_temperature/playground.py", "2")],
)
def test_embedded_playgrounds_leave_the_url_hash_alone(run_snippet, snippet, base):
    printed, _ = run_snippet(snippet)
    attributes = _attributes(printed)
    assert "data-hash-state" not in attributes
    assert attributes["data-base"] == base
    assert json.loads(attributes["data-logits"]) == [4.0, 2.0, -2.0]


def test_container_escapes_attribute_values():
    printed = playground_container(keep_state_in_hash=False)
    assert 'data-labels="[&quot;dog&quot;, &quot;cat&quot;, &quot;rabbit&quot;]"' in printed
    assert '"dog"' not in printed


def test_container_refuses_a_temperature_that_json_cannot_carry():
    with pytest.raises(ValueError, match="Out of range float values"):
        playground_container(keep_state_in_hash=False, temperature=float("nan"))


@pytest.mark.parametrize(("base", "text"), [(2.0, "2"), (10, "10"), (0.5, "0.5")])
def test_container_spells_the_base_as_the_menu_does(base, text):
    printed = playground_container(keep_state_in_hash=False, base=base)
    assert f'data-base="{text}"' in printed
