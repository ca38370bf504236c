"""Screenshot tools: every screen state rendered to PNG offscreen, for reviewing the look without a
display (``python -m balie.app.screenshots --out DIR``). They script a training counter through the
composition root's public names, the way a cashier would reach each state."""
