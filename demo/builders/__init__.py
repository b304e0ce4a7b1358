"""Builders of the demo site: each turns one section of demo.content into pages.

site.DemoSiteBuilder runs them all (manage.py setup_demo); every page goes through
publishing.Publisher, which makes a second run create nothing; links finds the pages and areas a
section links to.
"""
