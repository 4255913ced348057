"""README documents every setting, every stage and every command."""
import re

from dateline.cli import COMMANDS
from dateline.settings import Settings
from dateline.stages import REGISTRY

from conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_every_setting_is_in_the_settings_table():
    rows = set(re.findall(r"^\| (\w+) \|", README, flags=re.M))
    missing = [name for name in Settings().describe() if name not in rows]
    assert not missing, f"settings missing from README: {missing}"


def test_every_stage_has_its_line():
    missing = [name for name in REGISTRY if f"- **{name}**" not in README]
    assert not missing, f"stages missing from README: {missing}"


def test_every_command_is_shown():
    missing = [name for name in COMMANDS if f"dateline {name}" not in README]
    assert not missing, f"commands missing from README: {missing}"


def test_every_setting_has_help_text():
    assert all(len(text) > 15 for text in Settings().describe().values())
