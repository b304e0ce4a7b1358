"""News and press releases (NewsIndexPage, NewsPage) with RSS and Atom feeds."""
