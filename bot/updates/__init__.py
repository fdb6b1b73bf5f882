"""Scheduled update posts: subscriptions, feeds and the outbox; no Discord objects (cogs/updates.py sends)."""

from bot.updates.feeds import FeedReport, Feeds
from bot.updates.outbox import ClaimedPost, Delivery, Outbox, ShardScope
from bot.updates.posts import UpdatePost
from bot.updates.service import UpdateService
from bot.updates.subscriptions import SubscribeRequest, Subscriptions

__all__ = ["ClaimedPost", "Delivery", "FeedReport", "Feeds", "Outbox", "ShardScope", "SubscribeRequest",
           "Subscriptions", "UpdatePost", "UpdateService"]
