"""A real, throwaway PostgreSQL server for the hub tests and the sync benchmark.

``PgServer`` runs ``initdb`` in a temporary folder and starts ``postgres`` on 127.0.0.1
only, on a free port, with durability off (it is thrown away). PostgreSQL refuses to
run as root, so as root the server runs as the ``postgres`` user (made by the Debian
package) or ``nobody``. ``ENABLEMENT_TEST_PG_URL`` points at an existing server
instead: then nothing is started or stopped.

    with PgServer() as server:
        url = fresh_database(server.url, "hub_1")   # an empty database of its own
"""

from __future__ import annotations

import atexit
import glob
import os
import pwd
import shlex
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

URL_ENV = "ENABLEMENT_TEST_PG_URL"
DATABASE = "hub"
START_ATTEMPTS = 3  # a free port can be taken by someone else before the server binds it


def find_bin_dir() -> Path | None:
    """Where ``initdb`` and ``pg_ctl`` are: $PATH, else the newest Debian install.
    Symlinks are followed, to the folder that also holds ``postgres``."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent

    def version(folder: str) -> float:
        name = Path(folder).parent.name
        try:
            return float(name)
        except ValueError:
            return 0.0

    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=version, reverse=True):
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _run_as() -> str | None:
    """The user to run the server as, or None to run as ourselves."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError("running as root, and there is no 'postgres' or 'nobody' user to "
                       "run PostgreSQL as")


def _chown_tree(folder: Path, user: str) -> None:
    info = pwd.getpwnam(user)
    for root, dirs, files in os.walk(folder):
        for name in [*dirs, *files]:
            os.lchown(os.path.join(root, name), info.pw_uid, info.pw_gid)
    os.chown(folder, info.pw_uid, info.pw_gid)


