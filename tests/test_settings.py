import pytest

from dateline.errors import SettingsError
from dateline.settings import Settings, load_settings


def test_precedence_defaults_toml_env_overrides(tmp_path):
    toml = tmp_path / "dateline.toml"
    toml.write_text("[dateline]\nworkers = 4\nmerge_km = 5.5\n")
    s = load_settings(toml_path=toml, env={"DATELINE_WORKERS": "3", "DATELINE_ON_ERROR": "raise"},
                      overrides=["merge_km=2"])
    assert (s.workers, s.on_error, s.merge_km) == (3, "raise", 2.0)
    assert load_settings(env={}).workers == Settings().workers


def test_pipeline_setting_is_a_tuple_from_a_comma_list():
    s = load_settings(env={}, overrides=["pipeline=clean,anchor"])
    assert s.pipeline == ("clean", "anchor")


def test_bad_values_are_typed_errors():
    with pytest.raises(SettingsError, match="unknown setting"):
        load_settings(env={}, overrides=["nope=1"])
    with pytest.raises(SettingsError, match="workers"):
        load_settings(env={}, overrides=["workers=many"])
    with pytest.raises(SettingsError, match="on_error"):
        load_settings(env={}, overrides=["on_error=ignore"])
    with pytest.raises(SettingsError, match="key=value"):
        load_settings(env={}, overrides=["workers"])


def test_settings_are_frozen_and_hashable():
    s = load_settings(env={})
    with pytest.raises(Exception):
        s.workers = 9
    assert hash(s) == hash(load_settings(env={}))
