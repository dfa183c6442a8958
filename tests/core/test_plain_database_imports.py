"""A plain database opens without SQLCipher's module (issue 16: the start imported it for
nothing), and SQLCipher's errors are still caught once it is in use."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_opening_a_plain_database_does_not_import_sqlcipher(tmp_path):
    script = textwrap.dedent(
        f"""
        import sys
        from progressionsdialog.storage import open_database
        from progressionsdialog.storage.citizens import list_register
        from progressionsdialog.storage.database import database_errors
        db = open_database({str(tmp_path / "plain.db")!r})
        list_register(db)
        database_errors()
        print("sqlcipher3" in sys.modules)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False"


def test_sqlcipher_errors_are_database_errors_once_it_is_loaded():
    from sqlcipher3 import dbapi2

    from progressionsdialog.storage.database import database_errors, integrity_errors

    assert dbapi2.Error in database_errors()
    assert dbapi2.IntegrityError in integrity_errors()
