"""`factcheck extract`: find numeric mentions in documents and draft claims from them."""
