"""Request bodies as pydantic models: one place that validates fields and documents them.

LibreTranslate clients send JSON, URL-encoded or multipart forms, so routes read the
body themselves (``forms.read_body``, size-capped) and validate its fields here with
``parse``; ``request_body`` puts the same models into the OpenAPI schema, so ``/docs``
shows every field of every body. Messages follow LibreTranslate's
(``Invalid request: missing q parameter``).
"""

from __future__ import annotations

from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .forms import BadRequest

MAX_ALTERNATIVES = 3  # LibreTranslate's limit


def _blank_to_none(value: Any) -> Any:
    """An empty form field means "not given"."""
    return None if value == "" else value


class _Request(BaseModel):
    # Unknown fields are ignored, as LibreTranslate does (clients send extras)
    model_config = ConfigDict(extra="ignore", populate_by_name=True)

    api_key: str | None = Field(
        None, description="API key, when the server needs one (or the X-API-Key header)."
    )


class TranslateRequest(_Request):
    q: str | list[str] = Field(description="Text to translate, or a list of texts.")
    source: str = Field(description="zh, zh-Hans, zh-Hant, zt, or auto (detect).")
    target: str = Field(description="en.")
    format: Literal["text", "html"] = Field(
        "text", description="html: translate the text between tags, keep the markup."
    )
    alternatives: int = Field(
        0, ge=0, le=MAX_ALTERNATIVES, description="Alternative translations wanted (none given)."
    )

    @field_validator("q", mode="before")
    @classmethod
    def _q(cls, value: Any) -> Any:
        return _texts(value)

    @field_validator("format", mode="before")
    @classmethod
    def _format(cls, value: Any) -> Any:
        return _format_of(value, ("text", "html"))

    @field_validator("alternatives", mode="before")
    @classmethod
    def _alternatives(cls, value: Any) -> Any:
        value = _blank_to_none(value) or 0
        if isinstance(value, bool) or not str(value).strip().isdigit():
            raise ValueError("alternatives parameter is not a number")
        if int(value) > MAX_ALTERNATIVES:
            raise ValueError(f"alternatives parameter must be <= {MAX_ALTERNATIVES}")
        return int(value)


class DetectRequest(_Request):
    q: str | list[str] = Field(description="Text, or a list of texts, to identify.")

    @field_validator("q", mode="before")
    @classmethod
    def _q(cls, value: Any) -> Any:
        return _texts(value)


class TranslateFileRequest(_Request):
    source: str = Field(description="zh, zh-Hans, zh-Hant, zt or auto.")
    target: str = Field(description="en.")


class BriefRequest(_Request):
    text: str | None = Field(None, description="The Chinese text (or upload a file).")
    name: str | None = Field(None, description="What the brief calls the source.")
    format: str = Field("md", description="The answer's format (see the enum).")
    full: bool = Field(False, description="/brief: translate the whole text too.")
    translate_only: bool = Field(
        False, description="/brief: the whole text translated, no summary or key points."
    )
    run_async: bool = Field(
        False, alias="async", description="Answer 202 with a job's status URL at once."
    )
    sentences: int | None = Field(None, description="Summary sentences per section.")
    ratio: float | None = Field(None, description="Share of each section summarised.")
    key_points: int | None = Field(None, description="Key points in the brief.")

    @field_validator("sentences", "ratio", "key_points", "name", "text", mode="before")
    @classmethod
    def _blank(cls, value: Any) -> Any:
        return _blank_to_none(value)

    @field_validator("format", mode="before")
    @classmethod
    def _format(cls, value: Any) -> Any:
        from . import documents

        return _format_of(value, documents.BRIEF_FORMATS)

    def summary_options(self) -> dict[str, Any]:
        """The CLI's summary options as config keys (checked by the config)."""
        given = {
            "summarise.sentences_per_section": self.sentences,
            "summarise.ratio": self.ratio,
            "summarise.key_points": self.key_points,
        }
        return {k: v for k, v in given.items() if v is not None}


def _format_of(value: Any, options: tuple[str, ...]) -> Any:
    """One of the formats offered; not given (or blank) is the first."""
    value = _blank_to_none(value) or options[0]
    if value not in options:
        listed = ", ".join(options[:-1]) + " or " + options[-1]
        raise ValueError(f"format must be {listed}, got {value!r}")
    return value


def _texts(value: Any) -> Any:
    if value is None or value == "" or value == []:
        raise ValueError("missing q parameter")
    if isinstance(value, str) or (
        isinstance(value, list) and all(isinstance(x, str) for x in value)
    ):
        return value
    raise ValueError("q must be a string or a list of strings")


Model = TypeVar("Model", bound=BaseModel)


def parse(model: type[Model], fields: dict[str, Any]) -> Model:
    """The fields as the model, or a 400 with LibreTranslate's wording."""
    try:
        return model.model_validate(fields)
    except ValidationError as e:
        first = e.errors()[0]
        name = ".".join(str(x) for x in first["loc"]) or "body"
        if first["type"] == "missing":
            raise BadRequest(f"Invalid request: missing {name} parameter") from None
        if first["type"] == "value_error":
            raise BadRequest(f"Invalid request: {first['ctx']['error']}") from None
        raise BadRequest(f"Invalid request: {name}: {first['msg']}") from None


def request_body(model: type[BaseModel], *, upload: bool = False) -> dict[str, Any]:
    """``openapi_extra`` documenting the model as JSON, form and (``upload``) multipart
    with a ``file`` part."""
    schema = model.model_json_schema(by_alias=True)
    if model is BriefRequest:
        from . import documents

        schema["properties"]["format"]["enum"] = list(documents.BRIEF_FORMATS)
    content: dict[str, Any] = {
        "application/json": {"schema": schema},
        "application/x-www-form-urlencoded": {"schema": schema},
    }
    if upload:
        multipart = {**schema, "properties": dict(schema["properties"])}
        multipart["properties"]["file"] = {"type": "string", "format": "binary"}
        content["multipart/form-data"] = {"schema": multipart}
    return {"requestBody": {"required": True, "content": content}}
