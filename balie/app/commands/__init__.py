"""One module per ``balie`` subcommand (see :mod:`balie.cli`). Part of the composition root."""
