"""``python -m cnnews_clean`` runs the ``clean`` command."""

from .cli import main

raise SystemExit(main())
