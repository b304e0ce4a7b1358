"""`manage.py generate_scale`: national-scale synthetic monitoring data (see demo.synthetic)."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from demo.synthetic import ScaleBuilder, ScaleError, ScaleOptions
from demo.synthetic.removal import SyntheticDataInUse
from portal.caching import bump_content_generation

DEFAULTS = ScaleOptions()
#: The integer options: ScaleOptions' field and the help text ({} is the default).
SIZES = (
    ("municipalities", "number of municipalities (default {}, Türkiye's count)"),
    ("actions", "actions per plan (default {})"),
    ("indicators", "synthetic indicators (default {})"),
    ("years", "years of assessments and values (default {})"),
    ("seed", "random seed (default {})"),
)


class Command(BaseCommand):
    """Replace the synthetic data with a freshly generated set (deterministic for a seed)."""

    help = (
        "Fill the site with synthetic monitoring data at national scale, for benchmarks: N "
        "municipalities under the municipality index, each with a plan of A actions and one "
        "approved, live assessment per year for Y years, reporting I shared synthetic indicators "
        "for women, men and the total. Pages are created in Turkish (the source language) only; "
        "no English translations are made. Every page is flagged as sample data and says "
        "'Sentetik' in its title. A second run removes the previous synthetic data first (never "
        "demo or real pages); the same seed gives the same data. Runs in one transaction."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        for name, help_text in SIZES:
            default = getattr(DEFAULTS, name)
            parser.add_argument(
                f"--{name}", type=int, default=default, help=help_text.format(default)
            )
        parser.add_argument(
            "--index-all",
            action="store_true",
            help="also add action and assessment pages to the search index (municipality, plan "
            "and indicator pages always are); adds about 3 ms a page, minutes at national scale",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        scale = ScaleOptions(
            **{name: options[name] for name, _help in SIZES}, index_all=options["index_all"]
        )
        self.stdout.write(
            f"Synthetic data: {scale.municipalities} municipalities × {scale.actions} actions, "
            f"{scale.indicators} indicators, {scale.years} years, seed {scale.seed}"
        )
        started = time.monotonic()
        try:
            report = ScaleBuilder(scale, self.stdout.write).run()
        except (ScaleError, SyntheticDataInUse) as error:
            raise CommandError(str(error)) from None
        # Bulk writes send no publish signals: start a new generation so no cached fragment
        # outlives the old data. A running front cache keeps its pages up to
        # FRONT_CACHE_SECONDS (make bench starts its stack after this command).
        bump_content_generation()
        seconds = ", ".join(f"{phase} {spent:.1f}" for phase, spent in report.seconds.items())
        self.stdout.write(
            f"Created {report.pages} pages ({report.assessments} assessments), "
            f"{report.action_rows} action rows, {report.indicator_values} indicator values."
        )
        self.stdout.write(f"Seconds per phase: {seconds}.")
        self.stdout.write(
            self.style.SUCCESS(f"Synthetic data ready in {time.monotonic() - started:.1f} s.")
        )
