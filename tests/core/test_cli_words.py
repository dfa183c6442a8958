"""The command line speaks Danish: help, descriptions, argparse's own errors (issue 12)."""

from __future__ import annotations

import pytest

from progressionsdialog.cli_args import build_parser

ENGLISH = ("usage", "options:", "show this help", "error:", "required", "invalid", "choose")


def _commands() -> list[str]:
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return sorted(action.choices)


def test_the_main_help_is_danish(cli):
    result = cli("--help")
    assert result.returncode == 0
    assert result.stdout.startswith("brug: progressionsdialog")
    for word in ENGLISH:
        assert word not in result.stdout


@pytest.mark.parametrize("command", _commands())
def test_every_command_and_option_is_described(command):
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command").choices[command]
    assert sub.description, command
    for action in sub._actions:
        assert action.help, f"{command} {action.option_strings or action.dest}"
    text = sub.format_help()
    for word in ENGLISH:
        assert word not in text, (command, word)


def test_import_scores_help_explains_the_file():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command").choices["import-scores"]
    text = sub.format_help()
    assert "borger_id;dato;indikator;borger_score;medarbejder_score;talte_om" in text
    assert "--erstat" in text and "dd-mm-åååå" in text


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("frob",), "ugyldigt valg: 'frob'"),
        (("score", "--meeting", "x", "--indicator", "motivation"), "ugyldig værdi: 'x'"),
        (("meetings",), "disse skal angives: --citizen"),
        (("list", "--nonsense"), "ukendte argumenter: --nonsense"),
        (
            (
                "pdf",
                "--citizen",
                "1",
                "--kind",
                "plan",
                "--out",
                "x.pdf",
                "--include-private-notes",
            ),
            "private noter kommer aldrig i borgerens plan",
        ),
    ],
    ids=["unknown-command", "bad-number", "missing", "unknown-option", "meaningless"],
)
def test_wrong_use_is_told_in_danish(cli, tmp_path, args, expected):
    result = cli(*args, "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert expected in result.stderr
    assert "fejl:" in result.stderr
    assert "error" not in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()
