"""`make bench`: the production stack measured at national scale (README.md, "Production stack
and benchmarks"). Entry point: `python -m bench.run`."""
