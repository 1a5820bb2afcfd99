"""The snippets of docs/playground.md."""

import html
import json


def test_widget_prints_the_container_with_the_running_example(run_snippet):
    printed, _ = run_snippet("playground/widget.py")
    assert printed == (
        '<div class="softmax-playground" data-softmax-playground data-hash-state'
        ' data-labels="[&quot;dog&quot;, &quot;cat&quot;, &quot;rabbit&quot;]"'
        ' data-logits="[4.0, 2.0, -2.0]" data-temperature="1.0" data-base="e">\n'
        "<noscript><p>The playground needs JavaScript, which is turned off in this browser. "
        "The pages linked above work through the same example without it.</p></noscript>\n"
        "</div>\n"
    )


def test_widget_data_attributes_are_the_running_example_and_softmax_defaults(run_snippet):
    _, namespace = run_snippet("playground/widget.py")
    attributes = namespace["attributes"]
    assert json.loads(attributes["data-labels"]) == ["dog", "cat", "rabbit"]
    assert json.loads(attributes["data-logits"]) == [4.0, 2.0, -2.0]
    assert json.loads(attributes["data-temperature"]) == 1.0
    assert attributes["data-base"] == "e"


def test_widget_escapes_attribute_values(run_snippet):
    # The labels' JSON is quoted for HTML: unescaping the printed attribute gives it back.
    printed, namespace = run_snippet("playground/widget.py")
    escaped = html.escape(namespace["attributes"]["data-labels"], quote=True)
    assert f'data-labels="{escaped}"' in printed
    assert '"dog"' not in printed
