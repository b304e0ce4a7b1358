"""English dates as international readers of a Turkish portal read them: day before month and
the month in words ("9 March 2027", "14 Aug 2026"), a 24-hour clock; never the ambiguous
"03/09/2026". Everything not set here is Django's English."""

DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y, H:i"
SHORT_DATE_FORMAT = "j M Y"
SHORT_DATETIME_FORMAT = "j M Y, H:i"
MONTH_DAY_FORMAT = "j F"
