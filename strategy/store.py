"""Where strategies are kept between visits: SQLite by default, PostgreSQL with DATABASE_URL.

Each strategy is stored under a random id (192 bits, carried in the app's URL) with a revision
number. A save names the revision it started from; if someone else saved in between (another
tab on the same strategy), the save is refused rather than silently overwriting their work.
The strategy is stored as its JSON file, never pickled, and read back through the same checks
(and migrations) as an uploaded file.
"""

from __future__ import annotations

import os
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from sqlalchemy import (
    Column,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from strategy import persistence
from strategy.model import Strategy

DEFAULT_DATA_DIR = Path(__file__).parent.parent / "data"
ID_BYTES = 24  # 192 bits: unguessable, and no one can list another person's strategies
_ID_PATTERN = re.compile(r"^[A-Za-z0-9_-]{32}$")
SQLITE_BUSY_TIMEOUT_MS = 10_000

metadata = MetaData()
strategies = Table(
    "strategies",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("revision", Integer, nullable=False),
    Column("step", String(32), nullable=False, default="start"),
    Column("data", Text, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)


class StaleRevision(Exception):
    """The strategy was saved elsewhere since this copy was loaded."""

    def __init__(self, current: int) -> None:
        super().__init__(f"stored revision is {current}")
        self.current = current


@dataclass(frozen=True)
class Saved:
    strategy: Strategy
    revision: int
    step: str
    updated_at: datetime


def new_strategy_id() -> str:
    return secrets.token_urlsafe(ID_BYTES)


def is_strategy_id(value: object) -> bool:
    """Only ids this app could have made are looked up: anything else is treated as absent."""
    return isinstance(value, str) and bool(_ID_PATTERN.match(value))


def database_url() -> str:
    """DATABASE_URL if set (e.g. postgresql+psycopg://user:pass@host/db), else SQLite in the data folder."""
    url = os.environ.get("DATABASE_URL", "").strip()
    if url:
        return url
    folder = Path(os.environ.get("STRATEGY_DATA_DIR", DEFAULT_DATA_DIR))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'strategies.db'}"


def _sqlite_pragmas(connection, _record) -> None:
    """WAL lets readers and a writer work at once; the busy timeout makes writers queue, not fail."""
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}
        )
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        # One pool per process, shared by every session of this app server.
        engine = create_engine(url, pool_size=5, max_overflow=10, pool_pre_ping=True)
    metadata.create_all(engine)
    return engine


class Store:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def load(self, strategy_id: str) -> Saved | None:
        if not is_strategy_id(strategy_id):
            return None
        with self.engine.connect() as connection:
            row = connection.execute(select(strategies).where(strategies.c.id == strategy_id)).first()
        if row is None:
            return None
        return Saved(persistence.loads(row.data.encode("utf-8")), row.revision, row.step, row.updated_at)

    def save(self, strategy_id: str, strategy: Strategy, step: str, expected_revision: int) -> int:
        """Store `strategy` if the stored revision is still `expected_revision` (0 for a new one).

        Returns the new revision; raises StaleRevision when another save got there first.
        """
        if not is_strategy_id(strategy_id):
            raise ValueError("not a strategy id")
        data = persistence.dumps(strategy).decode("utf-8")
        now = datetime.now(UTC)
        with self.engine.begin() as connection:
            if expected_revision == 0:
                try:
                    connection.execute(
                        insert(strategies).values(
                            id=strategy_id, revision=1, step=step, data=data, updated_at=now
                        )
                    )
                    return 1
                except IntegrityError:
                    pass  # someone created it first: report the revision they made
            else:
                changed = connection.execute(
                    update(strategies)
                    .where(strategies.c.id == strategy_id, strategies.c.revision == expected_revision)
                    .values(revision=expected_revision + 1, step=step, data=data, updated_at=now)
                ).rowcount
                if changed == 1:
                    return expected_revision + 1
        raise StaleRevision(self.revision(strategy_id))

    def save_step(self, strategy_id: str, step: str) -> None:
        """Remember the step the user is on; not a change of content, so no revision check."""
        if not is_strategy_id(strategy_id):
            return
        with self.engine.begin() as connection:
            connection.execute(update(strategies).where(strategies.c.id == strategy_id).values(step=step))

    def revision(self, strategy_id: str) -> int:
        with self.engine.connect() as connection:
            value = connection.execute(
                select(strategies.c.revision).where(strategies.c.id == strategy_id)
            ).scalar()
        return value or 0


@cache
def default_store() -> Store:
    """The process-wide store (and its connection pool), created on first use."""
    return Store(make_engine(database_url()))
