"""Data loss and blocking reads: no output over an input, no lost or half-written update, no
leftover files, no read that blocks or floods memory. Runs the CLI as a user does: click's
CliRunner, and real `python -m factcheck` processes where processes, signals and FIFOs matter."""

from __future__ import annotations

import os
import re
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from factcheck import files
from factcheck.cli import main
from factcheck.corpus.yamlread import MAX_BYTES
from tests.ci_corpus import write_corpus
from tests.common import run_factcheck, run_factcheck_in_turn

CLAIMS = "claims.yaml"
NEW_DOC = "articles/delta.md"
MORE_DOCS = {  # documents no claim quotes yet: extract drafts from each
    NEW_DOC: "Delta notes\n\nAbout 35% of readers took 2.5 mg, and 120 patients were asked twice.\n",
    "articles/epsilon.md": "Epsilon\n\nA 2019 survey of 840 nurses found 62% slept under 6 hours.\n",
    "articles/zeta.txt": "Zeta\n\nThe course lasts 8 weeks; 3 in 10 people stop early, at 45 mg.\n",
}
ROOM = 60  # seconds a subprocess may take before the test calls it hung (never reached when fine)


def cli(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)


def factcheck(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """A real `python -m factcheck` process; a hang fails the test instead of the suite."""
    return run_factcheck(*args, cwd=cwd, env=env, timeout=ROOM)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The test corpus plus documents no claim quotes yet, as the working directory."""
    monkeypatch.chdir(tmp_path)
    write_corpus(tmp_path)
    for name, text in MORE_DOCS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


Snapshot = dict[str, tuple[object, ...]]


def snapshot(root: Path) -> Snapshot:
    """Every entry under root: kind, content (or link target), inode and mode."""
    seen: Snapshot = {}
    for path in sorted(root.rglob("*")):
        info = path.lstat()
        if stat.S_ISLNK(info.st_mode):
            seen[str(path)] = ("link", os.readlink(path))
        elif stat.S_ISREG(info.st_mode):
            seen[str(path)] = ("file", path.read_bytes(), info.st_ino, stat.S_IMODE(info.st_mode))
        else:
            seen[str(path)] = ("other", stat.S_IFMT(info.st_mode))
    return seen


def leftovers(root: Path) -> list[str]:
    """Temporary and lock files of ours anywhere under root."""
    return sorted(p.name for p in root.rglob("*") if ".factcheck-" in p.name)


# -- output over input ------------------------------------------------------------------------

OUTPUT_OVER_INPUT = [
    # (arguments, the file they must leave alone, what the message calls it)
    (["check", "-o", CLAIMS], CLAIMS, "is the claims file"),
    (["check", "--format", "json", "--output", CLAIMS], CLAIMS, "is the claims file"),
    (["check", "-o", "articles/alpha.md"], "articles/alpha.md", "is the source document"),
    (["check", "-o", "same-claims.yaml"], CLAIMS, "is the claims file"),  # a symlink to it
    (["check", "-o", "hard-beta.txt"], "articles/beta.txt", "is the source document"),
    (["baseline", "-o", CLAIMS], CLAIMS, "is the claims file"),
    (["baseline", "-o", "articles/gamma.md"], "articles/gamma.md", "is the source document"),
    (["export", "--csv", CLAIMS], CLAIMS, "is the claims file"),
    (["export", "--html", "./articles/../claims.yaml"], CLAIMS, "is the claims file"),
    (
        ["export", "--json", "r.json", "--graphml", "articles/beta.txt"],
        "articles/beta.txt",
        "is the source document",
    ),
    (["export", "--claimreview", "hard-beta.txt"], "articles/beta.txt", "is the source document"),
    (["extract", "articles/alpha.md", "-o", "articles/alpha.md"], "articles/alpha.md", "document"),
    (
        ["extract", NEW_DOC, "articles/beta.txt", "-j", "2", "-o", "hard-beta.txt"],
        "hard-beta.txt",
        "is the document",
    ),
]


@pytest.mark.parametrize(("args", "kept", "said"), OUTPUT_OVER_INPUT)
def test_output_onto_an_input_is_refused(
    folder: Path, args: list[str], kept: str, said: str
) -> None:
    (folder / "same-claims.yaml").symlink_to(CLAIMS)
    os.link(folder / "articles/beta.txt", folder / "hard-beta.txt")
    before = snapshot(folder)
    result = cli(*args)
    assert result.exit_code == 2, result.output
    target = args[-1]
    assert f"{target}: " in result.stderr and said in result.stderr
    assert "refusing to overwrite it" in result.stderr
    assert snapshot(folder) == before  # nothing written, not even the other export (r.json)
    assert (folder / kept).exists()


def test_output_onto_the_baseline_file_is_refused(folder: Path) -> None:
    assert cli("baseline").exit_code == 0
    before = snapshot(folder)
    result = cli(
        "check", "--baseline", ".factcheck-baseline.json", "-o", ".factcheck-baseline.json"
    )
    assert result.exit_code == 2
    assert "is the baseline file; refusing to overwrite it" in result.stderr
    assert snapshot(folder) == before


def test_an_input_of_an_earlier_run_may_be_written(folder: Path) -> None:
    # One process, many runs (a test suite, an editor plugin): each run has its own inputs.
    assert cli("baseline").exit_code == 0
    assert cli("check", "--baseline", ".factcheck-baseline.json").exit_code == 0
    assert cli("baseline", "-o", ".factcheck-baseline.json").exit_code == 0


def test_problems_are_not_written_onto_a_source_either(folder: Path) -> None:
    claims = folder / CLAIMS
    claims.write_text(claims.read_text(encoding="utf-8") + "extra: 1\n", encoding="utf-8")
    before = snapshot(folder)
    result = cli("check", "--format", "json", "-o", "articles/alpha.md")
    assert result.exit_code == 2
    assert "articles/alpha.md: is the source document; refusing" in result.stderr
    assert snapshot(folder) == before


def test_output_onto_an_input_is_refused_in_a_real_process(folder: Path) -> None:
    before = snapshot(folder)
    done = factcheck("check", "-o", CLAIMS, cwd=folder)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        "claims.yaml: is the claims file; refusing to overwrite it with the output "
        "(name another file)\n"
    )
    assert snapshot(folder) == before


MISSING_FOLDER = [
    (["check", "--output", "out/report.txt"], "out"),
    (["check", "-o", "out/deeper/report.txt"], "out/deeper"),
    (["baseline", "-o", "out/baseline.json"], "out"),
    (["export", "--html", "out/report.html"], "out"),
    (["export", "--csv", "claims.csv", "--json", "out/report.json"], "out"),
    (["extract", NEW_DOC, "-o", "out/claims.yaml"], "out"),
]


@pytest.mark.parametrize(("args", "missing"), MISSING_FOLDER)
def test_a_missing_output_folder_is_named(folder: Path, args: list[str], missing: str) -> None:
    before = snapshot(folder)
    result = cli(*args)
    assert result.exit_code == 2
    assert result.stderr == f"{args[-1]}: cannot write: folder {missing} does not exist\n"
    assert snapshot(folder) == before


# -- updating the claims file in place --------------------------------------------------------


def test_a_symlinked_claims_file_is_updated_through_the_link(folder: Path) -> None:
    (folder / "elsewhere").mkdir()
    link = folder / "elsewhere" / "link.yaml"
    link.symlink_to(Path("..") / CLAIMS)
    result = cli("extract", NEW_DOC, "-o", "elsewhere/link.yaml")
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and os.readlink(link) == str(Path("..") / CLAIMS)
    # The target is updated, its source paths relative to itself, as check reads them.
    assert "path: articles/delta.md" in (folder / CLAIMS).read_text(encoding="utf-8")
    assert cli("check", "elsewhere/link.yaml").exit_code == 1
    assert leftovers(folder) == []


@pytest.mark.parametrize(
    "args",
    [
        ["extract", NEW_DOC, "-o", CLAIMS],
        ["extract", NEW_DOC, "-o", "same-claims.yaml"],  # the link's target is read-only
        ["check", "-o", "report.txt"],
        ["baseline", "-o", "report.txt"],
        ["export", "--html", "report.txt"],
    ],
)
def test_a_read_only_file_is_refused_and_kept(folder: Path, args: list[str]) -> None:
    (folder / "same-claims.yaml").symlink_to(CLAIMS)
    (folder / "report.txt").write_text("kept\n", encoding="utf-8")
    (folder / CLAIMS).chmod(0o444)
    (folder / "report.txt").chmod(0o444)
    before = snapshot(folder)
    result = cli(*args)
    assert result.exit_code == 2
    assert f"{args[-1]}: is read-only (mode 0444), left unchanged" in result.stderr
    assert snapshot(folder) == before


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o600, 0o664])
def test_the_mode_is_kept(folder: Path, mode: int) -> None:
    claims = folder / CLAIMS
    claims.chmod(mode)
    assert cli("extract", NEW_DOC, "-o", CLAIMS).exit_code == 0
    assert "articles/delta.md" in claims.read_text(encoding="utf-8")
    assert stat.S_IMODE(claims.stat().st_mode) == mode
    (folder / "report.txt").write_text("old\n", encoding="utf-8")
    (folder / "report.txt").chmod(mode)
    assert cli("check", "-o", "report.txt").exit_code == 1  # the corpus has a conflict
    assert stat.S_IMODE((folder / "report.txt").stat().st_mode) == mode


@pytest.mark.parametrize(
    "args",
    [
        ["extract", NEW_DOC, "-o", CLAIMS],
        ["check", "-o", "report.txt"],
        ["export", "--json", "report.txt"],
        ["baseline", "-o", "report.txt"],
    ],
)
def test_an_unchanged_file_is_not_rewritten(folder: Path, args: list[str]) -> None:
    cli(*args)
    target = folder / args[-1]
    target.chmod(0o644)
    first = target.stat()
    cli(*args)  # adds nothing new / writes the same report
    again = target.stat()
    assert (again.st_ino, again.st_mtime_ns, stat.S_IMODE(again.st_mode)) == (
        first.st_ino,
        first.st_mtime_ns,
        0o644,
    )


def test_a_new_file_gets_the_usual_mode(folder: Path) -> None:
    old = os.umask(0o022)
    try:
        assert cli("extract", NEW_DOC, "-o", "new.yaml").exit_code == 0
        assert cli("check", "-o", "report.txt").exit_code == 1
    finally:
        os.umask(old)
    for name in ("new.yaml", "report.txt"):
        assert stat.S_IMODE((folder / name).stat().st_mode) == 0o644


@pytest.fixture
def device(tmp_path: Path) -> Iterator[Path]:
    """A character device: our own null device when we may make one, else /dev/null (which a
    user who is not root cannot replace, so a regression cannot harm the machine)."""
    own = tmp_path / "devices" / "null"
    own.parent.mkdir()
    try:
        os.mknod(own, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        yield Path("/dev/null")
    else:
        yield own


@pytest.mark.parametrize(
    "args",
    [
        ["extract", NEW_DOC, "-o"],
        ["check", "-o"],
        ["baseline", "-o"],
        ["export", "--csv"],
    ],
)
def test_a_character_device_is_not_an_output(folder: Path, device: Path, args: list[str]) -> None:
    before = snapshot(folder)
    result = cli(*args, str(device))
    assert result.exit_code == 2
    assert f"{device}: is a character device, not a regular file" in result.stderr
    assert stat.S_ISCHR(device.stat().st_mode)
    assert snapshot(folder) == before


# -- reading: only regular files, at most FACTCHECK_MAX_BYTES ---------------------------------


def _fifo(folder: Path, name: str) -> str:
    os.mkfifo(folder / name)
    return name


BLOCKING_INPUTS = [
    # (arguments with {fifo} for a named pipe, what stderr says)
    (["check", "{fifo}"], "{fifo}: is a named pipe (FIFO), not a regular file"),
    (["extract", "{fifo}"], "{fifo}: is a named pipe (FIFO), not a regular file"),
    (["extract", NEW_DOC, "-o", "{fifo}"], "{fifo}: is a named pipe (FIFO), not a regular file"),
    (["check", "/dev/zero"], "/dev/zero: is a character device, not a regular file"),
    (["extract", NEW_DOC, "-o", "/dev/zero"], "/dev/zero: is a character device"),
    (["check", "--baseline", "{fifo}"], "{fifo}: is a named pipe (FIFO), not a regular file"),
    (["check", "--baseline", "/dev/zero"], "/dev/zero: is a character device"),
]


@pytest.fixture(scope="module")
def blocking_runs(
    tmp_path_factory: pytest.TempPathFactory,
) -> list[tuple[subprocess.CompletedProcess[str], str]]:
    """Each of BLOCKING_INPUTS run in a folder of its own (the test corpus and MORE_DOCS, and a
    named pipe), all in one real process (not seven imports of factcheck), with the pipe's
    name. A run that blocks blocks them all, and the timeout fails every case."""
    runs, fifos = [], []
    for number, (args, _) in enumerate(BLOCKING_INPUTS):
        folder = write_corpus(tmp_path_factory.mktemp(f"blocking{number}")).parent
        for name, text in MORE_DOCS.items():
            (folder / name).write_text(text, encoding="utf-8")
        fifo = _fifo(folder, "pipe.md" if args[0] == "extract" and len(args) == 2 else "pipe.yaml")
        runs.append((folder, [a.format(fifo=fifo) for a in args]))
        fifos.append(fifo)
    done = run_factcheck_in_turn(runs, timeout=ROOM)
    return list(zip(done, fifos, strict=True))


@pytest.mark.parametrize(
    "case", range(len(BLOCKING_INPUTS)), ids=[" ".join(args) for args, _ in BLOCKING_INPUTS]
)
def test_a_fifo_or_device_is_refused_without_blocking(
    blocking_runs: list[tuple[subprocess.CompletedProcess[str], str]], case: int
) -> None:
    done, fifo = blocking_runs[case]
    assert done.returncode == 2, done.stderr
    assert BLOCKING_INPUTS[case][1].format(fifo=fifo) in done.stderr
    assert "Traceback" not in done.stderr


def test_a_fifo_source_is_a_located_error(folder: Path) -> None:
    (folder / "articles/beta.txt").unlink()
    os.mkfifo(folder / "articles/beta.txt")
    done = factcheck("check", cwd=folder)
    assert done.returncode == 2
    assert (
        'claims.yaml:6:11: source "articles/beta.txt": is a named pipe (FIFO), not a regular file'
        in done.stderr
    )


def test_the_default_limit_admits_a_million_claims(tmp_path: Path) -> None:
    # A claims file of a million claims is about 160 MB (benchmarks/scale.py): 512 MiB admits it.
    assert MAX_BYTES == files.DEFAULT_MAX_BYTES == 512 * 1024 * 1024
    big = tmp_path / "big.yaml"
    with big.open("wb") as f:
        f.truncate(200 * 1024 * 1024)  # sparse: no disk used, read as zeros
    assert len(files.read_bytes(big)) == 200 * 1024 * 1024
    with big.open("wb") as f:
        f.truncate(files.DEFAULT_MAX_BYTES + 1)
    with pytest.raises(files.ReadError) as refused:
        files.read_bytes(big)  # refused on its size, before a byte is read
    assert refused.value.reason == (
        f"file too large: {files.DEFAULT_MAX_BYTES + 1} bytes, over the limit of 536870912 bytes "
        "(512 MiB); set the environment variable FACTCHECK_MAX_BYTES to raise it "
        "(e.g. FACTCHECK_MAX_BYTES=1024M)"
    )


LIMITS = [
    # (FACTCHECK_MAX_BYTES, command, exit code, what stderr says)
    ("1K", ["check"], 2, "claims.yaml: file too large: 1"),
    (
        "1K",
        ["check"],
        2,
        "over the limit of 1024 bytes; set the environment variable "
        "FACTCHECK_MAX_BYTES to raise it",
    ),
    ("200", ["extract", "articles/alpha.md"], 2, "articles/alpha.md: file too large: "),
    ("1M", ["check"], 1, "conflict"),
    ("1 MiB", ["check"], 1, "conflict"),
    ("64k", ["check"], 1, "conflict"),
    ("lots", ["check"], 2, "claims.yaml: FACTCHECK_MAX_BYTES='lots' is not a size in bytes"),
    ("0", ["check"], 2, "FACTCHECK_MAX_BYTES='0' is not a size in bytes"),
    ("-5", ["extract", NEW_DOC], 2, "FACTCHECK_MAX_BYTES='-5' is not a size in bytes"),
]


@pytest.mark.parametrize(("limit", "args", "code", "said"), LIMITS)
def test_reads_are_capped_by_factcheck_max_bytes(
    folder: Path, limit: str, args: list[str], code: int, said: str
) -> None:
    result = cli(*args, env={files.ENV_MAX_BYTES: limit})
    assert result.exit_code == code, result.output
    assert said in result.output


def test_a_source_over_the_limit_is_a_located_error(folder: Path) -> None:
    beta = folder / "articles/beta.txt"
    beta.write_text(beta.read_text(encoding="utf-8") + "filler line\n" * 1000, encoding="utf-8")
    size = beta.stat().st_size
    result = cli("check", env={files.ENV_MAX_BYTES: "8K"})
    assert result.exit_code == 2
    assert result.stderr.startswith(
        f'claims.yaml:6:11: source "articles/beta.txt": file too large: {size} bytes, over the '
        "limit of 8192 bytes; set the environment variable FACTCHECK_MAX_BYTES to raise it "
        "(e.g. FACTCHECK_MAX_BYTES=1M)\n"
    )
    assert cli("check", env={files.ENV_MAX_BYTES: "16K"}).exit_code == 1


def test_a_file_that_grows_past_the_limit_while_read_is_refused(tmp_path: Path) -> None:
    # /proc files say size 0 and then give more: the cap is enforced on what is read.
    limit = 16
    with pytest.raises(files.ReadError, match="more than 16 bytes, over the limit of 16 bytes"):
        files.read_bytes("/proc/self/status", limit=limit)
    assert files.read_bytes("/proc/self/status", limit=1 << 20).startswith(b"Name:")


# -- leftovers and signals --------------------------------------------------------------------

# Runs the real CLI with a disk that stalls inside fsync, so that a signal is sure to arrive
# while the temporary file exists (and, for extract, while the lock is held).
STALLING = """
import os, signal, sys, time
signal.signal(signal.SIGINT, signal.default_int_handler)
for caught in (signal.SIGTERM, signal.SIGHUP):
    signal.signal(caught, signal.SIG_DFL)
def stall(fd):
    print("writing", flush=True)
    time.sleep(600)
os.fsync = stall
from factcheck.cli import main
main(sys.argv[1:], prog_name="factcheck")
"""


def _stalled(folder: Path, *args: str) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", STALLING, *args],
        cwd=folder,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline() == "writing\n", process.communicate(timeout=ROOM)
    return process


KILLED = [
    (["extract", NEW_DOC, "-o", CLAIMS], signal.SIGTERM),
    (["extract", NEW_DOC, "-o", CLAIMS], signal.SIGINT),
    (["extract", NEW_DOC, "-o", CLAIMS], signal.SIGHUP),
    (["check", "-o", "report.txt"], signal.SIGTERM),
    (["export", "--html", "report.html"], signal.SIGINT),
]


@pytest.mark.parametrize(("args", "signum"), KILLED)
def test_a_run_stopped_mid_write_leaves_no_file_behind(
    folder: Path, args: list[str], signum: signal.Signals
) -> None:
    before = snapshot(folder)
    process = _stalled(folder, *args)
    assert leftovers(folder) != []  # caught with its temporary file open
    process.send_signal(signum)
    process.communicate(timeout=ROOM)
    if signum == signal.SIGINT:  # KeyboardInterrupt: click's "Aborted!"
        assert process.returncode not in (0, -signum)
    else:  # ended by the signal, as if never caught
        assert process.returncode == -signum
    assert leftovers(folder) == []
    assert snapshot(folder) == before


def test_a_run_killed_mid_write_is_cleaned_up_by_the_next(folder: Path) -> None:
    before = snapshot(folder)
    process = _stalled(folder, "extract", NEW_DOC, "-o", CLAIMS)
    process.kill()  # SIGKILL cannot be caught: the temporary and lock files stay
    process.communicate(timeout=ROOM)
    assert snapshot(folder) != before and snapshot(folder).keys() > before.keys()
    assert (folder / CLAIMS).read_bytes() == before[str(folder / CLAIMS)][1]
    # The next run, in this process: the killed one is a real process, gone (its pid dead, its
    # lock released by the kernel); the next run needs no process of its own to clean up after it.
    done = cli("extract", NEW_DOC, "-o", CLAIMS)
    assert done.exit_code == 0, done.output
    assert leftovers(folder) == []
    assert "articles/delta.md" in (folder / CLAIMS).read_text(encoding="utf-8")


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


HOUR = 3600.0
STALE = [
    # (whose temporary file, how old in seconds, removed?)
    ("dead here", 0.0, True),
    ("dead here", 2 * HOUR, True),
    ("alive here", 0.0, False),  # another run writing right now
    ("alive here", 2 * HOUR, True),  # its pid was reused: no write takes an hour
    ("other host", 0.0, False),  # we cannot tell if it runs
    ("other host", 2 * HOUR, True),
    ("not ours", 2 * HOUR, False),
]


@pytest.mark.parametrize(("whose", "age", "removed"), STALE)
def test_stale_temporary_files_of_ours_are_removed(
    tmp_path: Path, whose: str, age: float, removed: bool
) -> None:
    names = {
        "dead here": files.temp_name(CLAIMS, pid=_dead_pid()),
        "alive here": files.temp_name(CLAIMS, pid=os.getppid()),
        "other host": files.temp_name(CLAIMS, host="elsewhere", pid=_dead_pid()),
        "not ours": ".claims.yaml.orig",
    }
    left = tmp_path / names[whose]
    left.write_text("half a claims file", encoding="utf-8")
    then = time.time() - age
    os.utime(left, (then, then))
    bystanders = [tmp_path / "claims.yaml.bak", tmp_path / files.temp_name("other.yaml", pid=1)]
    for path in bystanders:
        path.write_text("keep", encoding="utf-8")
    assert files.remove_stale_temps(tmp_path, CLAIMS) == ([left] if removed else [])
    assert left.exists() != removed
    assert all(path.exists() for path in bystanders)


def test_the_next_write_removes_a_stale_temporary_file(folder: Path) -> None:
    stale = folder / files.temp_name(CLAIMS, pid=_dead_pid())
    stale.write_text("half a claims file", encoding="utf-8")
    assert cli("extract", NEW_DOC, "-o", CLAIMS).exit_code == 0
    assert leftovers(folder) == []


# -- concurrent updates -----------------------------------------------------------------------

#: Two trials each. Without the lock (files.locked a no-op), every run of these two tests lost
#: an update (6 of 6) with writers warmed and forked as here; started as two `python -m
#: factcheck`, as before, 4 of 6 did. Without the lock and the re-read under it, every run did.
TWO_WRITERS = [
    (NEW_DOC, "articles/epsilon.md", None),
    ("articles/epsilon.md", "articles/zeta.txt", "new.yaml"),  # both create the file
]

#: Two `factcheck extract` runs at once, in two real processes: forked from one that has
#: imported factcheck and drafted both documents once in a dry run, which writes nothing (the
#: import and the first drafting's warm-up are most of a small run's time, and forked writers
#: start together, which only tightens the race). Each writer exits with extract's exit code.
AT_ONCE = """
import contextlib, io, os, sys
from factcheck.cli import main
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    main(["extract", *sys.argv[2:], "-o", sys.argv[1], "--dry-run"], standalone_mode=False)
writers = []
for doc in sys.argv[2:]:
    pid = os.fork()
    if pid == 0:
        try:
            main(["extract", doc, "-o", sys.argv[1]], prog_name="factcheck")
        except SystemExit as done:
            os._exit(done.code if isinstance(done.code, int) else 1)
        os._exit(0)
    writers.append(pid)
codes = [os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) for pid in writers]
print(codes)
sys.exit(max(map(abs, codes)))
"""


@pytest.mark.parametrize(("first", "second", "output"), TWO_WRITERS)
def test_concurrent_extracts_lose_nothing(
    folder: Path, first: str, second: str, output: str | None
) -> None:
    target = output or CLAIMS
    original = (folder / CLAIMS).read_text(encoding="utf-8")
    solo = {}
    for doc in (first, second):  # what each adds on its own
        dry = cli("extract", doc, "-o", target, "--dry-run")
        solo[doc] = dry.stdout.count("\n+    status: draft")
        assert solo[doc] > 0
    for _ in range(2):
        if output is None:
            (folder / CLAIMS).write_text(original, encoding="utf-8")
        else:
            (folder / output).unlink(missing_ok=True)
        done = subprocess.run(
            [sys.executable, "-c", AT_ONCE, target, first, second],
            cwd=folder,
            capture_output=True,
            text=True,
            timeout=ROOM,
            check=False,
        )
        assert done.returncode == 0, (done.stdout, done.stderr)
        merged = (folder / target).read_text(encoding="utf-8")
        for doc in (first, second):
            assert f"path: {doc}\n" in merged
        assert merged.count("status: draft") == solo[first] + solo[second]
        assert leftovers(folder) == []
        assert cli("check", target).exit_code in (0, 1)  # a valid claims file


def test_a_held_lock_is_waited_for_then_reported(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "LOCK_TIMEOUT", 0.3)
    before = snapshot(folder)
    with files.locked(CLAIMS):
        result = cli("extract", NEW_DOC, "-o", CLAIMS)
    assert result.exit_code == 2
    assert "waiting for another run to finish updating claims.yaml" in result.stderr
    assert "claims.yaml: another process is updating this file: gave up after 0.3 s" in (
        result.stderr
    )
    assert snapshot(folder) == before  # and the lock file is gone with the lock
    assert cli("extract", NEW_DOC, "-o", CLAIMS).exit_code == 0


def test_docs_security_names_only_tests_that_exist() -> None:
    repo = Path(__file__).resolve().parent.parent
    named = set(re.findall(r"`(test_\w+)`", (repo / "docs/security.md").read_text("utf-8")))
    defined = {
        name
        for module in (repo / "tests").rglob("test_*.py")
        for name in re.findall(r"^def (test_\w+)", module.read_text("utf-8"), re.MULTILINE)
    }
    assert len(named) > 15
    assert named <= defined


def test_an_output_written_in_pieces_replaces_the_file_only_when_whole(tmp_path: Path) -> None:
    # check --format json -o writes the report while it is made: a failure midway leaves the
    # old file and no temporary; identical bytes leave the file untouched.
    target = tmp_path / "out.json"
    target.write_text("before", encoding="utf-8")

    def failing() -> Iterator[bytes]:
        yield b'{"version": 1,'
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        files.write_output_chunks(target, failing())
    assert target.read_text(encoding="utf-8") == "before"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]
    assert files.write_output_chunks(target, iter([b"af", b"ter"])) is True
    assert target.read_text(encoding="utf-8") == "after"
    inode = target.stat().st_ino
    assert files.write_output_chunks(target, iter([b"aft", b"er"])) is False
    assert target.stat().st_ino == inode
