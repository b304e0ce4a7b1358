"""What every endpoint shares: language, pagination, ordering, caching, throttling, schema, and the
public read helpers."""
