"""Enablement core: the library, import, taxonomy, tagging and search services.

Nothing here imports Qt; every face (window, command line, tests) uses these services.
"""
