"""Experience-sharing stories (StoryIndexPage, StoryPage) by municipalities and NGOs."""
