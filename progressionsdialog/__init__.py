"""progressionsdialog: the core of the program.

Domain types, storage, tool definitions, charts, reports and the command line.
Nothing here imports Qt widgets; it runs and is tested with no display.
"""

from progressionsdialog import lazy_modules

__version__ = "0.1.0"
APP_NAME = "progressionsdialog"

lazy_modules.install()
