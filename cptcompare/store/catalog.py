"""Named things people keep: practice profiles, fee schedules, and workspaces.

A workspace is a named set of contracts plus a profile, with an unguessable id (128 bits) for
share links. Removing a contract from a workspace, or deleting a workspace, is soft and can be
undone.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, Table, insert, select, update

from ..models import FeeSchedule, PracticeProfile
from ..textclean import sanitize
from .history import History
from .library import now
from .schema import profiles, schedules, workspace_contracts, workspaces

ID_BYTES = 16  # 128 bits


@dataclass(frozen=True)
class Workspace:
    id: str
    name: str
    profile_name: str | None
    created_at: datetime
    deleted_at: datetime | None


class Catalog:
    def __init__(self, engine: Engine, history: History | None = None) -> None:
        self.engine = engine
        self.history = history or History(engine)

    def _read(self):
        return self.engine.connect().execution_options(sqlite_begin="DEFERRED")

    # --- named documents -----------------------------------------------------------------------

    def _put(self, table: Table, name: str, data: str) -> None:
        with self.engine.begin() as conn:
            exists = conn.execute(select(table.c.name).where(table.c.name == name)).first()
            if exists:
                conn.execute(update(table).where(table.c.name == name).values(data=data, updated_at=now()))
            else:
                conn.execute(insert(table).values(name=name, data=data, updated_at=now()))

    def _get(self, table: Table, name: str) -> str | None:
        with self._read() as conn:
            return conn.execute(select(table.c.data).where(table.c.name == name)).scalar()

    def _names(self, table: Table) -> list[str]:
        with self._read() as conn:
            return list(conn.execute(select(table.c.name).order_by(table.c.name)).scalars())

    def save_profile(self, name: str, profile: PracticeProfile) -> None:
        name = sanitize(name)
        self._put(profiles, name, profile.model_copy(update={"name": name}).model_dump_json())

    def profile(self, name: str) -> PracticeProfile | None:
        data = self._get(profiles, name)
        return PracticeProfile.model_validate_json(data) if data else None

    def profile_names(self) -> list[str]:
        return self._names(profiles)

    def save_schedule(self, schedule: FeeSchedule) -> None:
        schedule = schedule.model_copy(update={"name": sanitize(schedule.name), "kind": "custom"})
        self._put(schedules, schedule.name, schedule.model_dump_json())

    def schedule(self, name: str) -> FeeSchedule | None:
        data = self._get(schedules, name)
        return FeeSchedule.model_validate_json(data) if data else None

    def schedule_names(self) -> list[str]:
        return self._names(schedules)

    # --- workspaces ----------------------------------------------------------------------------

    def create_workspace(self, name: str, profile_name: str | None = None) -> Workspace:
        with self.engine.begin() as conn:
            new_id = self.create_workspace_in(conn, name, profile_name)
        return self.workspace(new_id, include_deleted=True)

    def create_workspace_in(self, conn, name: str, profile_name: str | None = None) -> str:
        """A new workspace inside the caller's transaction; its id."""
        new_id = secrets.token_urlsafe(ID_BYTES)
        conn.execute(
            insert(workspaces).values(
                id=new_id, name=sanitize(name), profile_name=profile_name, created_at=now()
            )
        )
        return new_id

    def workspace(self, workspace_id: str, include_deleted: bool = False) -> Workspace | None:
        with self._read() as conn:
            row = conn.execute(select(workspaces).where(workspaces.c.id == workspace_id)).first()
        if row is None or (row.deleted_at is not None and not include_deleted):
            return None
        return Workspace(row.id, row.name, row.profile_name, row.created_at, row.deleted_at)

    def workspace_named(self, name: str) -> Workspace | None:
        with self._read() as conn:
            found = conn.execute(
                select(workspaces.c.id)
                .where(workspaces.c.name == name, workspaces.c.deleted_at.is_(None))
                .order_by(workspaces.c.created_at)
            ).scalar()
        return self.workspace(found) if found else None

    def workspaces(self) -> list[Workspace]:
        with self._read() as conn:
            rows = (
                conn.execute(
                    select(workspaces.c.id)
                    .where(workspaces.c.deleted_at.is_(None))
                    .order_by(workspaces.c.created_at)
                )
                .scalars()
                .all()
            )
        return [self.workspace(i) for i in rows]

    def _set_deleted(self, workspace_id: str, deleted: bool) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                update(workspaces)
                .where(workspaces.c.id == workspace_id)
                .values(deleted_at=now() if deleted else None)
            )

    def delete_workspace(self, workspace_id: str) -> None:
        self._set_deleted(workspace_id, True)

    def restore_workspace(self, workspace_id: str) -> None:
        self._set_deleted(workspace_id, False)

    def set_workspace_profile(self, workspace_id: str, profile_name: str | None) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                update(workspaces).where(workspaces.c.id == workspace_id).values(profile_name=profile_name)
            )

    def add_to_workspace(self, workspace_id: str, sha: str, who: str | None = None) -> None:
        with self.engine.begin() as conn:
            self.add_in(conn, workspace_id, sha, who)

    def add_in(self, conn, workspace_id: str, sha: str, who: str | None = None) -> None:
        """add_to_workspace() inside the caller's transaction; bringing back a removed contract
        is recorded in the history as put back."""
        key = (workspace_contracts.c.workspace_id == workspace_id) & (workspace_contracts.c.sha256 == sha)
        found = conn.execute(select(workspace_contracts.c.removed_at).where(key)).first()
        if found:
            conn.execute(update(workspace_contracts).where(key).values(removed_at=None))
            if found.removed_at is not None:
                self.history.record(conn, "put_back", who, workspace_id, sha)
        else:
            conn.execute(
                insert(workspace_contracts).values(workspace_id=workspace_id, sha256=sha, added_at=now())
            )

    def remove_from_workspace(self, workspace_id: str, sha: str, who: str | None = None) -> None:
        """Soft: add_to_workspace() brings it back."""
        key = (workspace_contracts.c.workspace_id == workspace_id) & (workspace_contracts.c.sha256 == sha)
        with self.engine.begin() as conn:
            conn.execute(update(workspace_contracts).where(key).values(removed_at=now()))
            self.history.record(conn, "remove", who, workspace_id, sha)

    def contracts_in(self, workspace_id: str) -> list[str]:
        with self._read() as conn:
            return list(
                conn.execute(
                    select(workspace_contracts.c.sha256)
                    .where(
                        workspace_contracts.c.workspace_id == workspace_id,
                        workspace_contracts.c.removed_at.is_(None),
                    )
                    .order_by(workspace_contracts.c.added_at)
                ).scalars()
            )
