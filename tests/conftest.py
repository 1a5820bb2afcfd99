"""Fixtures shared by the whole suite."""

import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from filelock import FileLock

from tests.site_harness import ROOT, build_site

BROWSER_TESTS = Path(__file__).resolve().parent / "browser"


def pytest_collection_modifyitems(items):
    """Every browser test is part of the full gate only (`make test`), never of `make check`.

    Tests of the built site come first: xdist hands each worker a contiguous share, so one worker
    starts the build (the longest step) at once while the other runs the unit tests.
    """
    for item in items:
        if item.path.is_relative_to(BROWSER_TESTS):
            item.add_marker(pytest.mark.full)
    items.sort(key=lambda item: "site_build" not in item.fixturenames)


@dataclass(frozen=True)
class SiteBuild:
    """One strict build of the real project: where it went, how it ended, what it tried."""

    site: Path
    returncode: int
    stderr: str
    network_log: Path


@pytest.fixture(scope="session")
def site_build(tmp_path_factory, worker_id) -> SiteBuild:
    """The site, built once per test run, however many pytest-xdist workers share it.

    The first worker to get here builds it; the others wait on the lock and read the result.
    Tests only read the built site, never change it.
    """
    own = tmp_path_factory.getbasetemp()
    shared = own if worker_id == "master" else own.parent  # the run's folder, common to workers
    out = shared / "shared-site-build"
    with FileLock(str(shared / "shared-site-build.lock")):
        if not (out / "result.json").exists():
            out.mkdir(exist_ok=True)
            result = build_site(ROOT, out / "site", out / "network.log")
            outcome = {"returncode": result.returncode, "stderr": result.stderr}
            (out / "result.json").write_text(json.dumps(outcome), encoding="utf-8")
    outcome = json.loads((out / "result.json").read_text(encoding="utf-8"))
    return SiteBuild(out / "site", outcome["returncode"], outcome["stderr"], out / "network.log")
