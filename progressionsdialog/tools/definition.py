"""Loading and validating a tool definition (TOML), with errors that name file and key.

>>> tool = load_tool("halsnaes")
>>> [i.key for i in tool.indicators]
['motivation', 'personal_resources', 'competences', 'job_search']
>>> tool.indicator("job_search").name("da")
'Jobsøgning'
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path

from progressionsdialog.errors import ProgressionsdialogError
from progressionsdialog.resource_files import resource_path

LANGUAGES = ("da", "en")
BANDS = ("low", "middle", "high")
_MIN_QUESTIONS, _MAX_QUESTIONS = 3, 5


class ToolDefinitionError(ProgressionsdialogError):
    """A tool definition file is broken: the message names the file and the problem."""


@dataclass(frozen=True, slots=True)
class Indicator:
    key: str
    names: dict[str, str]
    explanations: dict[str, str]
    questions: dict[str, tuple[str, ...]]
    scale_texts: dict[str, dict[str, str]]  # band -> language -> text

    def name(self, language: str = "da") -> str:
        return self.names[language]

    def explanation(self, language: str = "da") -> str:
        return self.explanations[language]

    def scale_text(self, band: str, language: str = "da") -> str:
        return self.scale_texts[band][language]


@dataclass(frozen=True, slots=True)
class ToolDefinition:
    id: str
    version: str
    names: dict[str, str]
    score_min: int
    score_max: int
    bands: dict[str, tuple[int, int]]
    indicators: tuple[Indicator, ...]
    source: str

    def indicator(self, key: str) -> Indicator:
        for indicator in self.indicators:
            if indicator.key == key:
                return indicator
        raise KeyError(key)

    def band_of(self, score: int) -> str:
        for band, (low, high) in self.bands.items():
            if low <= score <= high:
                return band
        raise ValueError(score)


@functools.cache
def load_tool(tool_id: str) -> ToolDefinition:
    """Load a tool shipped in ``resources/tools/<id>.toml`` (read once per program run)."""
    resource = resource_path("tools", f"{tool_id}.toml")
    if not resource.is_file():
        raise ToolDefinitionError(f"Værktøjet '{tool_id}' findes ikke (resources/tools).")
    return _parse(resource.read_bytes(), f"resources/tools/{tool_id}.toml")


def load_tool_file(path: Path | str) -> ToolDefinition:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ToolDefinitionError(f"{path}: filen kan ikke læses ({error.strerror}).") from error
    return _parse(data, str(path))


class _Reader:
    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, problem: str) -> ToolDefinitionError:
        return ToolDefinitionError(f"{self.source}: {where}: {problem}")

    def table(self, parent: dict, key: str, where: str) -> dict:
        value = parent.get(key)
        if not isinstance(value, dict):
            raise self.fail(f"{where}.{key}" if where else key, "mangler eller er ikke en tabel")
        return value

    def text(self, parent: dict, key: str, where: str) -> str:
        value = parent.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"{where}.{key}", "mangler eller er tom tekst")
        return value.strip()

    def languages(self, parent: dict, key: str, where: str) -> dict[str, str]:
        table = self.table(parent, key, where)
        return {lang: self.text(table, lang, f"{where}.{key}") for lang in LANGUAGES}


def _parse(data: bytes, source: str) -> ToolDefinition:
    read = _Reader(source)
    try:
        raw = tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise read.fail("hele filen", "er ikke UTF-8-tekst") from error
    except tomllib.TOMLDecodeError as error:  # also catches a key given twice
        raise read.fail("TOML", str(error)) from error

    tool = read.table(raw, "tool", "")
    tool_id = read.text(tool, "id", "tool")
    version = str(tool.get("version", "")).strip()
    if not version:
        raise read.fail("tool.version", "mangler")
    scale = read.table(tool, "scale", "tool")
    score_min, score_max = scale.get("min"), scale.get("max")
    if not (isinstance(score_min, int) and isinstance(score_max, int) and score_min < score_max):
        raise read.fail("tool.scale", "min og max skal være hele tal, og min mindre end max")
    bands = _bands(read, read.table(tool, "bands", "tool"), score_min, score_max)

    keys = tool.get("indicators")
    if not isinstance(keys, list) or not keys or not all(isinstance(k, str) for k in keys):
        raise read.fail("tool.indicators", "skal være en liste med indikatorernes nøgler")
    if len(set(keys)) != len(keys):
        raise read.fail("tool.indicators", "en indikator står to gange")
    sections = raw.get("indicators", {})
    if not isinstance(sections, dict):
        raise read.fail("indicators", "skal være tabeller, én pr. indikator")
    for key in keys:
        if key not in sections:
            raise read.fail(f"indicators.{key}", "indikatoren mangler i filen")
    for key in sections:
        if key not in keys:
            raise read.fail(f"indicators.{key}", "står ikke i tool.indicators")
    indicators = tuple(_indicator(read, key, sections[key]) for key in keys)
    return ToolDefinition(
        id=tool_id,
        version=version,
        names=read.languages(tool, "name", "tool"),
        score_min=score_min,
        score_max=score_max,
        bands=bands,
        indicators=indicators,
        source=source,
    )


def _bands(read: _Reader, raw: dict, low: int, high: int) -> dict[str, tuple[int, int]]:
    bands: dict[str, tuple[int, int]] = {}
    for band in BANDS:
        value = raw.get(band)
        if not (
            isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) for v in value)
        ):
            raise read.fail(f"tool.bands.{band}", "skal være [fra, til]")
        bands[band] = (value[0], value[1])
    covered = sorted(s for a, b in bands.values() for s in range(a, b + 1))
    if covered != list(range(low, high + 1)):
        raise read.fail("tool.bands", f"skal dække hver score fra {low} til {high} én gang")
    return bands


def _indicator(read: _Reader, key: str, raw: object) -> Indicator:
    where = f"indicators.{key}"
    if not isinstance(raw, dict):
        raise read.fail(where, "skal være en tabel")
    questions_raw = read.table(raw, "questions", where)
    questions: dict[str, tuple[str, ...]] = {}
    for lang in LANGUAGES:
        items = questions_raw.get(lang)
        if not isinstance(items, list) or not all(isinstance(q, str) and q.strip() for q in items):
            raise read.fail(f"{where}.questions.{lang}", "skal være en liste med spørgsmål")
        if not _MIN_QUESTIONS <= len(items) <= _MAX_QUESTIONS:
            raise read.fail(
                f"{where}.questions.{lang}",
                f"skal have {_MIN_QUESTIONS} til {_MAX_QUESTIONS} spørgsmål, ikke {len(items)}",
            )
        questions[lang] = tuple(q.strip() for q in items)
    scale = raw.get("scale")
    if not isinstance(scale, dict) or not scale:
        raise read.fail(f"{where}.scale", "skalaen har ingen beskrivelser")
    scale_texts = {band: read.languages(scale, band, f"{where}.scale") for band in BANDS}
    return Indicator(
        key=key,
        names=read.languages(raw, "name", where),
        explanations=read.languages(raw, "explanation", where),
        questions=questions,
        scale_texts=scale_texts,
    )
