"""One crawl at a time per raw store: an advisory lock file beside crawl.db.

`flock` locks die with their process, so a crawl killed with SIGKILL never
leaves a stale lock behind; the file's text only says who holds it.
"""
from __future__ import annotations

import fcntl
import os
import shlex
import sys
from datetime import datetime, timezone
from pathlib import Path

LOCK_NAME = "crawl.lock"


class Locked(RuntimeError):
    """Another crawl holds the lock."""


class CrawlLock:
    """An exclusive, non-blocking lock on `path`, held until `release()` or process exit."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.file = None

    @classmethod
    def beside(cls, crawl_db: str | Path) -> "CrawlLock":
        """The lock for the raw store at `crawl_db` (one per data directory)."""
        return cls(Path(crawl_db).with_name(LOCK_NAME))

    def acquire(self) -> "CrawlLock":
        """Take the lock or raise `Locked` saying who has it."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+", encoding="utf-8")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            handle.close()
            raise Locked(
                f"another baogao crawl is already running on {self.path.parent} ({holder}); "
                "runs must not overlap: wait for it to finish, or stop it"
            ) from None
        handle.seek(0)
        handle.truncate()
        started = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
        handle.write(f"pid {os.getpid()}, since {started}: {running_command()}\n")
        handle.flush()
        self.file = handle
        return self

    def release(self) -> None:
        """Let the next run in."""
        if self.file is not None:
            fcntl.flock(self.file, fcntl.LOCK_UN)
            self.file.close()
            self.file = None

    def __enter__(self) -> "CrawlLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


def running_command() -> str:
    """This process's command line as a person would type it (program name without its path)."""
    return shlex.join([Path(sys.argv[0]).name, *sys.argv[1:]])

