"""Snippets shown on the page docs/sampling.md, in page order."""
