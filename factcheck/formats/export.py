"""The ``export`` formats: one enum, one exhaustive factory of formatters."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from factcheck.formats.base import Formatter


@dataclass(frozen=True)
class ExportOptions:
    """Settings some export formats take."""

    title: str = "factcheck report"
    """Title of the HTML page."""
    review_url: str | None = None
    """Where the ClaimReview items will be published (each gets ``URL#claim-ID``)."""
    publisher: str | None = None
    """Organisation named as the ClaimReview author."""


class ExportFormat(StrEnum):
    """What ``factcheck export`` can write; each is an option of the same name."""

    HTML = "html"
    CSV = "csv"
    GRAPHML = "graphml"
    JSON = "json"
    CLAIMREVIEW = "claimreview"

    def to_formatter(self, options: ExportOptions | None = None) -> Formatter:
        """The formatter for this format; a test walks every member. Each is imported here, when
        chosen: pandas (CSV), networkx (GraphML) and jinja2 (HTML) take about a second to import,
        which every other command would pay."""
        options = options or ExportOptions()
        match self:
            case ExportFormat.HTML:
                from factcheck.formats.html import HtmlFormatter

                return HtmlFormatter(title=options.title)
            case ExportFormat.CSV:
                from factcheck.formats.csv import CsvFormatter

                return CsvFormatter()
            case ExportFormat.GRAPHML:
                from factcheck.formats.graphml import GraphmlFormatter

                return GraphmlFormatter()
            case ExportFormat.JSON:
                from factcheck.formats.json import JsonFormatter

                return JsonFormatter()
            case ExportFormat.CLAIMREVIEW:
                from factcheck.formats.claimreview import ClaimReviewFormatter

                return ClaimReviewFormatter(options.review_url, options.publisher)
