"""Benchmarks: scripts that measure and write benchmarks/results/; never run by the tests."""
