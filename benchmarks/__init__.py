"""Runnable speed and size measurements of Outreach against the physical floor (`python -m benchmarks`).

Each measurement returns one or more `Line`s: what was measured, the result, the goal printed beside
it, and whether the goal was met (None when the feature is not available yet or has no goal).
"""
