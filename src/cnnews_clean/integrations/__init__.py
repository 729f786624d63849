"""Optional integrations with distributed engines (installed with extras)."""
