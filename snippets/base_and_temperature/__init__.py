"""Snippets shown on the page docs/base-and-temperature.md, in page order."""
