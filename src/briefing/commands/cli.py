"""The `briefing` command line: one error becomes one line and exit status 1."""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from types import FrameType
from typing import NoReturn

from .. import __version__
from ..errors import BriefingError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Turn a folder of source articles into a cross-linked research-briefing site.",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    ingest = _command(
        commands, "ingest", "turn raw seed texts into front-mattered Markdown articles"
    )
    ingest.add_argument(
        "sources",
        nargs="*",
        type=Path,
        metavar="SEED_FILE_OR_DIR",
        help="seed files or folders (default: seeds/)",
    )
    ingest.add_argument(
        "--force", action="store_true", help="overwrite articles a person has edited"
    )
    ingest.add_argument(
        "--explain",
        action="store_true",
        help="show each line dropped from the named seeds and the rule that dropped it",
    )

    build = _command(commands, "build", "render content/ through templates/ into site/")
    build.add_argument("--out", type=Path, help="output folder (default: site/)")
    build.add_argument("--base-url", help="URL the site is published under, e.g. /repo/")
    build.add_argument(
        "--offline",
        action="store_true",
        help="link index.html files so the site works from disk over file://",
    )
    build.add_argument("--no-cache", action="store_true", help="neither read nor write .briefing/")

    serve = _command(commands, "serve", "build, serve on 127.0.0.1 and rebuild on change")
    serve.add_argument("--port", type=int, default=8000, help="port (default: 8000)")

    check = _command(commands, "check", "validate content and the built site; non-zero on problems")
    check.add_argument("--out", type=Path, help="built site to check (default: site/)")

    suggest = _command(
        commands, "suggest", "list names the articles use that content/actors.yml lacks"
    )
    suggest.add_argument(
        "--write",
        action="store_true",
        help="draft them as entries in content/actors.suggested.yml, to review",
    )
    return parser


def _command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], name: str, summary: str
) -> argparse.ArgumentParser:
    command = commands.add_parser(
        name, help=summary, description=summary[0].upper() + summary[1:] + "."
    )
    command.add_argument(
        "--root",
        type=Path,
        metavar="DIR",
        help="the project folder holding briefing.yml (default: current folder)",
    )
    return command


def _run(args: argparse.Namespace) -> int:
    if args.command == "ingest":
        from ..ingest import run
        from ..load.project import find_root

        run(find_root(args.root), args.sources, force=args.force, explain=args.explain)
        return 0
    if args.command == "build":
        from .build import build_command

        return build_command(args.root, args.out, args.base_url, args.offline, args.no_cache)
    if args.command == "check":
        from .check import check_command

        return check_command(args.root, args.out)
    if args.command == "suggest":
        from .suggest import suggest_command

        return suggest_command(args.root, args.write)
    from .serve import serve_command

    return serve_command(args.root, args.port)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except BriefingError as error:
        for line in str(error).splitlines():
            print(f"briefing: error: {line}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("briefing: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away, as `briefing … | head` does: not an error
        _silence_stdout()
        return 141  # as a shell reports a command ended by SIGPIPE
    except Exception as error:  # a bug, not bad input: say so in one line
        if os.environ.get("BRIEFING_DEBUG"):
            raise
        print(
            f"briefing: internal error: {type(error).__name__}: {error} "
            "(set BRIEFING_DEBUG=1 to see where)",
            file=sys.stderr,
        )
        return 70


def entry() -> NoReturn:
    """The console script: main(), then an exit that leaves the heap to the system.

    A build of ten thousand articles holds hundreds of megabytes of objects,
    which Python would free one by one at exit, for most of a second.
    """
    signal.signal(signal.SIGINT, _interrupted)
    code = main()
    with contextlib.suppress(OSError, ValueError):
        sys.stdout.flush()
        sys.stderr.flush()
    os._exit(code)


def _interrupted(number: int, frame: FrameType | None) -> None:
    """Ctrl-C as KeyboardInterrupt, except within the import system's own code or a
    finaliser: raised there, as in the callback that drops a module's import lock, it is
    reported ("Exception ignored in …") and lost, and the command goes on. It is then
    signalled again a moment later, from a thread: signalled from here, it would be
    handled at once, in here again."""
    if _within_callback(frame):
        main = threading.main_thread().ident
        again = threading.Timer(0.001, signal.pthread_kill, (main, number))
        again.daemon = True
        again.start()
        return
    raise KeyboardInterrupt


def _within_callback(frame: FrameType | None) -> bool:
    """Whether the frame, or one it was called from within the command, is the import
    system's or a finaliser's: what a finaliser calls (starting that thread, say) is
    within it too. Whatever called the command (an import, run from elsewhere) is not."""
    while frame is not None and frame.f_code is not entry.__code__:
        code = frame.f_code
        if code.co_filename.startswith("<frozen importlib") or code.co_name == "__del__":
            return True
        frame = frame.f_back
    return False


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so flushing it at exit raises no second error."""
    with contextlib.suppress(OSError, ValueError):  # not a real file: nothing to flush
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


if __name__ == "__main__":
    entry()
