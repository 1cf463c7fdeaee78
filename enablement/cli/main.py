"""The headless command line: the same services the window uses, as subcommands.

Each group of commands (enablement/cli/content.py, finding.py, feedback.py, roi.py,
sync.py, review.py) adds its parsers and names the function that runs each; this module
reads the command line, opens the library and runs it. Exit codes: enablement/cli/exit_codes.py.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from enablement import paths
from enablement.cli import content, exit_codes, feedback, finding, review, roi, sync
from enablement.errors import UserError

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED_FILES, EXIT_USAGE, EXIT_INTERRUPTED = (
    exit_codes.OK, exit_codes.FAILED_FILES, exit_codes.USAGE, exit_codes.INTERRUPTED)
GROUPS = (content, finding, feedback, roi, sync, review)
# The order --help and "invalid choice" list the commands in: the one users have always
# seen (it predates the groups), so scripts and habits that read it see no change; new
# commands join at the end.
COMMAND_ORDER = ("import", "search", "assets", "tag", "reindex", "taxonomy", "demo", "rate",
                 "log", "request", "report", "deals", "info", "hub", "sync", "publish", "roi",
                 "retire", "prepare", "export", "review")

# Opens the window: given by main.py, so the core never imports the UI (None: headless).
WindowOpener = Callable[[Path | None, Path | None], int]


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--library", type=Path, default=argparse.SUPPRESS, metavar="DIR",
        help="library folder (default: $ENABLEMENT_LIBRARY or the user data folder)",
    )
    common.add_argument("--verbose", action="store_true", default=argparse.SUPPRESS,
                        help="log debug detail to the log file")
    who = argparse.ArgumentParser(add_help=False)
    who.add_argument("--as", dest="user", metavar="NAME",
                     help="who you are (default: $ENABLEMENT_USER, then your login name)")
    parser = argparse.ArgumentParser(
        prog="main.py", parents=[common],
        description="Enablement: an offline sales-enablement content library.",
        epilog="Run without a command to open the window (the demo is imported on first "
               "run); 'info' says the same without a window.",
    )
    parser.add_argument("--no-demo-history", action="store_true",
                        help="window, first run: import the demo without its generated "
                             "history of reps, deals, ratings and searches")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in GROUPS:
        group.add_commands(commands, common, who)
    _list_in_order(commands, COMMAND_ORDER)
    return parser


def _list_in_order(commands: argparse._SubParsersAction, order: Sequence[str]) -> None:
    """Put the commands the groups added in ``order`` (every one must be named there).
    argparse lists them as they were added, from ``choices`` (its public name map) and the
    help entries it keeps beside it."""
    if set(commands.choices) != set(order):
        raise AssertionError(f"COMMAND_ORDER lacks or has extra commands: "
                             f"{sorted(set(commands.choices) ^ set(order))}")
    parsers = dict(commands.choices)
    commands.choices.clear()
    commands.choices.update((name, parsers[name]) for name in order)
    position = {name: at for at, name in enumerate(order)}
    commands._choices_actions.sort(key=lambda entry: position[entry.dest])


def main(
    argv: Sequence[str] | None = None,
    out: TextIO | None = None,
    open_window: WindowOpener | None = None,
) -> int:
    out = out or sys.stdout
    parser = build_parser()
    args = parser.parse_args(argv)
    library_dir = getattr(args, "library", None) or paths.default_library_dir()
    from enablement.logs import setup_logging

    try:
        log_path = setup_logging(paths.log_dir(), getattr(args, "verbose", False))
    except OSError:
        log_path = None
    if args.command is None and open_window is not None:
        if args.no_demo_history:
            os.environ[paths.NO_DEMO_HISTORY_ENV] = "1"
        return open_window(getattr(args, "library", None), log_path)
    try:
        return _dispatch(args, library_dir, out)
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("\nInterrupted.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader (head, less) stopped reading: not a failure
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:
        from enablement.api import full_disk_message, is_disk_full

        if is_disk_full(exc, library_dir):
            log.warning("Not saved: the disk is full (%s)", exc)
            print(f"error: not saved: {full_disk_message(library_dir)}.", file=sys.stderr)
            return EXIT_USAGE
        log.exception("Unexpected failure")
        where = f"; details are in {log_path}" if log_path else ""
        print(f"error: something went wrong inside Enablement{where}", file=sys.stderr)
        return exit_codes.UNEXPECTED


def _dispatch(args: argparse.Namespace, library_dir: Path, out: TextIO) -> int:
    from enablement.library import Library

    with Library.open(library_dir) as library:
        if args.command is None:
            return content.overview(library, out)
        return args.run(args, library, out)


def install_sigterm_handler() -> None:
    """Turn SIGTERM into KeyboardInterrupt so a killed import still commits its batch."""
    import signal

    if threading.current_thread() is threading.main_thread():
        def _raise(_signum: int, _frame: object) -> None:
            raise KeyboardInterrupt

        signal.signal(signal.SIGTERM, _raise)


__all__ = ["build_parser", "install_sigterm_handler", "main"]
