"""update subscriptions: the language their posts are written in

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27 17:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN, not batch mode: SQLite's batch mode copies the table, and dropping the old table would
    # cascade-delete the outbox rows that point at it. Existing subscriptions keep posting in English.
    op.add_column('update_subscription', sa.Column('language', sa.String(length=8), nullable=False,
                                                   server_default='en'))


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+), for the same reason: a batch copy would empty the outbox.
    op.drop_column('update_subscription', 'language')
