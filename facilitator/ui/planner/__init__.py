"""The planner: plan a session in a window (agenda, exercises, slides, platforms, templates)."""
