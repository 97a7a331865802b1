"""Per-article extraction: pure functions from one article (and the curated knowledge) to rows."""
