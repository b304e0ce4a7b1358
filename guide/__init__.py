"""The guide for municipalities preparing their first YEEP (GuidePage, GuideChapterPage)."""