class PgServer:
    """Start with ``start()`` (or ``with``); ``stop()`` is safe twice and runs at exit."""

    def __init__(self) -> None:
        self.bin_dir = find_bin_dir()
        self.external_url = os.environ.get(URL_ENV) or None
        self.folder: Path | None = None
        self.port = 0
        self.user = ""
        self._as: str | None = None

    @property
    def url(self) -> str:
        """SQLAlchemy URL of the ``hub`` database (or of ENABLEMENT_TEST_PG_URL)."""
        if self.external_url:
            return self.external_url
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{DATABASE}"

    def _command(self, *args: str) -> list[str]:
        if self._as is None:
            return list(args)
        if shutil.which("runuser"):
            return ["runuser", "-u", self._as, "--", *args]
        if shutil.which("setpriv"):
            info = pwd.getpwnam(self._as)
            return ["setpriv", f"--reuid={info.pw_uid}", f"--regid={info.pw_gid}",
                    "--init-groups", "--", *args]
        return ["su", self._as, "-s", "/bin/sh", "-c", shlex.join(args)]

    def _log_tail(self) -> str:
        log = self.folder / "server.log" if self.folder else None
        if log is None or not log.exists():
            return ""
        return "\n--- server.log (end) ---\n" + log.read_text(errors="replace")[-3000:]

    def _call(self, *args: str, timeout: float = 120) -> None:
        result = subprocess.run(self._command(*args), capture_output=True, text=True,
                                timeout=timeout, check=False)
        if result.returncode != 0:
            raise RuntimeError(f"{Path(args[0]).name} failed (exit {result.returncode}): "
                               f"{shlex.join(self._command(*args))}\n"
                               f"{result.stdout}{result.stderr}{self._log_tail()}")

    def start(self) -> PgServer:
        if self.external_url or self.folder is not None:
            return self
        if self.bin_dir is None:
            raise RuntimeError("PostgreSQL is not installed (no initdb/pg_ctl on $PATH or in "
                               "/usr/lib/postgresql/*/bin): apt-get install postgresql")
        self._as = _run_as()
        self.user = self._as or pwd.getpwuid(os.geteuid()).pw_name
        self.folder = Path(tempfile.mkdtemp(prefix="enablement-pg-"))
        atexit.register(self.stop)  # from here on, a failure or a crash cleans up
        try:
            os.chmod(self.folder, 0o755)
            if self._as is not None:
                _chown_tree(self.folder, self._as)
            data = self.folder / "data"
            self._call(str(self.bin_dir / "initdb"), "-D", str(data), "-U", self.user,
                       "--auth=trust", "--encoding=UTF8", "--no-sync", "--no-instructions")
            for attempt in range(1, START_ATTEMPTS + 1):
                self.port = _free_port()
                try:
                    self._pg_ctl_start()
                    break
                except RuntimeError:
                    if attempt == START_ATTEMPTS or "could not bind" not in self._log_tail():
                        raise
            self._wait()
            self._autocommit("postgres", f'CREATE DATABASE "{DATABASE}"')
        except BaseException:
            self.stop()
            raise
        return self

    def _pg_ctl_start(self) -> None:
        options = (f"-c listen_addresses=127.0.0.1 -c port={self.port} "
                   f"-c unix_socket_directories={self.folder} -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off "
                   "-c max_connections=50")
        self._call(str(self.bin_dir / "pg_ctl"), "-D", str(self.folder / "data"), "-l",
                   str(self.folder / "server.log"), "-o", options, "-w", "-t", "60", "start")

    def _own(self) -> Path:
        """The data folder of a server this object started (not ENABLEMENT_TEST_PG_URL's)."""
        if self.external_url or self.folder is None:
            raise RuntimeError("only a server started by PgServer can be stopped, restarted "
                               "or reconfigured by a test")
        return self.folder / "data"

    def pause(self) -> None:
        """Stop the server as an outage would (sessions ended), keeping its data."""
        self._call(str(self.bin_dir / "pg_ctl"), "-D", str(self._own()), "-m", "fast", "-w",
                   "-t", "30", "stop")

    def resume(self) -> None:
        """Start a paused server again, on the same port, with the same data."""
        self._own()
        self._pg_ctl_start()
        self._wait()

    def require_passwords(self) -> None:
        """Logins other than the test's own superuser need a password (SCRAM), as on a
        real hub; the superuser keeps trust, so set-up code goes on working."""
        hba = self._own() / "pg_hba.conf"
        hba.write_text("local all all trust\n"
                       f"host all {self.user} 127.0.0.1/32 trust\n"
                       "host all all 127.0.0.1/32 scram-sha-256\n", encoding="utf-8")
        self._autocommit("postgres", "SELECT pg_reload_conf()")

    def execute(self, sql: str, dbname: str = "postgres") -> None:
        """Run one statement as the superuser, outside a transaction (CREATE ROLE...)."""
        self._autocommit(dbname, sql)

    def _connect(self, dbname: str, **kwargs: object):
        import psycopg

        return psycopg.connect(host="127.0.0.1", port=self.port, user=self.user,
                               dbname=dbname, **kwargs)

    def _wait(self, seconds: float = 30) -> None:
        import psycopg

        deadline = time.monotonic() + seconds
        while True:
            try:
                self._connect("postgres", connect_timeout=3).close()
                return
            except psycopg.OperationalError as error:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"PostgreSQL on 127.0.0.1:{self.port} did not accept "
                                       f"connections within {seconds:.0f} s: {error}"
                                       f"{self._log_tail()}") from error
                time.sleep(0.1)

    def _autocommit(self, dbname: str, sql: str) -> None:
        with self._connect(dbname, autocommit=True) as conn:
            conn.execute(sql)

    def stop(self) -> None:
        folder, self.folder = self.folder, None
        if folder is None:
            return
        atexit.unregister(self.stop)
        data = folder / "data"
        if self.bin_dir is not None and (data / "postmaster.pid").exists():
            for mode in ("fast", "immediate"):  # fast ends sessions; immediate if it hangs
                try:
                    done = subprocess.run(self._command(str(self.bin_dir / "pg_ctl"), "-D",
                                                        str(data), "-m", mode, "-w", "-t",
                                                        "30", "stop"),
                                          capture_output=True, timeout=40, check=False)
                except subprocess.TimeoutExpired:
                    continue
                if done.returncode == 0:
                    break
        shutil.rmtree(folder, ignore_errors=True)

    def __enter__(self) -> PgServer:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()


def _connect_to(url: str, **kwargs: object):
    import psycopg
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    params = {"host": parsed.host, "port": parsed.port, "user": parsed.username,
              "password": parsed.password, "dbname": parsed.database}
    return psycopg.connect(**{k: v for k, v in params.items() if v is not None}, **kwargs)


def fresh_database(url: str, name: str) -> str:
    """Create an empty database ``name`` on the server of ``url``; returns its URL."""
    from psycopg import sql
    from sqlalchemy.engine import make_url

    with _connect_to(url, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return make_url(url).set(database=name).render_as_string(hide_password=False)


def drop_database(url: str, name: str) -> None:
    """Drop database ``name`` (made by ``fresh_database``) on the server of ``url``,
    ending any sessions still open in it."""
    from psycopg import sql

    with _connect_to(url, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
            sql.Identifier(name)))
