"""Scenarios shared by the test folders, registered once as pytest plugins (tests/conftest.py).

One module per scenario; each holds its dataclass, its helpers and its fixtures, so a test asks
for a fixture by name and imports only the classes and helpers it uses:

- `site`: the bilingual site tree (home → municipality index → Kadıköy, Nilüfer), built once per
  test database; fixtures `turkish`, `english`, `home`, `site_tree`, `client`.
- `users`: users in the roles `setup_roles` creates; `board_member`, `editor`, `kadikoy_reporter`.
- `monitoring`: a plan with actions, an indicator and an approved assessment; `monitoring`,
  `open_data`; helpers for assessments and for the assessment form of the admin.
- `news`, `events`, `stories`, `guide`, `training`: a bilingual index (and content) of each.
- `api`: public content of every type for the API (`api_site`) and JSON helpers.
"""
