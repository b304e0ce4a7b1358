"""Settings: base (shared), dev, test and production. Every secret comes from the environment."""
