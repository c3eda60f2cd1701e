"""One exception family for the library, each with a stable code and an exit status.

The library raises these; only the CLI turns them into ``kwd: error: ...`` and an exit code.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Documented exit codes of every ``kwd`` command."""

    OK = 0
    ERROR = 1  # nothing could be done: a fatal error
    PARTIAL = 2  # the run finished but skipped some inputs (see the summary)
    USAGE = 3  # bad flags or arguments
    LOCKED = 4  # the data directory stayed locked past --lock-timeout
    CHECK_FAILED = 5  # a check (``kwd lexicon check``, ``kwd check``) found problems


class KwdError(Exception):
    """Base of every error the library raises on purpose."""

    code = "E000"
    exit_code = ExitCode.ERROR

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class UsageError(KwdError):
    code = "E001"
    exit_code = ExitCode.USAGE


class StoreError(KwdError):
    """The data directory is unusable: unreadable files, wrong schema, no permission."""

    code = "E010"


class SchemaError(StoreError):
    code = "E011"


class LockTimeout(KwdError):
    code = "E012"
    exit_code = ExitCode.LOCKED


class InputError(KwdError):
    """One input (file, line, URL) is bad; the run records it and goes on."""

    code = "E020"


class LexiconError(KwdError):
    code = "E030"
    exit_code = ExitCode.CHECK_FAILED


class FetchError(KwdError):
    code = "E040"


class ReportError(KwdError):
    code = "E050"


class EngineError(KwdError):
    """The engine cannot run: a Dask scheduler that cannot be reached, the dask extra missing."""

    code = "E060"
