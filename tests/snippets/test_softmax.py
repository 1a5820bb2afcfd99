"""The snippets of docs/softmax.md."""

import re

import numpy as np


def test_worked_table_prints_exponentials_sum_and_probabilities(run_snippet):
    printed, namespace = run_snippet("softmax/worked_table.py")
    assert printed == (
        "| class | logit *z* | e<sup>*z*</sup> | softmax *p* = e<sup>*z*</sup> / sum |\n"
        "|:--|--:|--:|--:|\n"
        "| dog | 4 | 54.598 | 0.879 |\n"
        "| cat | 2 | 7.389 | 0.119 |\n"
        "| rabbit | -2 | 0.135 | 0.002 |\n"
        "| **sum** | | **62.123** | **1.000** |\n"
        "\n"
        "The network is 87.9% sure the picture shows a dog.\n"
    )
    # The printed table is rounded; the values behind it are the exact softmax.
    np.testing.assert_allclose(namespace["probs"], namespace["exps"] / namespace["total"])


def test_logits_vs_probabilities_prints_one_described_svg(run_snippet):
    printed, _ = run_snippet("softmax/logits_vs_probabilities.py")
    assert printed.startswith('<figure class="svg-figure" id="softmax-logits-vs-probabilities">')
    assert printed.count("<svg") == 1
    title = re.search(r'<title id="softmax-logits-vs-probabilities-title">(.*?)</title>', printed)
    assert title is not None
    assert title.group(1) == (
        "Two bar charts. Left: the logits dog 4, cat 2, rabbit -2. Right: their softmax "
        "probabilities dog 0.879, cat 0.119, rabbit 0.002; dog, whose logit leads by 2, "
        "takes 88% of it."
    )
    # Bar labels are drawn as text, so the figure's numbers match the table's.
    for value in ("0.879", "0.119", "0.002"):
        assert f">{value}</text>" in printed
