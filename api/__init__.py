"""The read-only public REST API (/api/v1/), its OpenAPI schema and its documentation.

Every endpoint reads pages and rows through the models' for_public()/of_record() helpers only, so
the API shows exactly what the HTML portal shows: live, public, board-approved content.
"""
