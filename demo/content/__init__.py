"""The demo site's content: pure data, one module per section, Turkish (source) and English.

One convention throughout: every text is a portal.bilingual.Text (a page's a PageText, a body a
tuple of Blocks), every other field a plain value or a product enum (NewsKind, EventKind, …), held
in module constants and frozen dataclasses. No module here queries or creates anything: the
builders (demo.builders.<section>) turn this data into pages. Facts about the project and the ten
municipalities come from the project description; everything else is sample data and says so.

Sections: site (home, municipality index, standard and open-data pages; site_pages and
project_pages hold their texts), municipalities, monitoring (areas, objectives, periods, plan and
assessment texts; actions and indicators hold the action templates and indicator definitions),
reports, news, stories, training, events, users (the demo accounts). The guide is real text and
lives in guide.content.
"""
