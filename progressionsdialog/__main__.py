"""``python -m progressionsdialog``: the headless commands (the window starts via ``ui``)."""

from progressionsdialog.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
