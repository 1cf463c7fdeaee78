"""Developer and CI helpers run by the Makefile and .ci/run (standard library only)."""
