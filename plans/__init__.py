"""Municipalities and, from the monitoring-core issue on, their plans, actions and assessments."""
