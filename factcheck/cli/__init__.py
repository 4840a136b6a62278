"""The command line (click only): each command finds files, calls the core, picks a formatter
and sets the exit code; one module per command group."""

from __future__ import annotations

import importlib
import io
import os
import sys
from typing import Any

import click

from factcheck import _perf
from factcheck.formats.escape import plain
from factcheck.report.findings import ExitCode
from factcheck.version import __version__

#: Each command and where it is defined: a module is imported only when its command runs (or
#: for --help), so `check` does not load extraction's or the terminal report's modules.
COMMANDS = {
    "check": "factcheck.cli.check:check_command",
    "baseline": "factcheck.cli.check:baseline_command",
    "schema": "factcheck.cli.check:schema_command",
    "report": "factcheck.cli.report:report_command",
    "export": "factcheck.cli.export:export",
    "extract": "factcheck.cli.extract:extract",
}


class _Commands(click.Group):
    """The command group, with exit codes CI can trust: an internal error exits 3 (never 1, which
    means findings that fail) and Ctrl-C exits 130; neither prints a traceback unless --debug (or
    FACTCHECK_DEBUG=1) asks for one. Commands are imported when asked for (``COMMANDS``)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*COMMANDS, *self.commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            module, name = COMMANDS[cmd_name].split(":")
            command = getattr(importlib.import_module(module), name)
            self.add_command(command, cmd_name)
        return self.commands.get(cmd_name)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.exceptions.ClickException as error:
            # Usage errors quote what was typed: shown escaped, never as a workflow command.
            shown = io.StringIO()
            error.show(file=shown)
            for line in shown.getvalue().splitlines():
                click.echo(plain(line), err=True)
            sys.exit(error.exit_code)
        except (click.exceptions.Exit, click.Abort):
            raise
        except KeyboardInterrupt:
            click.echo("factcheck: interrupted", err=True)
            sys.exit(ExitCode.INTERRUPTED)
        except Exception as error:
            if _debug(ctx):
                raise
            click.echo(
                f"factcheck: internal error: {type(error).__name__}: {_one_line(error)}\n"
                f"This is a bug in factcheck {__version__}: please report it with the command you "
                "ran (run again with --debug for the traceback).",
                err=True,
            )
            sys.exit(ExitCode.INTERNAL)


def _debug(ctx: click.Context) -> bool:
    return bool(ctx.obj and ctx.obj.get("debug")) or os.environ.get("FACTCHECK_DEBUG") == "1"


def _one_line(error: BaseException) -> str:
    text = plain(" ".join(str(error).split()))
    return text[:300] + "…" if len(text) > 300 else text


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
@click.option(
    "--debug", is_flag=True, help="Show the traceback of an internal error (exit code 3)."
)
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """factcheck: find contradictions and unsupported numbers across documents."""
    ctx.obj = {"debug": debug}


def run() -> None:
    """The ``factcheck`` program: ``main``, then, after a command that held a large corpus, the
    exit without freeing it (``_perf.end_process``). Tests invoke ``main``, which returns."""
    try:
        main()
    except SystemExit as done:
        _perf.end_process(done.code)
        raise
