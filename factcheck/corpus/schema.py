"""The claims file's typed models (pydantic): structure, types and allowed keys; also the JSON Schema."""

from __future__ import annotations

import datetime
import json
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictFloat, StrictInt, StrictStr

ID_PATTERN = r"^[a-z0-9][a-z0-9._-]*$"
SCHEMA_ID = "https://factcheck.dev/schema/claims-v1.json"
SET_FILE_SCHEMA_ID = "https://factcheck.dev/schema/claims-folder-v1.json"

Id = Annotated[StrictStr, Field(pattern=ID_PATTERN, description="Lowercase id: a-z 0-9 . _ -")]
Scalar = StrictStr | StrictInt | StrictFloat | StrictBool
Chance = Annotated[StrictFloat, Field(ge=0, le=1)] | Annotated[StrictInt, Field(ge=0, le=1)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SourceModel(_Model):
    """A document whose claims are checked."""

    id: Id
    path: StrictStr = Field(description="Path relative to the claims file (.txt, .md or .html)")
    title: StrictStr | None = None
    url: StrictStr | None = None
    date: StrictStr | StrictInt | datetime.date | None = Field(
        None,
        description="When the document was written or last updated (2025-03-03, or a year): "
        "values such as '20 years ago' count back from it",
    )
    kind: Literal["article", "reference"] = Field(
        "article", description="article (default) or reference: primary evidence such as a trial"
    )


class SubjectModel(_Model):
    """A quantity or category several sources speak about."""

    id: Id
    label: StrictStr | None = None
    unit: StrictStr | None = Field(
        None, description="Canonical unit in pint syntax, e.g. mg, %, week; time_of_day or version"
    )
    kind: Literal["value", "range", "label"] = Field(
        "value", description="value: one true number; range: the quantity is a range; label"
    )
    tolerance: StrictStr | StrictInt | StrictFloat = Field(
        0, description="Absolute, in `unit` (0.5), or relative ('5%'); default 0"
    )
    terms: list[StrictStr] = Field(default_factory=list, description="Hints for `extract`")
    conversions: dict[StrictStr, StrictStr] = Field(
        default_factory=dict,
        description="Rates pint lacks, for this subject only: {IU: 0.025 µg} reads one IU as "
        "0.025 µg",
    )


class ClaimModel(_Model):
    """What one source says about one subject."""

    # Editors flag an `accept` without the `note` that says why (the loader rejects it too).
    model_config = ConfigDict(
        extra="forbid", frozen=True, json_schema_extra={"dependencies": {"accept": ["note"]}}
    )

    id: Id
    source: Id
    subject: Id
    value: StrictStr | StrictInt | StrictFloat = Field(
        description="4.5 mg, 1.5-4.5 mg, >24%, ~30%, a version such as v3.10 or >=v3.9, or a "
        "label such as bedtime"
    )
    quote: StrictStr = Field(min_length=1, description="Text that occurs in the source")
    context: dict[StrictStr, Scalar] = Field(
        default_factory=dict,
        description="Claims compare only if their contexts are the same (a key only one has sets it apart)",
    )
    cites: list[Id] = Field(default_factory=list, description="Ids of `reference` sources")
    status: Literal["draft", "reviewed", "ignored", "rejected"] = Field(
        "reviewed",
        description="draft (from extract), reviewed, ignored (kept out of the comparison), or "
        "rejected (not a claim: left out of check, never drafted again)",
    )
    link_chance: Chance | None = Field(
        None,
        description="Written by extract on a draft it put under one subject with other sources' "
        "claims: how likely it states the same quantity. Below 0.5 a conflict it is in says "
        "'grouping unsure' until the claim is reviewed (or the key deleted)",
    )
    note: StrictStr | None = None
    accept: list[Literal["unanchored", "conflict", "unsupported"]] = Field(
        default_factory=list, description="Finding kinds reviewed and accepted (give a note)"
    )


class RejectionModel(_Model):
    """A draft a reviewer rejected (or deleted): `extract` never drafts it again."""

    source: Id
    quote: StrictStr = Field(min_length=1, description="Text of the source the draft quoted")
    value: StrictStr | StrictInt | StrictFloat | None = Field(
        None, description="The value rejected; without it, every figure in the quote"
    )
    note: StrictStr | None = None


DRAFT_KEY_PATTERN = r"^[0-9a-f]{12}$"
DraftKey = Annotated[StrictStr, Field(pattern=DRAFT_KEY_PATTERN)]


class ClaimsFileModel(_Model):
    """claims.yaml: a reviewed record of what each source says."""

    version: Literal[1]
    sources: list[SourceModel]
    subjects: list[SubjectModel] = Field(default_factory=list)
    claims: list[ClaimModel] = Field(default_factory=list)
    rejected: list[RejectionModel] = Field(
        default_factory=list,
        description="Drafts rejected or deleted by a reviewer: `extract` does not draft them again",
    )
    drafted: dict[Id, list[DraftKey]] = Field(
        default_factory=dict,
        description="Written by `extract`: keys of the drafts it wrote, by source, so that a "
        "draft deleted from `claims` is recognised (and listed under `rejected`)",
    )


class ClaimsFolderFileModel(ClaimsFileModel):
    """One file of a folder of claims files: a key other than version may be in another file."""

    sources: list[SourceModel] = Field(default_factory=list)


def json_schema(*, folder: bool = False) -> dict[str, Any]:
    """The claims file's JSON Schema (draft-07), for editors and other tools; with ``folder``,
    the schema of one file of a folder of claims files (``sources`` not required)."""
    model = ClaimsFolderFileModel if folder else ClaimsFileModel
    schema = model.model_json_schema(ref_template="#/definitions/{model}")
    schema["definitions"] = schema.pop("$defs")
    schema_id = SET_FILE_SCHEMA_ID if folder else SCHEMA_ID
    return {"$schema": "http://json-schema.org/draft-07/schema#", "$id": schema_id, **schema}


def json_schema_text(*, folder: bool = False) -> str:
    """The JSON Schema as the committed file holds it."""
    return json.dumps(json_schema(folder=folder), indent=2, ensure_ascii=False) + "\n"
