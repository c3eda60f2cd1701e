"""Report: the weekly brief, exports and queries over the tables."""
