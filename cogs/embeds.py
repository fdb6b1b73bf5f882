"""Typed answers, charts, help and import results as Discord embeds: the only place that builds embeds. An embed's
own words (sources, pages, footer) are in the language of the answer it shows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import discord

from bot.charts import PollChart
from bot.engine.answers import Answer, Fact, SourceRef
from bot.i18n import ENGLISH, Messages, messages
from bot.updates.posts import UpdatePost
from cogs import limits

COLOURS = {
    "ok": discord.Colour.blurple(),
    "no_data": discord.Colour.light_grey(),
    "help": discord.Colour.dark_teal(),
    "not_found": discord.Colour.orange(),
    "ambiguous": discord.Colour.orange(),
    "need_race": discord.Colour.orange(),
    "rejected": discord.Colour.red(),
    "update": discord.Colour.green(),
}
ERROR_COLOUR = discord.Colour.red()


def footer(m: Messages) -> str:
    """"Racebot · answers from its own database, with sources" in `m`'s language."""
    return m.gettext("Racebot · answers from its own database, with sources")


@dataclass(frozen=True, slots=True)
class CommandHelp:
    """One line of the help: how to call a command, what it does and an example."""

    usage: str
    description: str
    example: str


def escape(text: str) -> str:
    """User and data text made inert: no markdown, no @everyone/@here (pings are also off for every message)."""
    return discord.utils.escape_mentions(discord.utils.escape_markdown(text))


def cut(text: str, limit: int) -> str:
    """`text` within `limit` characters, cut at a word boundary with an ellipsis when it is longer."""
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    space = head.rfind(" ")
    if space > limit * 0.6:
        head = head[:space]
    return head.rstrip(" \\,;:") + "…"


def link(label: str, url: str) -> str:
    """A masked link whose label cannot close the brackets and whose URL cannot close the parenthesis."""
    safe_url = url.replace(" ", "%20").replace(")", "%29").replace("(", "%28")
    return f"[{escape(label).replace(']', '')}]({safe_url})"


