import pytest

from outreach_app.core.store.database import open_database


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "outreach.db"


@pytest.fixture
def conn(db_path):
    connection = open_database(db_path)
    yield connection
    connection.close()
