"""/racebot import reads the whole attachment: a download shorter than the size Discord declared imports nothing."""

from __future__ import annotations

from dataclasses import asdict

from bot.importers.bundled import BUNDLED_DATA_DIR

from .fake_discord import JSON, FakeAttachment
from .racebot_world import World

PUBLIC_FILE = BUNDLED_DATA_DIR / "la-mayor-2022-public.yaml"  # not in the seed database: importing it changes it


class CutShort(FakeAttachment):
    """An attachment whose download ends before the size its payload declares (a transfer cut short)."""

    def to_json(self) -> JSON:
        data = super().to_json()
        data["size"] = len(self.data) + 4096
        return data


async def test_an_attachment_shorter_than_its_declared_size_imports_nothing(world: World) -> None:
    before = await world.table_rows()
    served = world.fake.add_attachment(PUBLIC_FILE.name, PUBLIC_FILE.read_bytes())
    short = CutShort(**asdict(served))
    world.fake.attachments[short.id] = short
    message = await world.command("racebot", {"file": short}, subcommand="import", user=world.owner)
    embed = message["embeds"][0]
    assert embed["title"] == "Import rejected: nothing was changed"
    size = len(short.data)
    assert embed["description"] == (f"{PUBLIC_FILE.name}: {size:,} of its {size + 4096:,} bytes arrived from Discord; "
                                    f"try again.").replace("_", "\\_")
    assert await world.table_rows() == before
