"""Project meetings and training sessions with iCal feeds: built in the training/events issue."""
