"""One module per endpoint: its serializer, filters and viewset. Adding an endpoint is one module
here and one line in api/urls.py (ENDPOINTS)."""
