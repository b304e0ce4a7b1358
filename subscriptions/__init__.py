"""Following a municipality, an indicator or the news by e-mail (issue 19 §1).

Its own app because the subscriber, their confirmed choice and the notices due to them are a domain
noun of their own: personal data (an e-mail address) with its own retention and erasure rules,
which no page app should carry. It reads the page apps (plans, indicators, news, events, reports)
and none of them imports it at module level: the municipality page's feed route imports
`subscriptions.feeds` inside the view.

- `models.py`: `Subscription` (address, what is followed, language, dates) and `Notice` (one row
  per publication and subscription, so each publication is sent once).
- `notices.py`: the page-published receiver that records due notices after the commit.
- `sending.py` and `manage.py send_notices`: the batched, idempotent sender (cron or a timer).
- `views.py`, `forms.py`, `ratelimit.py`, `tokens.py`, `mail.py`: sign-up with double opt-in and
  one-click unsubscribe (RFC 8058).
- `feeds.py`: a municipality's Atom feed (served by MunicipalityPage's `atom/` route).
"""
