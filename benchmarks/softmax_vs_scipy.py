"""Time ``snippets.activations.softmax`` against ``scipy.special.softmax`` and check the budgets.

Run from the repository root::

    python -m benchmarks.softmax_vs_scipy           # a minute; writes benchmarks/results/softmax.md
    python -m benchmarks.softmax_vs_scipy --quick   # a few seconds, prints only

Method: both functions get the same input and the same axis (the last), in one process, interleaved,
and every case is timed with new memory and with reused memory (see MEMORY). Each repetition times
ours and scipy's back to back (both on the calling thread), in an order that turns from one
repetition to the next, each over enough calls to last about 2 ms. The runs go in rounds over all
the cases, so that a burst of load from elsewhere hits every case alike. The ratio of a repetition
is our time over scipy's; the table shows the median of those ratios (with their interquartile
range) and the median time per call of each function. Timings on a shared machine are noisy:
interleaving makes both functions see the same noise, and medians drop the outliers.

It is a script, not a test: timings decide nothing in ``make test``.
"""

from __future__ import annotations

import argparse
import datetime
import gc
import json
import os
import platform
import shlex
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import scipy
import scipy.special

from snippets.activations import softmax

RESULTS = Path(__file__).parent / "results" / "softmax.md"

# (case name, shape, budget for time(ours) / time(scipy) in float64, in float32), along the last
# axis. In float32 the exponential is cheap, so the memory our one buffer saves matters less.
CASES = [
    ("3 elements", (3,), 1.0, 1.0),
    ("1,000 elements", (1000,), 1.0, 1.0),
    ("10^6 elements", (10**6,), 0.7, 1.0),
    ("1000 x 1000 batch, last axis", (1000, 1000), 0.7, 1.0),
]
DTYPES = [np.float64, np.float32]

# What the arrays the reference does not allocate are worth depends on where a new array's memory
# comes from, so every case is timed twice. glibc reads these settings (mallopt(3)) when a process
# starts, so each one runs in a process of its own.
MEMORY = {
    # glibc's default threshold, held fixed: an array of 128 KiB or more is mapped afresh from the
    # operating system and handed back when freed, so its pages are zeroed again on every call.
    "new": {"MALLOC_MMAP_THRESHOLD_": "131072"},
    # Freed memory stays in the process and is handed out again, already mapped.
    "reused": {"MALLOC_MMAP_THRESHOLD_": "33554432", "MALLOC_TRIM_THRESHOLD_": "4294967296"},
}


def logits(shape, dtype) -> np.ndarray:
    """The input of a case, ``3 * standard_normal``: the same numbers for both dtypes."""
    return (3 * np.random.default_rng(20240601).standard_normal(shape)).astype(dtype)


def exp_alone(z, axis=-1):
    """The one step that no softmax can skip: a lower bound for both."""
    return np.exp(z)


def time_calls(function, z, calls: int) -> float:
    """Seconds per call, over ``calls`` back-to-back calls along the last axis."""
    start = time.perf_counter()
    for _ in range(calls):
        function(z, axis=-1)
    return (time.perf_counter() - start) / calls


class Case:
    """One input, and the timings collected for it so far."""

    def __init__(self, name, shape, budget, dtype):
        self.name, self.budget = name, budget
        self.dtype = np.dtype(dtype).name
        self.z = logits(shape, dtype)
        self.functions = [softmax, scipy.special.softmax, exp_alone]
        self.times = [[] for _ in self.functions]  # per function, seconds per call
        self.calls = 1

    def check_and_warm_up(self) -> None:
        """Check that both agree, warm up (caches), and size the timing loops."""
        ours, reference = softmax(self.z), scipy.special.softmax(self.z, axis=-1)
        assert ours.dtype == reference.dtype == self.z.dtype
        finfo = np.finfo(self.z.dtype)
        np.testing.assert_allclose(
            ours, reference, rtol=64 * finfo.eps, atol=float(finfo.smallest_normal)
        )
        for function in self.functions * 3:
            function(self.z, axis=-1)
        once = time_calls(scipy.special.softmax, self.z, 1)
        self.calls = max(1, min(2000, round(2e-3 / max(once, 1e-9))))  # about 2 ms per timing

    def run(self, repetitions: int) -> None:
        """Time every function once per repetition, in an order that turns each time."""
        order = list(range(len(self.functions)))
        for _ in range(repetitions):
            order = order[1:] + order[:1]
            for i in order:
                self.times[i].append(time_calls(self.functions[i], self.z, self.calls))

    def ratios(self, which: int = 0) -> np.ndarray:
        """Per repetition: time(ours) / time(scipy), or (``which=2``) time(exp) / time(scipy)."""
        return np.array(self.times[which]) / np.array(self.times[1])


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine() -> list[str]:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    blas = np.show_config(mode="dicts")["Build Dependencies"].get("blas", {})
    openblas = ", ".join(
        f"`{name}={os.environ[name]}`" if name in os.environ else f"`{name}` unset"
        for name in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE", "OPENBLAS_NUM_THREADS")
    )
    return [
        f"CPU {cpu_model()}, {os.cpu_count()} logical cores ({cores} usable by this process); "
        "both softmaxes run on the calling thread.",
        f"Python {platform.python_version()}, NumPy {np.__version__} "
        f"(BLAS: {blas.get('name', '?')} {blas.get('version', '')}), SciPy {scipy.__version__}. "
        f"Environment: {openblas} (softmax calls no BLAS routine; NumPy's own loops do the work).",
    ]


def fmt_time(seconds: float) -> str:
    if seconds < 1e-3:
        return f"{seconds * 1e6:.1f} µs"
    return f"{seconds * 1e3:.2f} ms"


