"""A real, throwaway PostgreSQL server for the hub tests and the sync benchmark.

``PgServer`` runs ``initdb`` in a temporary folder and starts ``postgres`` on 127.0.0.1
only, on a free port, with durability off (it is thrown away). PostgreSQL refuses to
run as root, so as root the server runs as the ``postgres`` user (made by the Debian
package) or ``nobody``. ``ENABLEMENT_TEST_PG_URL`` points at an existing server
instead.
"""

from __future__ import annotations

import atexit
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

URL_ENV = "ENABLEMENT_TEST_PG_URL"
DATABASE = "hub"


def find_bin_dir() -> Path | None:
    """Where ``initdb`` and ``pg_ctl`` are: $PATH, else the newest Debian install."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                      key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit()
                      else 0)
    for folder in reversed(versions):
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


class PgServer:
    def __init__(self) -> None:
        self.bin_dir = find_bin_dir()
        self.folder: Path | None = None
        self.port = 0
        self.user = ""
        self._as = None

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{DATABASE}"

    def _command(self, *args: str) -> list[str]:
        if self._as is None:
            return list(args)
        if shutil.which("runuser"):
            return ["runuser", "-u", self._as, "--", *args]
        return ["su", self._as, "-s", "/bin/sh", "-c", " ".join(args)]

    def _call(self, *args: str, timeout: float = 120) -> None:
        result = subprocess.run(self._command(*args), capture_output=True, text=True,
                                timeout=timeout, check=False)
        if result.returncode != 0:
            log = ""
            if self.folder is not None and (self.folder / "server.log").exists():
                log = (self.folder / "server.log").read_text(errors="replace")[-2000:]
            raise RuntimeError(f"{' '.join(args[:1])} failed ({result.returncode}):\n"
                               f"{result.stdout}\n{result.stderr}\n{log}")

    def start(self) -> PgServer:
        if self.bin_dir is None:
            raise RuntimeError("PostgreSQL is not installed (no initdb/pg_ctl found)")
        self._as = _run_as()
        self.user = self._as or pwd.getpwuid(os.geteuid()).pw_name
        self.folder = Path(tempfile.mkdtemp(prefix="enablement-pg-"))
        os.chmod(self.folder, 0o755)
        if self._as is not None:
            info = pwd.getpwnam(self._as)
            os.chown(self.folder, info.pw_uid, info.pw_gid)
        data = self.folder / "data"
        self._call(str(self.bin_dir / "initdb"), "-D", str(data), "-U", self.user,
                   "--auth=trust", "--encoding=UTF8", "--no-sync")
        self.port = _free_port()
        options = (f"-c listen_addresses=127.0.0.1 -c port={self.port} "
                   f"-c unix_socket_directories={self.folder} -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=50")
        self._call(str(self.bin_dir / "pg_ctl"), "-D", str(data), "-l",
                   str(self.folder / "server.log"), "-o", options, "-w", "-t", "60", "start")
        atexit.register(self.stop)
        self._wait()
        self._autocommit("postgres", f'CREATE DATABASE "{DATABASE}"')
        return self

    def _wait(self) -> None:
        import psycopg

        deadline = time.monotonic() + 30
        while True:
            try:
                psycopg.connect(host="127.0.0.1", port=self.port, user=self.user,
                                dbname="postgres", connect_timeout=3).close()
                return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)

    def _autocommit(self, dbname: str, sql: str) -> None:
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=self.user,
                             dbname=dbname, autocommit=True) as conn:
            conn.execute(sql)

    def stop(self) -> None:
        folder, self.folder = self.folder, None
        if folder is None:
            return
        if self.bin_dir is not None and (folder / "data" / "postmaster.pid").exists():
            subprocess.run(self._command(str(self.bin_dir / "pg_ctl"), "-D",
                                         str(folder / "data"), "-m", "immediate", "-w",
                                         "stop"), capture_output=True, timeout=60,
                           check=False)
        shutil.rmtree(folder, ignore_errors=True)

    def __enter__(self) -> PgServer:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()


def fresh_database(url: str, name: str) -> str:
    """Create an empty database on the server of ``url``; returns its URL."""
    import psycopg
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    with psycopg.connect(host=parsed.host, port=parsed.port, user=parsed.username,
                         password=parsed.password, dbname=parsed.database,
                         autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return parsed.set(database=name).render_as_string(hide_password=False)
