"""Safe reading and writing of user files: regular files only, size caps, atomic writes, locks."""

from __future__ import annotations

import errno
import fcntl
import os
import re
import secrets
import signal
import socket
import stat
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import IO, Any

import click

from factcheck.problems import InputError, Problem

StrPath = str | os.PathLike[str]

ENV_MAX_BYTES = "FACTCHECK_MAX_BYTES"
"""The environment variable that raises (or lowers) the read limit."""
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
"""The most bytes read from any one file (claims file, source document, baseline, -o's file)."""
LOCK_TIMEOUT = 120.0
"""Seconds `locked` waits for another process to finish updating the same file."""
STALE_AFTER = 3600.0
"""Seconds after which a temporary file of our naming counts as left behind, whoever wrote it."""

# A single read request this large is enough for most files in one system call; the cap stays
# exact because every request is bounded by what may still be read.
_CHUNK = 1024 * 1024
_SIZE = re.compile(r"(\d+)\s*(?:([kmgt])(?:i?b)?|b)?", re.IGNORECASE)
_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3, "t": 1024**4}


# -- reading ------------------------------------------------------------------------------------


class ReadError(InputError):
    """A file that cannot be read as input: missing, not a regular file, too large, unreadable."""

    def __init__(self, path: str, reason: str, *, missing: bool = False) -> None:
        super().__init__([Problem(path, 0, 0, reason)])
        self.path = path
        self.reason = reason
        self.missing = missing


def max_bytes(file: str) -> int:
    """The read limit: ``FACTCHECK_MAX_BYTES`` (bytes, or with K/M/G) if set, else 64 MiB.

    Raises ReadError located at `file` when the variable is set to something else.
    """
    raw = os.environ.get(ENV_MAX_BYTES, "").strip()
    if not raw:
        return DEFAULT_MAX_BYTES
    match = _SIZE.fullmatch(raw)
    if match is None or int(match.group(1)) == 0:
        raise ReadError(
            file, f"{ENV_MAX_BYTES}={raw!r} is not a size in bytes (write e.g. 134217728 or 128M)"
        )
    return int(match.group(1)) * _UNITS[(match.group(2) or "").lower()]