def all_cases() -> list[Case]:
    return [
        Case(name, shape, budget64 if dtype == np.float64 else budget32, dtype)
        for dtype in DTYPES
        for name, shape, budget64, budget32 in CASES
    ]


def one_round(repetitions: int) -> list[list[list[float]]]:
    """In this process, one round over every case: per case and function, seconds per call."""
    cases = all_cases()
    for case in cases:
        case.check_and_warm_up()
    gc.disable()  # as timeit does: no collection in the middle of a timing
    try:
        for case in cases:
            case.run(repetitions)
    finally:
        gc.enable()
    return [case.times for case in cases]


def round_in_a_new_process(memory: str, repetitions: int) -> list[list[list[float]]]:
    command = [sys.executable, "-m", "benchmarks.softmax_vs_scipy"]
    command += ["--round-with-memory", memory, "--repetitions", str(repetitions)]
    env = {**os.environ, **MEMORY[memory]}
    root = Path(__file__).resolve().parents[1]  # where `-m benchmarks.…` resolves
    done = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"a round with {memory} memory failed:\n{done.stderr}")
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5, help="passes over all the cases")
    parser.add_argument("--repetitions", type=int, default=40, help="per case and round")
    parser.add_argument("--quick", action="store_true", help="1 round of 9 repetitions, no file")
    parser.add_argument("--output", type=Path, default=RESULTS)
    # The benchmark's own child process: one round, its timings printed as JSON.
    parser.add_argument("--round-with-memory", choices=MEMORY, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.round_with_memory:
        json.dump(one_round(args.repetitions), sys.stdout)
        return
    if platform.libc_ver()[0] != "glibc":
        sys.exit("The two memory settings are glibc's (mallopt(3)); this C library has neither.")
    rounds, repetitions = (1, 9) if args.quick else (args.rounds, args.repetitions)

    cases = {memory: all_cases() for memory in MEMORY}
    load_before = os.getloadavg()
    started = time.perf_counter()
    for _ in range(rounds):  # rounds, so that a burst of load elsewhere hits every case alike
        for memory, its_cases in cases.items():
            for case, times in zip(
                its_cases, round_in_a_new_process(memory, repetitions), strict=True
            ):
                for kept, new in zip(case.times, times, strict=True):
                    kept.extend(new)
    elapsed = time.perf_counter() - started
    load_after = os.getloadavg()

    rows = []
    # Each case in new memory, then in reused memory.
    for same_input in zip(*cases.values(), strict=True):
        for memory, case in zip(MEMORY, same_input, strict=True):
            ratios = case.ratios()
            ratio = float(np.median(ratios))
            q1, q3 = np.percentile(ratios, [25, 75])
            rows.append(
                [
                    case.name,
                    case.dtype,
                    memory,
                    fmt_time(float(np.median(case.times[0]))),
                    fmt_time(float(np.median(case.times[1]))),
                    f"{ratio:.2f}",
                    f"{q1:.2f}–{q3:.2f}",
                    f"{np.median(case.ratios(2)):.2f}",
                    f"≤ {case.budget:.1f}",
                    "✓" if ratio <= case.budget else "✗",
                ]
            )
    columns = [
        "case",
        "dtype",
        "memory",
        "our median time",
        "scipy median time",
        "ratio",
        "ratio IQR",
        "exp alone",
        "budget",
        "met",
    ]
    widths = [max(len(str(row[k])) for row in [columns, *rows]) for k in range(len(columns))]
    for row in [columns, *rows]:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)))
    print(
        f"{elapsed:.0f} s; load average (1 min) {load_before[0]:.1f} before, "
        f"{load_after[0]:.1f} after"
    )
    if args.quick:
        return

    command = shlex.join(sys.orig_argv)
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# softmax: `snippets.activations` against `scipy.special.softmax`",
        "",
        f"Measured {now} by `{command}` (run from the repository root; {elapsed:.0f} s).",
        "",
        *(f"- {line}" for line in machine()),
        f"- Load average (1 min) {load_before[0]:.1f} before and {load_after[0]:.1f} after the "
        "run: "
        "the machine is shared, so absolute times are noisy.",
        "",
        f"Method: same input, same axis (the last), {rounds} rounds over all the cases with "
        f"{repetitions} repetitions of each case per round, so {rounds * repetitions} per case; "
        "each round runs in a new process for each *memory* setting. *memory* new: glibc's "
        "threshold for mapping an array afresh from the operating system held at its default, "
        "128 KiB (`MALLOC_MMAP_THRESHOLD_=131072`), so every large array's memory is new and "
        "zeroed on every call; reused: the thresholds raised "
        "(`MALLOC_MMAP_THRESHOLD_=33554432 MALLOC_TRIM_THRESHOLD_=4294967296`), so freed memory "
        "stays in the process and is handed out again. A program left to glibc's defaults is "
        "somewhere between: glibc moves the threshold as the program frees memory. A "
        "repetition times each function back to back, in an order that turns from one "
        "repetition to the next, each over enough calls to last about 2 ms. *ratio* is the "
        "**median of the per-repetition ratios** time(ours) / time(scipy), with their "
        "interquartile range; the two times are medians per call. *exp alone* is the same ratio "
        "for `np.exp(z)` by itself, the one step no softmax can skip: neither can be faster. "
        "Budgets are for *ratio*. "
        "Logits: `3 * standard_normal` (seed 20240601).",
        "",
        "| " + " | ".join(columns) + " |",
        "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | :---: |",
        *("| " + " | ".join(row) + " |" for row in rows),
    ]
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
