"""The command line's exit status, in one place (scripts depend on them; keep them).

* 0 ``OK``: done.
* 1 ``FAILED_FILES``: some files (or CRM rows, or exported copies) failed; the rest were
  done, and each failure is listed.
* 2 ``USAGE``: a usage error, a problem with the library (a full disk, a newer schema),
  or a hub that answered and said no (login refused, no such database, a hub schema newer
  than this app).
* 3 ``UNEXPECTED``: a failure inside Enablement; the log has the details.
* 4 ``OFFLINE``: sync or publish found the hub out of reach (no answer, or the connection
  was lost); nothing is lost, everything waits for the next sync.
* 130 ``INTERRUPTED``: Ctrl-C (or SIGTERM); finished work is kept.
"""

OK = 0
FAILED_FILES = 1
USAGE = 2
UNEXPECTED = 3
OFFLINE = 4
INTERRUPTED = 130
