"""The Halsnæs tool is data; a broken definition names its file and its problem."""

from __future__ import annotations

import pytest

from progressionsdialog.resource_files import resource_path
from progressionsdialog.tools import ToolDefinitionError, load_tool, load_tool_file

SHIPPED = resource_path("tools", "halsnaes.toml").read_text(encoding="utf-8")


def write(tmp_path, text: str):
    path = tmp_path / "kommune.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_tool_loads_with_four_indicators_in_both_languages():
    tool = load_tool("halsnaes")
    assert (tool.id, tool.version) == ("halsnaes", "1")
    assert [i.name("da") for i in tool.indicators] == [
        "Motivation",
        "Personlige ressourcer",
        "Kompetencer",
        "Jobsøgning",
    ]
    for indicator in tool.indicators:
        for lang in ("da", "en"):
            assert 3 <= len(indicator.questions[lang]) <= 5
            assert all(indicator.scale_text(band, lang) for band in ("low", "middle", "high"))
    assert [tool.band_of(s) for s in (1, 3, 4, 7, 8, 10)] == [
        "low", "low", "middle", "middle", "high", "high",
    ]  # fmt: skip


def test_a_missing_indicator_is_named(tmp_path):
    broken = SHIPPED.replace("[indicators.job_search]", "[unused_section]")
    with pytest.raises(ToolDefinitionError) as caught:
        load_tool_file(write(tmp_path, broken))
    assert "kommune.toml" in str(caught.value)
    assert "indicators.job_search" in str(caught.value)
    assert "mangler" in str(caught.value)


def test_a_duplicated_key_is_named(tmp_path):
    broken = SHIPPED.replace(
        'name = { da = "Kompetencer", en = "Competences" }',
        'name = { da = "Kompetencer", en = "Competences" }\nname = { da = "X", en = "X" }',
    )
    with pytest.raises(ToolDefinitionError) as caught:
        load_tool_file(write(tmp_path, broken))
    assert "kommune.toml" in str(caught.value)
    assert "TOML" in str(caught.value)


def test_a_scale_with_no_descriptions(tmp_path):
    start = SHIPPED.index("[indicators.competences]")
    section = SHIPPED[start:]
    cut = "\n".join(line for line in section.splitlines() if not line.startswith("scale."))
    with pytest.raises(ToolDefinitionError, match=r"indicators\.competences\.scale"):
        load_tool_file(write(tmp_path, SHIPPED[:start] + cut))


def test_a_missing_band_text_and_too_few_questions(tmp_path):
    lines = SHIPPED.splitlines()
    last_high = max(i for i, line in enumerate(lines) if line.startswith("scale.high"))
    no_high = "\n".join(lines[:last_high] + lines[last_high + 1 :])
    with pytest.raises(ToolDefinitionError, match=r"job_search\.scale\.high"):
        load_tool_file(write(tmp_path, no_high))
    few = SHIPPED.replace('  "Hvad får dig til at stå op om morgenen?",\n', "").replace(
        '  "Hvad har du lyst til at prøve?",\n', ""
    )
    with pytest.raises(ToolDefinitionError, match="3 til 5 spørgsmål, ikke 2"):
        load_tool_file(write(tmp_path, few))


def test_unreadable_and_unknown_files(tmp_path):
    with pytest.raises(ToolDefinitionError, match="kan ikke læses"):
        load_tool_file(tmp_path / "none.toml")
    with pytest.raises(ToolDefinitionError, match="findes ikke"):
        load_tool("ukendt")
    path = tmp_path / "latin1.toml"
    path.write_bytes("navn = 'Jobsøgning'".encode("latin-1"))
    with pytest.raises(ToolDefinitionError, match="UTF-8"):
        load_tool_file(path)
