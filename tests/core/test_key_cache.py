"""The key is derived once per file and session: later connections (a worker thread's, the
crash harness's writers, a check before the real open) cost no key derivation."""

from __future__ import annotations

import pytest

from progressionsdialog.demo import create_demo_database
from progressionsdialog.storage import DB_FILENAME, open_database, session_key
from progressionsdialog.storage.citizens import count_citizens
from progressionsdialog.storage.database import WrongPasswordError, _derived_key


def test_a_second_open_uses_the_derived_key_and_still_checks_the_password(data_dir):
    session_key.set_password("første lange kode")
    create_demo_database(data_dir)
    _derived_key.cache_clear()
    for _ in range(3):
        db = open_database(data_dir / DB_FILENAME)
        assert count_citizens(db) == 7
        db.close()
    info = _derived_key.cache_info()
    assert (info.misses, info.hits) == (1, 2)
    session_key.set_password("forkert kode helt")
    with pytest.raises(WrongPasswordError):
        open_database(data_dir / DB_FILENAME)


def test_the_derived_key_follows_a_password_change(data_dir):
    from progressionsdialog.storage.database import change_password

    session_key.set_password("første lange kode")
    db = open_database(create_demo_database(data_dir))
    change_password(db, "anden lange kode")
    db.close()
    db = open_database(data_dir / DB_FILENAME)  # the new password, derived for this salt
    assert count_citizens(db) == 7
    db.close()
    session_key.set_password("første lange kode")
    with pytest.raises(WrongPasswordError):
        open_database(data_dir / DB_FILENAME)
