"""an endorser may endorse one candidate of a race more than once (a newspaper's primary and general endorsements):
endorsements unique by endorser, candidate, race and date

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 17:45:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0012'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('endorsement', schema=None) as batch_op:
        batch_op.drop_constraint('uq_endorsement_endorser_id_candidate_id_race_id', type_='unique')
        batch_op.create_unique_constraint(op.f('uq_endorsement_endorser_id_candidate_id_race_id_date'),
                                          ['endorser_id', 'candidate_id', 'race_id', 'date'])


def downgrade() -> None:
    # Keep the newest endorsement of each endorser, candidate and race, as the older schema can hold only one.
    op.execute("DELETE FROM endorsement WHERE id NOT IN (SELECT max(id) FROM endorsement "
               "GROUP BY endorser_id, candidate_id, race_id)")
    with op.batch_alter_table('endorsement', schema=None) as batch_op:
        batch_op.drop_constraint('uq_endorsement_endorser_id_candidate_id_race_id_date', type_='unique')
        batch_op.create_unique_constraint(op.f('uq_endorsement_endorser_id_candidate_id_race_id'),
                                          ['endorser_id', 'candidate_id', 'race_id'])
