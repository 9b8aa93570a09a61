"""The commons: a federation of equal portals that follow each other's knowledge bases over the open API.

- changes.py: the feed this portal serves (its own articles only) and the change log behind it
- fetch.py: the bounded HTTP client every request to another portal goes through
- sources.py: follow, list and remove other portals
- sync.py: fetch a source's changes and protected figures, import its articles (held on anonymizer findings)
- held.py: an admin releases or rejects a held article
- figures.py: shape check of a source's protected accountability figures
- schedule.py: the background sync (embedded thread or `flask commons worker`)

See docs/commons.md.
"""
