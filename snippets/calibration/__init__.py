"""Snippets shown on the page docs/calibration.md, in page order."""
