"""Config: defaults in code, YAML profiles, flags; bad keys and values rejected."""

from __future__ import annotations

from pathlib import Path

import pytest

from zhbrief.config import Config, load_config, load_profile, merge
from zhbrief.errors import ConfigError

CONFIGS = Path(__file__).parent.parent / "configs"


def test_defaults_live_in_code() -> None:
    config = load_config()
    assert config == Config()
    assert config.translate.model == "Helsinki-NLP/opus-mt-zh-en"
    assert config.translate.precision == "auto"


@pytest.mark.parametrize(
    ("profile", "beams", "precision"),
    [("default", 4, "auto"), ("fast", 1, "auto"), ("quality", 6, "fp32"), ("gpu", 4, "fp16")],
)
def test_builtin_profiles(profile: str, beams: int, precision: str) -> None:
    config = load_config(profile)
    assert (config.translate.num_beams, config.translate.precision) == (beams, precision)


@pytest.mark.parametrize("name", ["default", "fast", "quality", "gpu"])
def test_configs_folder_holds_the_builtin_profiles(name: str) -> None:
    assert load_profile(str(CONFIGS / f"{name}.yaml")) == load_profile(name)


def test_default_profile_matches_the_code_defaults() -> None:
    assert load_config("default") == Config()


def test_flags_override_profile(tmp_path: Path) -> None:
    profile = tmp_path / "p.yaml"
    profile.write_text("translate:\n  num_beams: 2\n  batch_tokens: 1000\n", encoding="utf-8")
    config = load_config(str(profile), {"translate.num_beams": 5, "translate.model": None})
    assert config.translate.num_beams == 5
    assert config.translate.batch_tokens == 1000
    assert config.translate.model == "Helsinki-NLP/opus-mt-zh-en"


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"translte": {}}, "unknown config section 'translte'"),
        ({"translate": {"beams": 2}}, "unknown setting translate.beams; known translate"),
        ({"translate": {"num_beams": "four"}}, "translate.num_beams must be an integer"),
        ({"translate": {"num_beams": 0}}, "translate.num_beams must be positive"),
        ({"translate": {"num_beams": True}}, "translate.num_beams must be an integer"),
        ({"translate": {"precision": "int4"}}, "translate.precision: 'int4' is not one of"),
        ({"translate": {"max_input_tokens": 600}}, "at most 510"),
        ({"translate": {"batch_tokens": 100}}, "must be at least translate.max_input_tokens"),
        ({"summarise": {"ratio": 1.5}}, r"summarise.ratio must be in \(0, 1\]"),
        ({"render": {"full": "yes"}}, "render.full must be true or false"),
        ({"translate": [1, 2]}, "translate must be a mapping"),
    ],
)
def test_bad_settings_name_the_key(overrides: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        merge(Config(), overrides)


def test_int_is_accepted_for_float_and_optional() -> None:
    config = merge(Config(), {"translate": {"max_length_ratio": 3, "threads": None}})
    assert config.translate.max_length_ratio == 3.0
    assert isinstance(config.translate.max_length_ratio, float)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("translate: [unclosed", "is not valid YAML"),
        ("- a\n- b\n", "must be a mapping of sections"),
    ],
)
def test_bad_profile_files(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_config(str(path))


def test_unknown_profile_name() -> None:
    with pytest.raises(ConfigError, match="neither a file nor one of the built-in profiles"):
        load_config("turbo")


def test_empty_profile_is_defaults(tmp_path: Path) -> None:
    path = tmp_path / "empty.yaml"
    path.write_text("# nothing\n", encoding="utf-8")
    assert load_config(str(path)) == Config()


def test_digest_is_stable_and_sensitive() -> None:
    a = Config().digest()
    assert a == Config().digest()
    assert len(a) == 12
    assert load_config(flags={"translate.num_beams": 1}).digest() != a
