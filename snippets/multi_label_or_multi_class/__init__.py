"""Snippets of the page docs/multi-label-or-multi-class.md, in the order they appear."""
