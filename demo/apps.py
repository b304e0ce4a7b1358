"""The demo app: demo site and synthetic benchmark data, never installed in production."""

from __future__ import annotations

from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo and synthetic data with their commands (setup_demo, generate_scale); no models."""

    name = "demo"
    label = "demo"
