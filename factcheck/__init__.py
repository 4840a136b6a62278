"""factcheck: find contradictions and unsupported numbers across documents."""
