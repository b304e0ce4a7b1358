"""Training programmes, modules and participant-only materials: built in the training issue."""
