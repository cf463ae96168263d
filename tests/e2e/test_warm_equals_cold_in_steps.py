"""Property: after any two steps of edits, each built warm, the site is what a cold build
makes (see test_warm_equals_cold.py, which draws one step)."""

from __future__ import annotations

import pytest
from hypothesis import given
from tests.e2e.warm_cold import Step, WarmProject, check_warm_equals_cold, drawn, steps

pytestmark = pytest.mark.usefixtures("plan_limits")


@pytest.mark.long
@drawn
@given(steps(2))
def test_a_warm_rebuild_after_two_steps_of_edits_equals_a_cold_build(
    warm_project: WarmProject, steps: list[Step]
):
    check_warm_equals_cold(warm_project, steps)
