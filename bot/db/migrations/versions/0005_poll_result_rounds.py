"""poll results: hypothetical match-ups and ranked-choice rounds

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 14:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN, not batch mode: SQLite's batch mode copies the table, and dropping the old table would
    # cascade-delete what points at it.
    op.add_column('poll_result', sa.Column('hypothetical', sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column('poll_result', sa.Column('ranked_round', sa.Integer(), nullable=True))


def downgrade() -> None:
    # Nothing points at poll_result, so SQLite's batch copy of it deletes nothing else.
    with op.batch_alter_table('poll_result', schema=None) as batch_op:
        batch_op.drop_column('ranked_round')
        batch_op.drop_column('hypothetical')
