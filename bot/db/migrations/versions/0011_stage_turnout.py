"""turnout of a stage as a source states it (registered voters, ballots cast, the share)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 10:45:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'stage_turnout',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('race_id', sa.Integer(), nullable=False),
        sa.Column('stage', sa.String(length=40), nullable=False),
        sa.Column('registered', sa.BigInteger(), nullable=True),
        sa.Column('ballots_cast', sa.BigInteger(), nullable=True),
        sa.Column('pct', sa.Float(), nullable=True),
        sa.Column('source_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['race_id'], ['race.id'], name=op.f('fk_stage_turnout_race_id_race'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['source_id'], ['source.id'], name=op.f('fk_stage_turnout_source_id_source')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_stage_turnout')),
        sa.UniqueConstraint('race_id', 'stage', name=op.f('uq_stage_turnout_race_id_stage')),
    )


def downgrade() -> None:
    op.drop_table('stage_turnout')
