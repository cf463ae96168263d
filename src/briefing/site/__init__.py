"""Site: the plan of the pages and exports a briefing makes, and their rendering."""
