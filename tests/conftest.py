import os
import sys
from pathlib import Path

import pytest

# The project root on the path, so `strategy` and `ui` import without installing the project.
ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT))


@pytest.fixture(autouse=True, scope="session")
def isolated_data_dir(tmp_path_factory):
    """Every test run saves into a folder of its own, never into the project's data/."""
    folder = tmp_path_factory.mktemp("data")
    os.environ["STRATEGY_DATA_DIR"] = str(folder)
    os.environ.pop("DATABASE_URL", None)
    from strategy.store import default_store

    default_store.cache_clear()
    yield folder
    default_store.cache_clear()
