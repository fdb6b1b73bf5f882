"""results as a time series: snapshots of the count per race and stage

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27 15:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'result_snapshot',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('race_id', sa.Integer(), nullable=False),
        sa.Column('stage', sa.String(length=40), nullable=False),
        sa.Column('taken_at', sa.DateTime(), nullable=False),
        sa.Column('units_reported', sa.Integer(), nullable=True),
        sa.Column('units_total', sa.Integer(), nullable=True),
        sa.Column('unit', sa.String(length=20), nullable=False),
        sa.Column('certified', sa.Boolean(), nullable=False),
        sa.Column('called_candidate_id', sa.Integer(), nullable=True),
        sa.Column('source_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['race_id'], ['race.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['called_candidate_id'], ['candidate.id'], ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['source_id'], ['source.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('race_id', 'stage', 'source_id', 'taken_at'),
    )
    op.create_index('ix_result_snapshot_race_id', 'result_snapshot', ['race_id'])
    op.create_table(
        'result_count',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('snapshot_id', sa.Integer(), nullable=False),
        sa.Column('candidate_id', sa.Integer(), nullable=False),
        sa.Column('votes', sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(['snapshot_id'], ['result_snapshot.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['candidate_id'], ['candidate.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('snapshot_id', 'candidate_id'),
    )
    op.create_index('ix_result_count_candidate_id', 'result_count', ['candidate_id'])


def downgrade() -> None:
    op.drop_index('ix_result_count_candidate_id', table_name='result_count')
    op.drop_table('result_count')
    op.drop_index('ix_result_snapshot_race_id', table_name='result_snapshot')
    op.drop_table('result_snapshot')
