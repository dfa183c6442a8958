"""Tool definitions: the indicators, questions and scale texts, read from ``resources/tools``.

The tools are data, not code: a municipality can add its own TOML file.
"""

from progressionsdialog.tools.definition import (
    BANDS,
    Indicator,
    ToolDefinition,
    ToolDefinitionError,
    load_tool,
    load_tool_file,
)

__all__ = [
    "BANDS",
    "Indicator",
    "ToolDefinition",
    "ToolDefinitionError",
    "load_tool",
    "load_tool_file",
]