def too_large(limit: int, size: int | None = None) -> str:
    """The message for a file over `limit` bytes: the limit and how to raise it."""
    what = f"{size} bytes" if size is not None else f"more than {limit} bytes"
    mib = f" ({limit / 1024**2:.4g} MiB)" if limit >= 1024**2 else ""
    suggest = -(-max(size or 0, 2 * limit) // 1024**2)  # MiB, rounded up
    return (
        f"file too large: {what}, over the limit of {limit} bytes{mib}; set the environment "
        f"variable {ENV_MAX_BYTES} to raise it (e.g. {ENV_MAX_BYTES}={suggest}M)"
    )


def _not_regular(mode: int) -> str | None:
    """What a file of this mode is, in words, when it is not a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def read_bytes(
    path: StrPath, *, what: str = "file", role: str | None = None, limit: int | None = None
) -> bytes:
    """The bytes of a regular file, at most `limit` (default: `max_bytes`) of them.

    `what` names the file in "not found" ("claims file not found"); `role` (default `what`)
    is how a later `write_output` names it when refusing to overwrite it. A FIFO, device or
    directory is refused without blocking; every failure is a ReadError (an InputError).
    """
    display = os.fspath(path)
    cap = limit if limit is not None else max_bytes(display)
    if "\0" in display:
        raise ReadError(display, "the file name contains a NUL character")
    try:
        # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer for ever.
        fd = os.open(display, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    except FileNotFoundError:
        raise ReadError(display, f"{what} not found", missing=True) from None
    except OSError as error:
        raise ReadError(display, f"cannot read: {error.strerror}") from None
    try:
        info = os.fstat(fd)
        kind = _not_regular(info.st_mode)
        if kind == "a directory":
            raise ReadError(display, "is a directory, not a file")
        if kind is not None:
            raise ReadError(display, f"is {kind}, not a regular file")
        _remember(fd, display, info, role or what)
        if info.st_size > cap:
            raise ReadError(display, too_large(cap, info.st_size))
        return _read_capped(fd, display, info.st_size, cap)
    except OSError as error:
        raise ReadError(display, f"cannot read: {error.strerror}") from None
    finally:
        os.close(fd)


def _read_capped(fd: int, display: str, size: int, cap: int) -> bytes:
    """Read to the end, but never more than `cap` + 1 bytes (a file may grow while read)."""
    chunks: list[bytes] = []
    total = 0
    want = min(size, cap) + 1
    while True:
        chunk = os.read(fd, min(want, cap + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        if total > cap:
            raise ReadError(display, too_large(cap))
        want = _CHUNK
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


class _Inputs:
    """The files one command run read as input, so that it never writes an output onto one:
    by resolved path, and by (device, inode) to catch hard links and other spellings."""

    def __init__(self) -> None:
        self.by_path: dict[str, tuple[str, str]] = {}
        """Resolved path: (path as named, what it is)."""
        self.by_id: dict[tuple[int, int], str] = {}
        """(device, inode): resolved path."""
        self.folders: dict[str, tuple[str, tuple[str, ...], str]] = {}
        """Resolved folder whose files of some suffixes are all inputs: (folder as named, the
        suffixes, what such a file is)."""


_INPUTS_KEY = "factcheck.files.inputs"


def _inputs() -> _Inputs | None:
    """This command run's inputs: kept in the outermost click context, which lives exactly as
    long as one run (also when a test invokes a subcommand directly); None outside the CLI."""
    context = click.get_current_context(silent=True)
    if context is None:
        return None
    found: _Inputs = context.find_root().meta.setdefault(_INPUTS_KEY, _Inputs())
    return found


def _remember(fd: int, display: str, info: os.stat_result, role: str) -> None:
    inputs = _inputs()
    if inputs is None:
        return
    try:  # the kernel's own name for the open file: one call, symlinks already followed
        real = os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        real = os.path.realpath(display)
    inputs.by_path[real] = (display, role)
    inputs.by_id[(info.st_dev, info.st_ino)] = real


def remember_folder(folder: StrPath, suffixes: tuple[str, ...], role: str) -> None:
    """Remember that this run reads every file of `folder` named ``*SUFFIX`` (hidden ones aside)
    as a `role`, so that no output goes there: a new file would be read as one next time."""
    inputs = _inputs()
    if inputs is None:
        return
    display = os.fspath(folder)
    with suppress(OSError, ValueError):
        inputs.folders[os.path.realpath(display)] = (display, suffixes, role)


def _same_file(path: str, info: os.stat_result) -> bool:
    try:
        other = os.stat(path)
    except (OSError, ValueError):
        return False
    return (other.st_dev, other.st_ino) == (info.st_dev, info.st_ino)


# -- writing ------------------------------------------------------------------------------------


class WriteError(click.ClickException):
    """An output that must not or cannot be written; click prints it and exits 2."""

    exit_code = 2  # ExitCode.INVALID (report/findings.py is a later stage than this module)

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")

    def show(self, file: IO[Any] | None = None) -> None:
        # `file: what is wrong`, like every other input problem (no "Error: " prefix).
        click.echo(self.format_message(), err=True, file=file)


@dataclass(frozen=True)
class _Target:
    """Where an output goes, checked."""

    given: str
    """The path as the user named it."""
    path: Path
    """The file the bytes go to: symlinks followed."""
    info: os.stat_result | None
    """Its status before writing; None when it does not exist yet."""


def check_output(
    path: StrPath, *, protected: Mapping[str, str] | None = None, update: bool = False
) -> Path:
    """Raise WriteError unless `path` may be written; return the file the bytes would go to.

    `protected` maps more inputs (read by other processes) to what they are, e.g. "document".
    With `update`, `path` is a file this command read in order to rewrite it (extract -o), so
    only `protected` is refused; otherwise so is every file this command run read as input.
    """
    return _target(path, protected or {}, update).path


def write_output(path: StrPath, text: str, *, protected: Mapping[str, str] | None = None) -> bool:
    """Write an output file atomically; refuse to overwrite any input (exit 2 via WriteError).

    Returns False when the file already held exactly this text (then it is left untouched).
    """
    return _write(_target(path, protected or {}, update=False), text.encode("utf-8"))


def write_update(path: StrPath, text: str, *, protected: Mapping[str, str] | None = None) -> bool:
    """Rewrite a file this command read to update it (extract -o), atomically, like write_output."""
    return _write(_target(path, protected or {}, update=True), text.encode("utf-8"))


def _target(path: StrPath, protected: Mapping[str, str], update: bool) -> _Target:
    given = os.fspath(path)
    if "\0" in given:
        raise WriteError(given.replace("\0", "\\0"), "the file name contains a NUL character")
    folder = os.path.dirname(given) or "."
    if not os.path.isdir(folder):
        if os.path.lexists(folder) and not os.path.islink(folder):
            raise WriteError(given, f"cannot write: {folder} is not a folder")
        raise WriteError(given, f"cannot write: folder {folder} does not exist")
    real = os.path.realpath(given)  # a symlink is followed: its target is what gets updated
    if not os.path.isdir(os.path.dirname(real)):
        where = os.path.dirname(real)
        raise WriteError(given, f"cannot write: it links into folder {where}, which does not exist")
    try:
        info: os.stat_result | None = os.stat(real)
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise WriteError(given, f"cannot write: {error.strerror}") from None
    if info is not None:
        kind = _not_regular(info.st_mode)
        if kind is not None:
            raise WriteError(given, f"is {kind}, not a regular file; outputs go to regular files")
        # Mode bits, not only access(2): root may write anything, but 0444 still says "keep".
        if not info.st_mode & 0o222 or not os.access(real, os.W_OK):
            mode = stat.S_IMODE(info.st_mode)
            raise WriteError(
                given,
                f"is read-only (mode {mode:04o}), left unchanged: make it writable "
                "(chmod u+w) to let factcheck replace it, or write elsewhere",
            )
        clash = _input_at(given, real, info, protected, update)
        if clash is not None:
            raise WriteError(
                given, f"is {clash}; refusing to overwrite it with the output (name another file)"
            )
    inputs = _inputs()
    folder, name = os.path.split(real)
    if not update and inputs is not None and folder in inputs.folders:
        display, suffixes, role = inputs.folders[folder]
        if name.lower().endswith(suffixes) and not name.startswith("."):
            raise WriteError(
                given,
                f"would be read as a {role} of the folder {display}, an input of this run; "
                "refusing to write the output there (name another file)",
            )
    return _Target(given, Path(real), info)


def _input_at(
    given: str, real: str, info: os.stat_result, protected: Mapping[str, str], update: bool
) -> str | None:
    """How to name the input that `real` (existing, `info`) is, or None if it is none."""

    def named(display: str, role: str) -> str:
        if os.path.realpath(display) == os.path.realpath(given):
            return f"the {role}"
        return f"the {role} {display} (the same file)"

    for other, role in protected.items():
        display = os.fspath(other)
        if os.path.realpath(display) == real or _same_file(display, info):
            return named(display, role)
    inputs = _inputs()
    if update or inputs is None:
        return None
    if real in inputs.by_path:
        return named(*inputs.by_path[real])
    known = inputs.by_id.get((info.st_dev, info.st_ino))
    # Re-check the recorded path: the file may have been replaced since it was read.
    if known is not None and _same_file(known, info):
        return named(*inputs.by_path[known])
    return None


def _write(target: _Target, data: bytes) -> bool:
    try:
        if target.info is not None and _holds(target.path, target.info, data):
            return False
        _replace(target.path, target.info, data)
    except OSError as error:
        raise WriteError(target.given, f"cannot write: {error.strerror}") from None
    return True


def _holds(path: Path, info: os.stat_result, data: bytes) -> bool:
    """Whether the regular file `path` holds exactly `data` (read no more than that)."""
    if info.st_size != len(data):
        return False
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        return _read_capped(fd, str(path), len(data), len(data)) == data
    except ReadError:  # grew meanwhile
        return False
    finally:
        os.close(fd)


def _replace(path: Path, keep: os.stat_result | None, data: bytes) -> None:
    """Write `data` to a new file beside `path`, then rename it over `path` in one step."""
    folder = path.parent
    with cleanup_on_signals():
        remove_stale_temps(folder, path.name)
        temp = folder / temp_name(path.name)
        created = replaced = False
        fd = -1
        try:
            # 0600 until the old mode is set, so the text is never readable more widely than
            # the file it replaces; a new file gets 0666 less the umask, as any new file does.
            try:
                fd = os.open(
                    temp,
                    os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC | os.O_NOFOLLOW,
                    0o600 if keep is not None else 0o666,
                )
            except OSError as error:  # say where: the folder, not the file, refused
                where = f"{error.strerror} (creating a temporary file in {folder})"
                raise OSError(error.errno, where) from None
            created = True
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            if keep is not None:
                os.fchmod(fd, stat.S_IMODE(keep.st_mode))
                _keep_owner(fd, keep)
            os.fsync(fd)
            os.close(fd)
            fd = -1
            os.replace(temp, path)
            replaced = True
        finally:
            if fd >= 0:
                os.close(fd)
            if created and not replaced:
                temp.unlink(missing_ok=True)
    _sync_folder(folder)


def _keep_owner(fd: int, keep: os.stat_result) -> None:
    if (keep.st_uid, keep.st_gid) == (os.geteuid(), os.getegid()):
        return
    with suppress(PermissionError):  # only root may give a file away; the mode is kept anyway
        os.fchown(fd, keep.st_uid, keep.st_gid)


def _sync_folder(folder: Path) -> None:
    """Make the rename durable; best effort (some file systems refuse fsync on a folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_CLOEXEC)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# -- temporary files ---------------------------------------------------------------------------
#
# ".claims.yaml.factcheck-HOST-PID-RANDOM.tmp": the host and the writer's process id say whether
# the writer still runs, so a file left by a killed run (SIGKILL cannot be caught) is removed by
# the next write of the same file. One whose writer runs on another host, or whose pid may have
# been reused, is removed once it is STALE_AFTER old: no write takes that long.

_HOST = re.sub(r"[^A-Za-z0-9-]", "", socket.gethostname())[:32] or "host"
_TEMP_TAIL = re.compile(r"(?P<host>[A-Za-z0-9-]*)-(?P<pid>\d+)-[0-9a-f]{8}\.tmp")


def _temp_prefix(name: str) -> str:
    return f".{name[:100]}.factcheck-"  # room for the tail within the usual 255-byte name limit


def temp_name(name: str, *, host: str | None = None, pid: int | None = None) -> str:
    """A fresh name for a temporary file beside `name`, written by `pid` (default: us) on `host`."""
    writer = f"{_HOST if host is None else host}-{os.getpid() if pid is None else pid}"
    return f"{_temp_prefix(name)}{writer}-{secrets.token_hex(4)}.tmp"


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def remove_stale_temps(folder: StrPath, name: str, *, now: float | None = None) -> list[Path]:
    """Remove the temporary files of our naming for `name` in `folder` that were left behind.

    Left behind: written on this host by a process that no longer runs, or older than
    STALE_AFTER. Returns what was removed.
    """
    prefix = _temp_prefix(name)
    now = time.time() if now is None else now
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        if not entry.name.startswith(prefix):
            continue
        tail = _TEMP_TAIL.fullmatch(entry.name[len(prefix) :])
        if tail is None:
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode):
            continue
        ours = tail["host"] == _HOST and int(tail["pid"]) != os.getpid()
        dead = ours and not _running(int(tail["pid"]))
        if dead or now - info.st_mtime > STALE_AFTER:
            try:
                os.unlink(entry.path)
            except OSError:
                continue
            removed.append(Path(entry.path))
    return removed


