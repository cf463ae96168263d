"""Research views: pure functions of the woven Briefing that pages lay out."""
