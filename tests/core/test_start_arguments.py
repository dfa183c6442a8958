"""The window's start reads its few options without the whole parser; what it reads is what
the parser reads, and anything else goes to the parser."""

from __future__ import annotations

import pytest

from progressionsdialog.cli import window_arguments
from progressionsdialog.cli_args import build_parser

READ_FAST = [
    [],
    ["--smoke"],
    ["--demo", "--smoke"],
    ["--smoke", "--demo"],
    ["--data-dir", "data"],
    ["--data-dir=data"],
    ["--data-dir", "mappe med mellemrum/æøå"],
    ["--demo", "--data-dir", "/tmp/demo", "--smoke"],
    ["--data-dir=/x/y", "--demo"],
]
FOR_THE_PARSER = [
    ["-h"],
    ["--help"],
    ["--version"],
    ["list"],
    ["--demo", "list"],
    ["--dem"],
    ["--smoke", "--smoke"],
    ["--data-dir"],
    ["--data-dir="],
    ["--data-dir", "-x"],
    ["--data-dir", "a", "--data-dir", "b"],
    ["--smoke", "extra"],
    ["-d"],
]


@pytest.mark.parametrize("argv", READ_FAST, ids=" ".join)
def test_the_window_s_options_are_read_as_the_parser_reads_them(argv):
    fast = window_arguments(argv)
    assert fast is not None
    full = build_parser().parse_args(argv)

    def read(args):
        return args.command, args.demo, args.smoke, getattr(args, "data_dir", None)

    assert read(fast) == read(full)


@pytest.mark.parametrize("argv", FOR_THE_PARSER, ids=" ".join)
def test_anything_else_is_left_to_the_parser(argv):
    assert window_arguments(argv) is None


def test_help_and_a_wrong_option_still_answer_as_before(cli):
    assert "kommandoer" in cli("--help").stdout
    wrong = cli("--smoke", "--ukendt")
    assert wrong.returncode == 2 and "--ukendt" in wrong.stderr