def answer_pages(answer: Answer) -> list[discord.Embed]:
    """The answer as one embed per page: summary, facts with numbered source links, then the page's sources."""
    m = messages(answer.language)
    numbers = {source.url: n for n, source in enumerate(answer.sources, 1)}
    lines = [_fact_line(fact, numbers) for fact in answer.facts]
    chunks = _chunks(lines) or [[]]
    summary = cut(escape(answer.summary), limits.PAGE_DESCRIPTION // 2) if answer.summary else ""
    pages = []
    for page_number, chunk in enumerate(chunks, 1):
        description = "\n".join([summary, "", *chunk] if summary and chunk else [summary, *chunk])
        embed = discord.Embed(
            title=cut(escape(answer.title), limits.EMBED_TITLE),
            description=cut(description, limits.EMBED_DESCRIPTION),
            colour=COLOURS.get(answer.status, discord.Colour.blurple()),
        )
        page_facts = _facts_of_chunk(answer.facts, chunks, page_number - 1)
        used = {f.source.url: f.source for f in page_facts if f.source is not None}
        if used:
            embed.add_field(name=m.gettext("Sources"), value=_sources_value(list(used.values()), numbers, m),
                            inline=False)
        text = footer(m) if len(chunks) == 1 else m.gettext("Page {page}/{pages} · {footer}").format(
            page=page_number, pages=len(chunks), footer=footer(m))
        embed.set_footer(text=text)
        pages.append(embed)
    return pages


def chart_embed(chart: PollChart, filename: str, m: Messages = ENGLISH) -> discord.Embed:
    """The embed around a chart image: what it shows, the date range and the linked sources."""
    embed = discord.Embed(
        title=cut(escape(chart.title), limits.EMBED_TITLE),
        description=cut(escape(chart.caption), limits.PAGE_DESCRIPTION),
        colour=COLOURS["ok"],
    )
    numbers = {source.url: n for n, source in enumerate(chart.sources, 1)}
    if chart.sources:
        embed.add_field(name=m.gettext("Sources"), value=_sources_value(list(chart.sources), numbers, m),
                        inline=False)
    embed.set_image(url=f"attachment://{filename}")
    embed.set_footer(text=footer(m))
    return embed


def help_embed(commands: Sequence[CommandHelp], questions: Sequence[str], m: Messages = ENGLISH) -> discord.Embed:
    """Every command with an example, and the kinds of questions the bot understands."""
    _ = m.gettext
    embed = discord.Embed(
        title=_("Racebot help"),
        description=_("I answer questions about election races — candidates, polls, endorsements and results — "
                      "with sources. Use a slash command, mention me with a question, or send me a direct message."),
        colour=COLOURS["help"],
    )
    for entry in commands[: limits.EMBED_FIELDS - 1]:
        value = cut(_("{description}\nExample: `{example}`").format(description=escape(entry.description),
                                                                    example=entry.example), limits.FIELD_VALUE)
        embed.add_field(name=cut(entry.usage, limits.FIELD_NAME), value=value, inline=False)
    if questions:
        value = "\n".join(f"• {escape(q)}" for q in questions)
        embed.add_field(name=_("Questions (with /ask, a mention or a DM)"), value=cut(value, limits.FIELD_VALUE),
                        inline=False)
    _fit(embed)
    return embed


def import_embed(filename: str, lines: Sequence[str], m: Messages = ENGLISH) -> discord.Embed:
    """The summary of a successful import (its lines, an operator's report, stay as the importer writes them)."""
    body = "\n".join(f"• {escape(line)}" for line in lines) or m.gettext("Nothing new: the file matched the database.")
    return discord.Embed(title=cut(m.gettext("Imported {file}").format(file=escape(filename)), limits.EMBED_TITLE),
                         description=cut(body, limits.PAGE_DESCRIPTION), colour=COLOURS["ok"])


def rejected_embed(title: str, reason: str) -> discord.Embed:
    """A refusal or an error line, e.g. an import rejected with its file and line."""
    return discord.Embed(title=cut(escape(title), limits.EMBED_TITLE),
                         description=cut(escape(reason), limits.PAGE_DESCRIPTION), colour=ERROR_COLOUR)


def update_marker(outbox_id: int) -> str:
    """How a posted update names its outbox row, so an interrupted send can be found in the channel afterwards."""
    return f"Racebot update #{outbox_id} ·"


def update_embed(post: UpdatePost, outbox_id: int | None = None) -> discord.Embed:
    """A scheduled post (new poll, new endorsement, digest) as one embed: summary, facts with sources, marker."""
    answer = post.as_answer()
    m = messages(answer.language)
    numbers = {source.url: n for n, source in enumerate(answer.sources, 1)}
    summary = cut(escape(answer.summary), limits.PAGE_DESCRIPTION // 2)
    lines = [_fact_line(fact, numbers) for fact in answer.facts]
    description = summary + ("\n\n" + "\n".join(lines) if lines else "")
    embed = discord.Embed(title=cut(escape(answer.title), limits.EMBED_TITLE),
                          description=cut(description, limits.EMBED_DESCRIPTION), colour=COLOURS["update"])
    if answer.sources:
        embed.add_field(name=m.gettext("Sources"), value=_sources_value(list(answer.sources), numbers, m),
                        inline=False)
    marker = update_marker(outbox_id) if outbox_id is not None else m.gettext("Preview ·")
    embed.set_footer(text=f"{marker} {footer(m).removeprefix('Racebot · ')}")
    _fit(embed)
    return embed


# --------------------------------------------------------------------------------------------- helpers
def _fact_line(fact: Fact, numbers: dict[str, int]) -> str:
    nested = fact.text.startswith("  ")
    text = escape(fact.text.strip())
    for user_id in fact.mentions:  # the mentions the fact means, and only those, are given back their form
        text = text.replace(discord.utils.escape_mentions(f"<@{user_id}>"), f"<@{user_id}>")
    text = cut(text, limits.FACT_TEXT)
    mark = f" [{numbers[fact.source.url]}]({_safe_url(fact.source.url)})" if fact.source else ""
    return f"{'  ◦' if nested else '•'} {text}{mark}"


def _safe_url(url: str) -> str:
    return url.replace(" ", "%20").replace(")", "%29").replace("(", "%28")


def _chunks(lines: list[str]) -> list[list[str]]:
    """Lines grouped into pages of at most FACTS_PER_PAGE lines and PAGE_DESCRIPTION characters."""
    chunks: list[list[str]] = []
    current: list[str] = []
    size = 0
    for line in lines:
        if current and (len(current) >= limits.FACTS_PER_PAGE or size + len(line) + 1 > limits.PAGE_DESCRIPTION // 2):
            chunks.append(current)
            current, size = [], 0
        current.append(line)
        size += len(line) + 1
    if current:
        chunks.append(current)
    return chunks


def _facts_of_chunk(facts: Sequence[Fact], chunks: list[list[str]], index: int) -> Sequence[Fact]:
    start = sum(len(c) for c in chunks[:index])
    return facts[start : start + len(chunks[index])] if facts else ()


def _sources_value(sources: list[SourceRef], numbers: dict[str, int], m: Messages) -> str:
    """Numbered, linked sources with their dates, whole lines only, within a field's 1,024 characters."""
    lines = []
    for source in sources:
        date = f", {source.published:%Y-%m-%d}" if source.published else ""
        label = source.label if not source.title else f"{source.label} — {source.title}"
        lines.append(f"{numbers.get(source.url, '•')}. {link(cut(label, 150), source.url)}{date}")
    more = m.gettext("… and {count} more")
    room = limits.FIELD_VALUE - len("\n" + more.format(count=9999))
    kept: list[str] = []
    for n, line in enumerate(lines):
        last = n == len(lines) - 1
        if len("\n".join([*kept, line])) > (limits.FIELD_VALUE if last else room):
            kept.append(more.format(count=len(lines) - n))
            break
        kept.append(line)
    return "\n".join(kept)


def _fit(embed: discord.Embed) -> None:
    """Drop trailing fields until the embed is within Discord's total of 6,000 characters."""
    while len(embed) > limits.EMBED_TOTAL and embed.fields:
        embed.remove_field(len(embed.fields) - 1)
