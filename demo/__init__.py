"""Demo and synthetic data: everything `make run` and `make bench` load that is not the product.

- content/: the demo site's bilingual texts and facts, one module per section (pure data).
- builders/: the code that turns them into pages, all published through builders.publishing.
- synthetic/: national-scale synthetic monitoring data for the benchmark.
- management/commands/: `setup_demo` (the demo site) and `generate_scale` (synthetic data).

The demo imports the product; no product module imports the demo. Installed by the dev and test
settings and by portal.settings.production_demo (the local production stack's data commands);
portal.settings.production does not install it.
"""
