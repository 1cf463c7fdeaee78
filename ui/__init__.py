"""The PySide6 window: a thin skin over the core services (built in a later issue)."""
