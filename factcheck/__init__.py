"""factcheck: find contradictions and unsupported numbers across documents.

The public API: ``load(path) -> Corpus``, ``check(corpus) -> Report``.
"""

from factcheck.check import check
from factcheck.corpus.load import load
from factcheck.corpus.model import Claim, Corpus, Source, Subject
from factcheck.problems import InputError, Problem
from factcheck.report.findings import ExitCode, Finding, Kind, Severity
from factcheck.report.model import Report
from factcheck.report.results import Status
from factcheck.version import __version__

__all__ = [
    "Claim",
    "Corpus",
    "ExitCode",
    "Finding",
    "InputError",
    "Kind",
    "Problem",
    "Report",
    "Severity",
    "Source",
    "Status",
    "Subject",
    "__version__",
    "check",
    "load",
]
