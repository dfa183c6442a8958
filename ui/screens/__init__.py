"""Qt screens of the program."""
