"""Hypothesis settings shared by the property tests of tests/security/."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis.configuration import set_hypothesis_home_dir

# Hypothesis keeps what it learns in a folder; not in the work tree.
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "yeep-security-hypothesis")


def fuzz_settings(max_examples: int) -> settings:
    """Deterministic runs (derandomized, no example database) without a deadline; the fixtures
    (site, scenario) are shared by a test's examples on purpose."""
    return settings(
        max_examples=max_examples,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
        ],
    )
