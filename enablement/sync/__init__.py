"""Sync with a team hub: events pushed, the catalog pulled (see hub.py, push.py, pull.py)."""
