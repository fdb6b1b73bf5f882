"""race structure, endorser aliases, pollster aliases

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 13:50:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from bot.races import infer_structure, natural_name, structure_from_538

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN, not batch mode: SQLite's batch mode copies the table, and dropping the old race table
    # would cascade-delete every poll and endorsement that points at it.
    op.add_column('race', sa.Column('office_kind', sa.String(length=20), nullable=False, server_default='other'))
    op.add_column('race', sa.Column('state_code', sa.String(length=2), nullable=True))
    op.add_column('race', sa.Column('locality', sa.String(length=200), nullable=True))
    op.add_column('race', sa.Column('district', sa.String(length=20), nullable=True))
    op.add_column('race', sa.Column('seat_class', sa.String(length=5), nullable=True))
    op.add_column('race', sa.Column('special', sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column('endorser', sa.Column('aliases', sa.JSON(), nullable=False, server_default='[]'))
    op.create_table('pollster_alias',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pollster', sa.String(length=300), nullable=False),
    sa.Column('alias', sa.String(length=300), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pollster_alias')),
    sa.UniqueConstraint('pollster', 'alias', name=op.f('uq_pollster_alias_pollster_alias'))
    )
    _fill_race_structure()


def _fill_race_structure() -> None:
    """Existing races get their structure; races named the way the 538 importer named them get natural names."""
    conn = op.get_bind()
    race = sa.table('race', sa.column('id', sa.Integer), sa.column('name', sa.String), sa.column('office', sa.String),
                    sa.column('office_type', sa.String), sa.column('jurisdiction', sa.String),
                    sa.column('state', sa.String), sa.column('cycle', sa.Integer),
                    sa.column('office_kind', sa.String), sa.column('state_code', sa.String),
                    sa.column('locality', sa.String), sa.column('district', sa.String),
                    sa.column('seat_class', sa.String), sa.column('special', sa.Boolean))
    rows = conn.execute(sa.select(race.c.id, race.c.name, race.c.office, race.c.office_type, race.c.jurisdiction,
                                  race.c.state, race.c.cycle)).all()
    for rid, name, office, office_type, jurisdiction, state, cycle in rows:
        from_538 = name == f"{cycle} {jurisdiction} {office}" and (office_type or "").startswith(("U.S.", "Governor"))
        if from_538:
            seat = office[len(office_type or ""):].strip()
            structure = structure_from_538(state or "", office_type, seat, cycle)
        else:
            structure = infer_structure(office, office_type, jurisdiction, state, cycle)
        values = {"office_kind": structure.office_kind, "state_code": structure.state_code,
                  "locality": structure.locality, "district": structure.district,
                  "seat_class": structure.seat_class, "special": structure.special}
        if from_538:
            values["name"] = natural_name(structure)
        conn.execute(race.update().where(race.c.id == rid).values(**values))


def downgrade() -> None:
    op.drop_table('pollster_alias')
    with op.batch_alter_table('endorser', schema=None) as batch_op:
        batch_op.drop_column('aliases')
    with op.batch_alter_table('race', schema=None) as batch_op:
        for column in ('special', 'seat_class', 'district', 'locality', 'state_code', 'office_kind'):
            batch_op.drop_column(column)
