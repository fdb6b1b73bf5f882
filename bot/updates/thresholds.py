"""The numbers of scheduled posts in one place: retries, pauses, leases and the pace of sending."""

from __future__ import annotations

# A channel that answers 403 or 404 this many times in a row has its subscription paused, with the reason.
PAUSE_AFTER_REFUSALS = 3
# A post that failed for another reason (5xx, network, a 400) this many times is given up, with a log line.
MAX_ATTEMPTS = 8
# Retries wait the loop's interval, doubled per attempt, at most this long.
MAX_BACKOFF_SECONDS = 15 * 60
# A claimed post not recorded within this time is assumed lost with its process and is claimed again (after a
# look at the channel, since Discord may have it already).
LEASE_SECONDS = 10 * 60
# Discord allows a bot 50 requests a second in all; posts keep under it with a margin for everything else.
POSTS_PER_SECOND = 45.0
POSTS_BURST = 3  # so that no second holds more than 48
# Channels posted to at once: a slow or failing channel holds one of these, never the others.
CONCURRENT_CHANNELS = 50
# How many of the channel's latest messages are searched for a post whose sending was interrupted.
RECONCILE_HISTORY = 50
# On shutdown, the posting loop's current step and the posts being sent are given this long to end on their own
# (a query cancelled in the middle loses its outcome and logs a traceback); what is still running then is cancelled.
SHUTDOWN_GRACE_SECONDS = 10.0
LIVE_EDIT_SECONDS = 60.0  # a live results message is edited at most this often (Discord allows far more)
RESULTS_REFRESH_SECONDS = 120.0  # a feed of results (election night) is read at least this often
# A post due this long and still not sent means the outbox is stuck (the posting loop stopped, or every attempt
# fails): /healthz fails. Longer than the longest backoff, and than 50 channels' fan-out at the pace above.
OUTBOX_STUCK_SECONDS = 15 * 60
