"""Municipalities, their plans and actions, and the Monitoring Board's assessments of them."""
