"""Project meetings and training sessions: the events index and pages, .ics files and feed."""
