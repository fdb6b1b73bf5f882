"""Answers as embeds: within Discord's limits, cut cleanly, sources linked, user text inert."""

from __future__ import annotations

import datetime as dt

import discord

from bot.engine.answers import Answer, Fact, SourceRef
from cogs import limits
from cogs.embeds import CommandHelp, answer_pages, cut, escape, help_embed


def long_answer(facts: int, text_length: int, sources: int) -> Answer:
    refs = [SourceRef(f"https://example.org/{n}/" + "x" * 120, f"A long headline number {n} " * 4, f"Paper {n}",
                      dt.date(2022, 1, 1 + n % 28)) for n in range(sources)]
    return Answer("endorsements_of", status="ok", title="T" * 400, summary="S" * 5000,
                  facts=tuple(Fact(f"fact {n} " + "word " * (text_length // 5),
                                   refs[n % sources]) for n in range(facts)))


def within_limits(embed: discord.Embed) -> None:
    assert len(embed) <= limits.EMBED_TOTAL
    assert len(embed.title or "") <= limits.EMBED_TITLE
    assert len(embed.description or "") <= limits.EMBED_DESCRIPTION
    assert len(embed.fields) <= limits.EMBED_FIELDS
    for field in embed.fields:
        assert len(field.name) <= limits.FIELD_NAME and len(field.value) <= limits.FIELD_VALUE


def test_a_huge_answer_becomes_pages_that_each_fit_discords_limits() -> None:
    answer = long_answer(facts=300, text_length=2000, sources=60)
    pages = answer_pages(answer)
    assert len(pages) >= 300 // limits.FACTS_PER_PAGE
    for page in pages:
        within_limits(page)
    assert pages[0].title.endswith("…") and len(pages[0].title) == limits.EMBED_TITLE
    assert pages[0].footer.text.startswith(f"Page 1/{len(pages)}")


def test_every_fact_appears_once_across_the_pages() -> None:
    answer = long_answer(facts=47, text_length=40, sources=5)
    text = "\n".join(page.description or "" for page in answer_pages(answer))
    for n in range(47):
        assert text.count(f"fact {n} ") == 1


def test_sources_are_numbered_links_with_dates() -> None:
    source = SourceRef("https://news.example/a_(b)", "Headline", "Daily News", dt.date(2022, 6, 6))
    (page,) = answer_pages(Answer("latest_poll", status="ok", title="Latest poll", summary="Bass leads.",
                                  facts=(Fact("Bass 38%", source),)))
    assert "[1](https://news.example/a_%28b%29)" in page.description
    (field,) = page.fields
    assert field.name == "Sources"
    assert field.value == "1. [Daily News — Headline](https://news.example/a_%28b%29), 2022-06-06"


def test_too_many_sources_for_one_field_are_cut_by_whole_lines() -> None:
    answer = long_answer(facts=10, text_length=10, sources=10)
    field = answer_pages(answer)[0].fields[0]
    assert len(field.value) <= limits.FIELD_VALUE
    assert field.value.splitlines()[-1].startswith("… and ")


def test_user_text_cannot_break_the_markdown_or_ping() -> None:
    (page,) = answer_pages(Answer("x", status="not_found", title="Name not known",
                                  summary="I don't know “**@everyone** [x](http://evil) `code` ||spoiler||”."))
    description = page.description or ""
    assert "\\*\\*" in description and "\\`code\\`" in description and "\\|\\|" in description
    assert "@everyone" not in description and "@\u200beveryone" in description
    assert "\\[x]" in description


def test_cut_prefers_a_word_boundary() -> None:
    assert cut("short", 10) == "short"
    assert cut("alpha beta gamma delta", 15) == "alpha beta…"
    assert len(cut("x" * 5000, 1024)) == 1024
    assert escape("a_b") == "a\\_b"


def test_help_embed_stays_within_limits_with_many_commands() -> None:
    entries = [CommandHelp(f"/command{n} option:", "does a thing " * 30, f"/command{n} option:x") for n in range(40)]
    embed = help_embed(entries, ["who endorsed Karen Bass?"] * 50)
    within_limits(embed)
