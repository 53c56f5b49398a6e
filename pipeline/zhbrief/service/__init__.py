"""``zhbrief serve``: the HTTP service (LibreTranslate-compatible API, briefs, web page).

Needs the ``[serve]`` extra (FastAPI, uvicorn, python-multipart, prometheus-client).
``create_app`` in ``zhbrief.service.app`` builds the ASGI app.
"""
