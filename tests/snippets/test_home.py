"""The snippets of docs/index.md."""

# The snapshots hold the page's output verbatim; its lines may be longer than 100.
# ruff: noqa: E501

import re

import numpy as np
from inline_snapshot import snapshot


def test_running_example_table_lists_the_three_logits(run_snippet):
    printed, _ = run_snippet("home/running_example_table.py")
    assert printed == snapshot("""\
| class | logit |
|:--|--:|
| dog | 4 |
| cat | 2 |
| rabbit | -2 |
""")


def test_pipeline_prints_one_described_svg(run_figure):
    # Multi-line box text becomes one <text> per line, so each number can be checked.
    printed, namespace = run_figure(
        "home/pipeline.py",
        "home-pipeline",
        description=snapshot(
            "A diagram of the pipeline: an input goes through the network, which outputs the logits dog 4, cat 2, rabbit -2. A softmax turns them into probabilities dog 0.879, cat 0.119, rabbit 0.002, which sum to 1.000; a sigmoid per class turns them into dog 0.982, cat 0.881, rabbit 0.119, which sum to 1.982."
        ),
        labels=("network", "rabbit -2", "dog 0.879", "sum 1.000", "dog 0.982", "sum 1.982"),
    )
    # run_figure checked that every text is in currentColor; count the box lines.
    texts = re.findall(r"<text [^>]*>", printed)
    assert len(texts) == 2 + 1 + 4 + 2 + 2 + 4 + 4  # the lines of the seven boxes
    assert namespace["soft_total"] == "1.000"


def test_running_example_probabilities_table(run_snippet):
    printed, namespace = run_snippet("home/running_example_probabilities.py")
    assert printed == snapshot("""\
| class | logit *z* | softmax | sigmoid |
|:--|--:|--:|--:|
| dog | 4 | 0.879 | 0.982 |
| cat | 2 | 0.119 | 0.881 |
| rabbit | -2 | 0.002 | 0.119 |
| **sum** | | **1.000** | **1.982** |

The softmax shares one unit of probability among the classes and gives 87.9% to dog. The sigmoids answer separate questions, so they add up to 1.982.
""")
    logits = np.array([4.0, 2.0, -2.0])
    np.testing.assert_allclose(namespace["probs"], np.exp(logits) / np.exp(logits).sum())
    np.testing.assert_allclose(namespace["sigmoids"], 1 / (1 + np.exp(-logits)))
