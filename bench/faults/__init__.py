"""Fault runs against the production stack (`make faults`, README.md "Faults and backups").

Each scenario starts its own throwaway PostgreSQL cluster and Redis server (never the machine's
shared ones on 5432 and 6379, which CI uses meanwhile), gunicorn and nginx of deploy/stack.sh on
their own ports, breaks one piece under load, prints what it saw and stops everything it started.
"""
