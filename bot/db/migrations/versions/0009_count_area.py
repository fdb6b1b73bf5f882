"""result snapshots: the area a count covers (a county's file counts that county only)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 04:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN (no batch copy): the counts of snapshots already recorded are of the whole race.
    op.add_column('result_snapshot', sa.Column('area', sa.String(length=120), nullable=True))


def downgrade() -> None:
    op.drop_column('result_snapshot', 'area')
