"""Discord's size limits and the bot's own timeouts and cooldowns, in one place."""

from __future__ import annotations

# Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
EMBED_TOTAL = 6000
EMBED_TITLE = 256
EMBED_DESCRIPTION = 4096
EMBED_FIELDS = 25
FIELD_NAME = 256
FIELD_VALUE = 1024
FOOTER_TEXT = 2048
MESSAGE_CONTENT = 2000
AUTOCOMPLETE_CHOICES = 25
CHOICE_TEXT = 100
BUTTON_LABEL = 80
BUTTONS_PER_ROW = 5

# How an answer is cut into pages: a page holds at most this many facts, and stays well under the limits.
FACTS_PER_PAGE = 10
FACT_TEXT = 600  # one fact longer than this is cut with an ellipsis
PAGE_DESCRIPTION = 3500

# Buttons stop answering after this many seconds without a press.
VIEW_TIMEOUT_SECONDS = 180.0
SUGGESTION_BUTTONS = 3

# Mentions and direct messages: a user may ask this many questions per this many seconds.
MENTION_RATE = 3
MENTION_PER_SECONDS = 20.0
