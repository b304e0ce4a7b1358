"""Production settings plus the demo app, for the commands that load demo and synthetic data into
a local production stack: `setup_demo` (deploy/prepare-db.sh, so `make serve-prod`, `make bench`
and the fault runs) and `generate_scale` (`make bench`).

The stack itself is served with portal.settings.production, which does not install the demo: the
app has no models, templates or static files, so only these commands need it. A separate module
rather than a switch in production.py keeps the demo out of production whatever the environment
says.
"""

from __future__ import annotations

from .production import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
