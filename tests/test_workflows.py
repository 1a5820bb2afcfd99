"""The GitHub Actions workflows: valid, least-privilege, pinned, and deploying only tested code."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

WORKFLOWS = sorted((Path(__file__).resolve().parents[1] / ".github" / "workflows").glob("*.yml"))
BIN = Path(sys.executable).parent


def _load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_there_are_a_test_and_a_deploy_workflow():
    assert [path.name for path in WORKFLOWS] == ["deploy.yml", "tests.yml"]


def test_workflows_match_github_schema():
    result = subprocess.run(
        [BIN / "check-jsonschema", "--builtin-schema", "vendor.github-workflows", *WORKFLOWS],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_zizmor_finds_no_medium_or_high_risk():
    result = subprocess.run(
        [BIN / "zizmor", "--offline", "--min-severity", "medium", *WORKFLOWS],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_action_is_pinned_to_a_full_commit_sha(path):
    uses = re.findall(r"^\s*(?:-\s*)?uses:\s*(\S+)(.*)$", path.read_text(), re.MULTILINE)
    assert uses
    for action, comment in uses:
        if action.startswith("./"):  # this repository's own reusable workflow
            continue
        assert re.fullmatch(r"[\w.-]+/[\w.-]+(?:/[\w./-]+)?@[0-9a-f]{40}", action), action
        assert re.search(r"#\s*v\d", comment), f"{action}: say which version the SHA is"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_permissions_start_from_nothing_and_jobs_ask_for_what_they_need(path):
    workflow = _load(path)
    assert workflow["permissions"] == {}
    for name, job in workflow["jobs"].items():
        assert "permissions" in job, f"{name} must state its permissions"
        assert "write-all" not in str(job["permissions"])


def test_tests_run_on_pull_requests_and_pushes():
    triggers = _load(Path(WORKFLOWS[1]))[True]  # YAML 1.1 reads the key "on" as True
    assert {"pull_request", "push", "workflow_call"} <= set(triggers)
    steps = _load(WORKFLOWS[1])["jobs"]["test"]["steps"]
    assert steps[-1]["run"] == "make test"  # the README's test command, verbatim


def test_deploy_runs_only_on_main_and_only_after_the_tests_pass():
    deploy = _load(WORKFLOWS[0])
    assert deploy[True] == {"push": {"branches": ["main"]}}
    jobs = deploy["jobs"]
    assert jobs["tests"]["uses"] == "./.github/workflows/tests.yml"
    assert jobs["build"]["needs"] == "tests"
    assert jobs["deploy"]["needs"] == "build"
    assert jobs["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    assert "pages" not in jobs["build"]["permissions"]
