"""results by area and vote type, turnout, ballot measures' thresholds

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 06:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN (no batch copy): counts recorded before have no total, turnout nor areas; races no threshold.
    op.add_column('race', sa.Column('pass_threshold', sa.Float(), nullable=True))
    op.add_column('result_snapshot', sa.Column('total_votes', sa.BigInteger(), nullable=True))
    op.add_column('result_snapshot', sa.Column('registered', sa.BigInteger(), nullable=True))
    op.add_column('result_snapshot', sa.Column('ballots_cast', sa.BigInteger(), nullable=True))
    op.create_table(
        'area_count',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('snapshot_id', sa.Integer(), nullable=False),
        sa.Column('candidate_id', sa.Integer(), nullable=False),
        sa.Column('county', sa.String(length=120), nullable=False),
        sa.Column('precinct', sa.String(length=200), nullable=True),
        sa.Column('vote_type', sa.String(length=60), nullable=False),
        sa.Column('votes', sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(['candidate_id'], ['candidate.id'], name=op.f('fk_area_count_candidate_id_candidate'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['snapshot_id'], ['result_snapshot.id'],
                                name=op.f('fk_area_count_snapshot_id_result_snapshot'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_area_count')),
    )
    op.create_index('ix_area_count_snapshot_id_county', 'area_count', ['snapshot_id', 'county'])
    op.create_index(op.f('ix_area_count_candidate_id'), 'area_count', ['candidate_id'])
    op.create_table(
        'area_turnout',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('snapshot_id', sa.Integer(), nullable=False),
        sa.Column('county', sa.String(length=120), nullable=False),
        sa.Column('precinct', sa.String(length=200), nullable=True),
        sa.Column('registered', sa.BigInteger(), nullable=True),
        sa.Column('ballots_cast', sa.BigInteger(), nullable=True),
        sa.Column('total_votes', sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(['snapshot_id'], ['result_snapshot.id'],
                                name=op.f('fk_area_turnout_snapshot_id_result_snapshot'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_area_turnout')),
    )
    op.create_index('ix_area_turnout_snapshot_id_county', 'area_turnout', ['snapshot_id', 'county'])


def downgrade() -> None:
    op.drop_index('ix_area_turnout_snapshot_id_county', table_name='area_turnout')
    op.drop_table('area_turnout')
    op.drop_index(op.f('ix_area_count_candidate_id'), table_name='area_count')
    op.drop_index('ix_area_count_snapshot_id_county', table_name='area_count')
    op.drop_table('area_count')
    with op.batch_alter_table('result_snapshot') as batch:
        batch.drop_column('ballots_cast')
        batch.drop_column('registered')
        batch.drop_column('total_votes')
    with op.batch_alter_table('race') as batch:
        batch.drop_column('pass_threshold')
