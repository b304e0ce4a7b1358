"""The municipality's right of reply to the board's approved assessments (issue 19 §2)."""
