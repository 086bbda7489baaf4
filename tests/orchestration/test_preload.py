"""Modules imported ahead of the steps that need them (`orchestration.preload`)."""

import sys

from orchestration.preload import LATER_STEPS, preload


def test_preloaded_modules_are_imported_and_a_missing_one_is_skipped() -> None:
    sys.modules.pop("colorsys", None)
    preload(("no_such_module_in_wyvern", "colorsys")).join(timeout=60)
    assert "colorsys" in sys.modules


def test_the_later_steps_modules_exist() -> None:
    preload().join(timeout=120)
    assert all(name in sys.modules for name in LATER_STEPS)
