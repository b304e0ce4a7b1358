"""Training programmes, modules, participant-only materials, download counts and certificates."""
