"""The YEEP İzleme Platformu project: settings, URLs, home and standard pages, shared blocks."""