class _Terminated(BaseException):
    """SIGTERM or SIGHUP arrived while we owned a temporary or lock file."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _raise_terminated(signum: int, frame: FrameType | None) -> None:
    raise _Terminated(signum)


@contextmanager
def cleanup_on_signals() -> Iterator[None]:
    """While inside, SIGTERM and SIGHUP unwind the stack (so `finally` removes our files), and
    then end the process by the same signal, as if it had never been caught.

    SIGINT already unwinds (KeyboardInterrupt). Signals set to be ignored stay ignored; nested
    uses leave the work to the outermost one.
    """
    installed: dict[signal.Signals, Any] = {}
    if threading.current_thread() is threading.main_thread():
        for caught in (signal.SIGTERM, signal.SIGHUP):
            if signal.getsignal(caught) is signal.SIG_DFL:
                installed[caught] = signal.signal(caught, _raise_terminated)
    try:
        yield
    except _Terminated as stop:
        if not installed:
            raise
        _restore(installed)
        signal.raise_signal(stop.signum)
        raise  # only reached if the signal's default action does not end the process
    finally:
        _restore(installed)


def _restore(installed: dict[signal.Signals, Any]) -> None:
    for caught, previous in installed.items():
        signal.signal(caught, previous)
    installed.clear()


# -- locking ------------------------------------------------------------------------------------


def lock_path(path: StrPath) -> Path:
    """The lock file beside the file `path` resolves to (a stable name: the file itself is
    replaced on every write, so a lock on its inode would protect nothing)."""
    real = Path(os.path.realpath(os.fspath(path)))
    return real.parent / f".{real.name[:100]}.factcheck-lock"


@contextmanager
def locked(
    path: StrPath, *, timeout: float | None = None, on_wait: Callable[[], None] | None = None
) -> Iterator[None]:
    """Hold an exclusive advisory lock for a read-modify-write of `path`.

    Waits up to `timeout` (default LOCK_TIMEOUT) seconds for another holder, calling `on_wait`
    once if it has to wait, then raises WriteError. The lock file exists only while held.
    """
    given = os.fspath(path)
    lock = lock_path(given)
    with cleanup_on_signals():
        fd = _acquire(given, lock, LOCK_TIMEOUT if timeout is None else timeout, on_wait)
        try:
            yield
        finally:
            # Unlink while still holding it: a waiter that then gets the old inode sees that it
            # is no longer the file at `lock` and opens the new one (see _acquire).
            with suppress(FileNotFoundError):
                os.unlink(lock)
            os.close(fd)


def _acquire(given: str, lock: Path, timeout: float, on_wait: Callable[[], None] | None) -> int:
    deadline = time.monotonic() + timeout
    pause = 0.02
    waited = False
    while True:
        try:
            fd = os.open(lock, os.O_RDONLY | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o666)
        except OSError as error:
            raise WriteError(given, f"cannot lock {lock}: {error.strerror}") from None
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except OSError as error:
                    if error.errno not in (errno.EWOULDBLOCK, errno.EAGAIN):
                        raise WriteError(given, f"cannot lock {lock}: {error.strerror}") from None
                if time.monotonic() >= deadline:
                    raise WriteError(
                        given,
                        f"another process is updating this file: gave up after {timeout:g} s "
                        f"waiting for its lock {lock}; try again when it has finished",
                    )
                if not waited and on_wait is not None:
                    on_wait()
                waited = True
                time.sleep(pause)
                pause = min(pause * 2, 0.25)
            if _same_file(str(lock), os.fstat(fd)):
                return fd
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)  # the holder removed it before letting go: lock the current one
